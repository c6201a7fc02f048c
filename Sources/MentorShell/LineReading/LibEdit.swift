import EditLineShim

/// The one place where line reading calls libedit, through the `EditLineShim` C target.
///
/// Each function wraps one libedit call or one shim function (named in its summary) and
/// speaks Swift types. The editor (`EditLine *`) and the history list (`History *`) are
/// opaque pointers owned by `LineEditor` and `CommandHistory`.
enum LibEdit {
  /// A function that returns the prompt as a C string that stays valid until the next call.
  typealias PromptFunction = @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?

  /// A function run when a bound key is pressed; returns one of libedit's `CC_` codes.
  typealias KeyFunction = @convention(c) (OpaquePointer?, Int32) -> UInt8

  /// What a key function asks libedit to do next.
  enum KeyOutcome {
    /// Redraw the changed line.
    case refresh
    /// Redraw the line and beep: nothing useful happened.
    case refreshAndBeep
    /// Redraw the prompt and the line below whatever the function printed.
    case redisplay

    /// libedit's `CC_REFRESH`, `CC_REFRESH_BEEP` or `CC_REDISPLAY`.
    var code: UInt8 {
      switch self {
      case .refresh: UInt8(CC_REFRESH)
      case .refreshAndBeep: UInt8(CC_REFRESH_BEEP)
      case .redisplay: UInt8(CC_REDISPLAY)
      }
    }
  }

  /// What one call to `readLine` gave.
  enum ReadOutcome: Equatable {
    /// A line, with its line feed if the user pressed Enter.
    case text(String)
    /// Nothing was read because input ended, for example Ctrl-D on an empty line.
    case endOfInput
    /// Reading failed with this `errno` code; `EINTR` means a signal came.
    case failed(Int32)
  }

  // MARK: - Editor

  /// Starts an editor on the standard streams: `el_init`.
  static func start(programName: String) -> OpaquePointer? {
    mentor_el_init(programName)
  }

  /// Frees the editor and puts the terminal back as it was found: `el_end`.
  static func end(_ editor: OpaquePointer) {
    el_end(editor)
  }

  /// Sets the prompt function: `el_set(EL_PROMPT)`.
  static func setPrompt(_ editor: OpaquePointer, _ function: PromptFunction) -> Bool {
    mentor_el_set_prompt(editor, function) == 0
  }

  /// Chooses "emacs" or "vi" key bindings: `el_set(EL_EDITOR)`.
  static func setKeyBindings(_ editor: OpaquePointer, _ mode: String) -> Bool {
    mentor_el_set_editor(editor, mode) == 0
  }

  /// Lets libedit handle signals while it reads: `el_set(EL_SIGNAL)`.
  static func handleSignals(_ editor: OpaquePointer, _ on: Bool) -> Bool {
    mentor_el_set_signal_handling(editor, on ? 1 : 0) == 0
  }

  /// Adds a named command and binds a key to it: `el_set(EL_ADDFN)`, `el_set(EL_BIND)`.
  static func bind(
    _ editor: OpaquePointer, key: String, name: String, help: String, to function: KeyFunction
  ) -> Bool {
    mentor_el_add_function(editor, name, help, function) == 0
      && mentor_el_bind(editor, key, name) == 0
  }

  /// Stores the pointer the callbacks use to find their owner: `el_set(EL_CLIENTDATA)`.
  static func setOwner(_ editor: OpaquePointer, _ owner: UnsafeMutableRawPointer) -> Bool {
    mentor_el_set_client_data(editor, owner) == 0
  }

  /// The pointer stored by `setOwner`: `el_get(EL_CLIENTDATA)`.
  static func owner(of editor: OpaquePointer) -> UnsafeMutableRawPointer? {
    mentor_el_get_client_data(editor)
  }

  /// Connects a history list for Up and Down: `el_set(EL_HIST)`.
  static func setHistory(_ editor: OpaquePointer, _ list: OpaquePointer) -> Bool {
    mentor_el_set_history(editor, list) == 0
  }

  /// The terminal width, or 80 when the terminal does not say: `el_get(EL_GETTC, "co")`.
  static func columns(of editor: OpaquePointer) -> Int {
    let columns = Int(mentor_el_get_columns(editor))
    return columns > 0 ? columns : 80
  }

