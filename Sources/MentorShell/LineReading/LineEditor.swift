/// Reads lines typed at a terminal, with editing, history and Tab completion (libedit).
///
/// Use it only when `standardInputIsTerminal()` is true; otherwise use `PlainLineReader`.
/// The editor uses emacs key bindings. UTF-8 typed at the prompt comes back intact: the
/// character type locale is set from the environment and falls back to `C.UTF-8` when
/// that is not UTF-8. Only one editor may be open at a time, as there is one terminal.
///
/// Ctrl-C drops the line being typed, prints `^C` and a line feed, and `readLine` returns
/// `.interrupted`; the caller asks for the next line. Ctrl-D on an empty line returns
/// `.endOfInput` after a line feed.
///
/// Keeping the terminal sane:
/// - libedit switches the terminal to its editing mode only inside `readLine` and back
///   before returning, so between lines the terminal is as the editor found it.
/// - While a line is read, libedit's own signal handlers (`EL_SIGNAL`) restore the modes
///   before passing SIGINT, SIGTERM, SIGHUP, SIGQUIT or SIGTSTP on, and redraw the line
///   after SIGCONT or a change of window size.
/// - The modes found at creation are saved; SIGTERM and SIGHUP handlers (in the shim)
///   put them back at any time and then let the signal end the process as before.
/// - `deinit` calls `el_end`, restores the saved modes and the earlier signal handlers.
/// A crash inside the completion function can still leave the terminal in editing mode.
public final class LineEditor: LineReader {
  /// Offers completions for the word at the cursor.
  ///
  /// - Parameters:
  ///   - line: The line from its start up to the cursor, as typed (quotes included).
  ///   - word: The word being completed, without its quotes.
  ///   - inQuotes: Whether the word is inside a quote that is still open.
  /// - Returns: Complete words that could replace `word`; see `CompletionPlan`.
  public typealias Completer = (_ line: String, _ word: String, _ inQuotes: Bool) -> [String]

  /// The completion function for the Tab key; with none, Tab beeps.
  public var completer: Completer?

  /// Why saving the history failed after the latest line, or nil if it worked.
  ///
  /// A failed save does not stop the line from being returned; the shell may warn once.
  public private(set) var historySaveFailure: LineReadingError?

  /// The libedit editor (`EditLine *`).
  let editor: OpaquePointer

  /// The lines typed so far, older ones from the history file first.
  let history: CommandHistory

  /// Where the history is saved after each line, if anywhere.
  private var historyPath: String?

  /// The prompt as a C string, handed to libedit by the prompt callback.
  private var promptText: UnsafeMutablePointer<CChar>

  /// Opens the editor on standard input and output.
  ///
  /// - Parameters:
  ///   - programName: The name libedit knows the program by.
  ///   - historyLimit: How many lines the history keeps; older ones are dropped.
  ///   - completer: The completion function for the Tab key.
  /// - Throws: `.notATerminal` when standard input is not a terminal, `.cannotStartEditor`
  ///   when libedit cannot be set up or another editor is open.
  public init(
    programName: String = "mentor", historyLimit: Int = 1000, completer: Completer? = nil
  ) throws(LineReadingError) {
    guard SystemCalls.isTerminal(0) else { throw .notATerminal }
    SystemCalls.useUTF8Characters()
    guard LibEdit.guardTerminal(0) else { throw .cannotStartEditor }

    guard let editor = LibEdit.start(programName: programName) else {
      LibEdit.releaseTerminal()
      throw .cannotStartEditor
    }
    guard let history = CommandHistory(limit: historyLimit) else {
      LibEdit.end(editor)
      LibEdit.releaseTerminal()
      throw .cannotStartEditor
    }

    self.editor = editor
    self.history = history
    self.completer = completer
    self.promptText = Self.cString("")

    guard configure() else { throw .cannotStartEditor }
  }

  deinit {
    LibEdit.end(editor)
    LibEdit.releaseTerminal()
    promptText.deallocate()
  }

  /// Loads the history from a file and saves it there after every line.
  ///
  /// The file and any missing folders on its path are created owner-only (`0600` and
  /// `0700`), whatever the umask.
  ///
  /// - Throws: `LineReadingError` if the file cannot be created or read; the editor then
  ///   works on without a history file.
  public func useHistoryFile(_ path: String) throws(LineReadingError) {
    try history.load(from: path)
    historyPath = path
  }

  /// Reads a line after showing `prompt`; the prompt may differ from call to call.
  ///
  /// A line that is not blank is added to the history, and the history file is saved.
  public func readLine(prompt: String) throws(LineReadingError) -> LineReadResult {
    setPrompt(prompt)

    while true {
      LibEdit.watchForInterrupt()
      let outcome = LibEdit.readLine(editor)
      let interrupted = LibEdit.stopWatchingForInterrupt()

      switch outcome {
      case .text(let text):
        let line = text.hasSuffix("\n") ? String(text.dropLast()) : text
        remember(line)
        return .line(line)
      case .endOfInput:
        LibEdit.write("\n", to: editor)
        return .endOfInput
      case .failed where interrupted:
        LibEdit.write("^C\n", to: editor)
        return .interrupted
      case .failed(let code) where code == SystemCalls.interruptedCode:
        continue
      case .failed(let code):
        throw .cannotRead(path: nil, code: code)
      }
    }
  }

  /// Sets up key bindings, signals, history, prompt and completion; false if any failed.
  private func configure() -> Bool {
    let owner = Unmanaged.passUnretained(self).toOpaque()
    return LibEdit.setOwner(editor, owner)
      && LibEdit.setPrompt(editor) { LineEditor.prompt(for: $0) }
      && LibEdit.setKeyBindings(editor, "emacs")
      && LibEdit.handleSignals(editor, true)
      && LibEdit.setHistory(editor, history.list)
      && LibEdit.bind(editor, key: "^I", name: "mentor-complete", help: "Complete the word") {
        LineEditor.complete(editor: $0, key: $1)
      }
  }

  /// Adds a line that is not blank to the history and saves the history file.
  private func remember(_ line: String) {
    guard line.contains(where: { !$0.isWhitespace }) else { return }
    history.add(line)

    guard let historyPath else { return }
    do {
      try history.save(to: historyPath)
      historySaveFailure = nil
    } catch {
      historySaveFailure = error
    }
  }

  /// Replaces the C string the prompt callback hands to libedit.
  private func setPrompt(_ prompt: String) {
    promptText.deallocate()
    promptText = Self.cString(prompt)
  }

  /// A newly allocated NUL-terminated copy of `text`, to be deallocated by the caller.
  private static func cString(_ text: String) -> UnsafeMutablePointer<CChar> {
    let bytes = text.utf8CString
    let copy = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
    bytes.withUnsafeBufferPointer { copy.initialize(from: $0.baseAddress!, count: $0.count) }
    return copy
  }

  /// The editor that libedit calls back about, found through its client data.
  static func attached(to editor: OpaquePointer?) -> LineEditor? {
    guard let editor, let owner = LibEdit.owner(of: editor) else { return nil }
    return Unmanaged<LineEditor>.fromOpaque(owner).takeUnretainedValue()
  }

  /// The prompt callback: the current prompt of the editor libedit asks about.
  private static func prompt(for editor: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    attached(to: editor)?.promptText
  }
}