  /// Writes text where the editor writes its prompt: `el_get(EL_GETFP)`, `fputs`.
  static func write(_ text: String, to editor: OpaquePointer) {
    if let stream = mentor_el_get_output(editor) {
      SystemCalls.write(text, to: stream)
    }
  }

  /// Reads one line with editing: `el_gets`.
  static func readLine(_ editor: OpaquePointer) -> ReadOutcome {
    var count: Int32 = 0
    guard let text = el_gets(editor, &count) else {
      return count < 0 ? .failed(SystemCalls.lastErrorCode) : .endOfInput
    }
    return .text(String(cString: text))
  }

  /// The line being edited, from its start up to the cursor: `el_line`.
  static func textBeforeCursor(_ editor: OpaquePointer) -> String {
    guard let line = el_line(editor)?.pointee, let start = line.buffer, let cursor = line.cursor
    else { return "" }
    let bytes = UnsafeRawBufferPointer(start: start, count: cursor - start)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Inserts text at the cursor: `el_insertstr`.
  static func insert(_ text: String, into editor: OpaquePointer) -> Bool {
    el_insertstr(editor, text) == 0
  }

  /// Deletes `count` characters (Unicode scalars) before the cursor: `el_deletestr`.
  static func deleteBeforeCursor(_ count: Int, in editor: OpaquePointer) {
    el_deletestr(editor, Int32(count))
  }

  // MARK: - History list

  /// Creates an empty history list: `history_init`.
  static func makeHistory() -> OpaquePointer? {
    mentor_history_init()
  }

  /// Frees a history list: `history_end`.
  static func endHistory(_ list: OpaquePointer) {
    mentor_history_end(list)
  }

  /// Keeps at most `limit` entries: `history(H_SETSIZE)`.
  static func setHistoryLimit(_ list: OpaquePointer, _ limit: Int) -> Bool {
    var event = HistEvent()
    return mentor_history_set_size(list, &event, Int32(clamping: limit)) >= 0
  }

  /// Skips an entry equal to the newest one: `history(H_SETUNIQUE)`.
  static func skipRepeats(_ list: OpaquePointer) -> Bool {
    var event = HistEvent()
    return mentor_history_set_unique(list, &event, 1) >= 0
  }

  /// Adds a newest entry: `history(H_ENTER)`.
  static func addHistoryEntry(_ list: OpaquePointer, _ line: String) {
    var event = HistEvent()
    _ = mentor_history_enter(list, &event, line)
  }

  /// Adds the entries of a history file: `history(H_LOAD)`.
  static func loadHistory(_ list: OpaquePointer, from path: String) -> Bool {
    var event = HistEvent()
    return mentor_history_load(list, &event, path) >= 0
  }

  /// Writes all entries to a stream in libedit's file format: `history(H_SAVE_FP)`.
  static func saveHistory(_ list: OpaquePointer, to stream: CFileStream) -> Bool {
    var event = HistEvent()
    return mentor_history_save_stream(list, &event, stream) >= 0
  }

  /// All entries, oldest first: `history(H_LAST)`, then `history(H_PREV)` until the newest.
  static func historyEntries(_ list: OpaquePointer) -> [String] {
    var event = HistEvent()
    var entries: [String] = []
    var status = mentor_history_oldest(list, &event)
    while status >= 0, let text = event.str {
      entries.append(String(cString: text))
      status = mentor_history_newer(list, &event)
    }
    return entries
  }

  /// Removes every entry: `history(H_CLEAR)`.
  static func clearHistory(_ list: OpaquePointer) {
    var event = HistEvent()
    _ = mentor_history_clear(list, &event)
  }

  // MARK: - Signals and terminal modes

  /// Saves the terminal modes and restores them on SIGTERM or SIGHUP:
  /// `mentor_terminal_guard_begin`.
  static func guardTerminal(_ descriptor: Int32) -> Bool {
    mentor_terminal_guard_begin(descriptor) == 0
  }

  /// Restores the saved modes and the earlier handlers: `mentor_terminal_guard_end`.
  static func releaseTerminal() {
    mentor_terminal_guard_end()
  }

  /// Starts recording SIGINT without restarting reads: `mentor_interrupt_watch_begin`.
  static func watchForInterrupt() {
    _ = mentor_interrupt_watch_begin()
  }

  /// Stops recording SIGINT and says whether it came: `mentor_interrupt_watch_end`.
  static func stopWatchingForInterrupt() -> Bool {
    mentor_interrupt_watch_end() == 1
  }
}
