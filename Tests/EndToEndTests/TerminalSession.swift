import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The built `mentor` running under a pseudo-terminal, typed at the way a person would.
///
/// The child starts in a new session whose controlling terminal is the slave side of a
/// fresh pseudo-terminal, which is also its standard input, output and error. It sees
/// `TERM=xterm`, `LANG=C.UTF-8`, a private `HOME` and a 100 by 40 window, unless told
/// otherwise. The test writes
/// keys to the master side and reads back what `mentor` shows there.
///
/// Every wait has a deadline and fails with the text seen so far. `close()` kills the
/// child if it still runs; the slave side stays open in the test until then, so the
/// terminal's modes can still be read after the child has gone.
final class TerminalSession {
  /// How the child ended.
  enum Termination: Equatable, CustomStringConvertible {
    /// It called `exit` with this status.
    case exited(Int32)
    /// A signal with this number ended it.
    case signalled(Int32)

    var description: String {
      switch self {
      case .exited(let status): "exit status \(status)"
      case .signalled(let signal): "signal \(signal)"
      }
    }
  }

  /// Something the session could not do, or did not see before its deadline.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The prompt `mentor` shows before each line it reads.
  static let prompt = "mentor> "

  /// The window size the child sees.
  static let columns: UInt16 = 100
  static let rows: UInt16 = 40

  /// How long one wait lasts at most; the tests normally wait a small fraction of it.
  static let patience: Duration = .seconds(5)

  /// The child's process id.
  let processID: pid_t

  /// The master side: keys go in, the child's output comes out.
  private let master: Int32

  /// The slave side, held open by the test to read its modes.
  private let slave: Int32

  /// Every byte read from the master side so far.
  private var received: [UInt8] = []

  /// How many bytes of the plain text earlier waits have matched.
  private var matched = 0

  /// How the child ended, once it has.
  private(set) var termination: Termination?

  /// Whether `close()` has run.
  private var isClosed = false

  /// The modes of a fresh pseudo-terminal, read before the child started.
  let modesBefore: termios

  /// Starts `mentor` under a new pseudo-terminal.
  ///
  /// - Parameters:
  ///   - arguments: The arguments after the program's name.
  ///   - home: The child's `HOME`; its history is kept below it.
  ///   - directory: The child's working folder; the package root unless given.
  ///   - columns: The window's width.
  ///   - environment: Variables such as `NO_COLOR=1` or `TERM=dumb` added to the child's
  ///     environment, or set in place of the usual value.
  init(
    arguments: [String], home: URL, directory: URL = MentorProcess.packageRoot,
    columns: UInt16 = columns, environment: [String] = []
  ) throws {
    let (master, slave) = try Self.openPseudoTerminal(columns: columns)
    self.master = master
    self.slave = slave

    do {
      modesBefore = try Self.modes(of: slave)
      processID = try Self.spawn(
        MentorProcess.executable.path, arguments: arguments, slave: slave,
        directory: directory.path,
        environment: Self.environment(home: home, adding: environment))
    } catch {
      Glibc.close(master)
      Glibc.close(slave)
      throw error
    }
  }

  deinit {
    close()
  }

  // MARK: - Typing and reading

  /// Writes keys to the terminal as if typed: `"\r"` is Enter, `"\t"` is Tab,
  /// `"\u{03}"` is Ctrl-C, `"\u{04}"` is Ctrl-D, `"\u{1B}[A"` is the Up arrow.
  func type(_ keys: String) throws {
    var bytes = Array(keys.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Glibc.write(master, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        throw Failure(
          description: "Cannot type at the terminal: \(String(cString: strerror(errno)))")
      }
      bytes = bytes.dropFirst(written)
    }
  }

  /// Waits until `text` appears after whatever earlier waits matched, and moves past it.
  ///
  /// The comparison is byte for byte on the plain text (see `plainText(_:)`), so a name
  /// must come back in the same Unicode form it was typed in.
  ///
  /// - Returns: The plain text from the end of the previous match to the end of this one.
  @discardableResult
  func waitFor(_ text: String, timeout: Duration = patience) throws -> String {
    let needle = Array(text.utf8)
    let deadline = ContinuousClock.now + timeout
    while true {
      let plain = Self.plainText(received)
      if let range = Self.find(needle, in: plain, from: matched) {
        let found = String(decoding: plain[matched..<range.upperBound], as: UTF8.self)
        matched = range.upperBound
        return found
      }
      guard readMore(until: deadline) else {
        throw Failure(
          description: "'\(text)' did not appear within \(timeout); after the last match"
            + " the terminal showed:\n\(unmatchedText)")
      }
    }
  }

  /// Waits for the next prompt and for the line editor to take the terminal over.
  ///
  /// libedit writes the prompt a moment before it turns off the terminal's own echo and
  /// line buffering, so keys typed at once could be echoed twice. A person is never that
  /// quick; a test waits for the editing modes instead.
  ///
  /// - Returns: The plain text up to and including the prompt.
  @discardableResult
  func waitForPrompt(timeout: Duration = patience) throws -> String {
    let shown = try waitFor("\n" + Self.prompt, timeout: timeout)
    try waitForEditingModes(timeout: timeout)
    return shown
  }

  /// The plain text after the last match, from what has been read so far.
  var unmatchedText: String {
    let plain = Self.plainText(received)
    return String(decoding: plain[min(matched, plain.count)...], as: UTF8.self)
  }

  /// Everything the terminal showed so far, as plain text.
  var transcript: String {
    String(decoding: Self.plainText(received), as: UTF8.self)
  }

  /// Everything the child wrote to the terminal so far, escape sequences and all.
  var rawTranscript: String {
    String(decoding: received, as: UTF8.self)
  }

  /// Reads what is available before `deadline`; false if nothing came in time.
  private func readMore(until deadline: ContinuousClock.Instant) -> Bool {
    while true {
      let left = deadline - ContinuousClock.now
      guard left > .zero else { return false }
      var request = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      let ready = poll(&request, 1, Int32(min(left / .milliseconds(1), 1000).rounded(.up)))
      if ready < 0 && errno == EINTR { continue }
      guard ready > 0 else { continue }

      var buffer = [UInt8](repeating: 0, count: 4096)
      let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
      if count > 0 {
        received += buffer[..<count]
        return true
      }
      if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
      return false
    }
  }

  // MARK: - The child process

  /// Whether the child is still running; notes how it ended if it has.
  var isRunning: Bool {
    reap(blocking: false)
    return termination == nil
  }

  /// Sends a signal to the child: `kill`.
  func send(signal: Int32) {
    if termination == nil { kill(processID, signal) }
  }

  /// Waits for the child to end, reading its output meanwhile.
  func waitForExit(timeout: Duration = patience) throws -> Termination {
    let deadline = ContinuousClock.now + timeout
    while true {
      reap(blocking: false)
      if let termination {
        _ = readMore(until: ContinuousClock.now + .milliseconds(20))
        return termination
      }
      guard ContinuousClock.now < deadline else {
        throw Failure(
          description: "mentor did not end within \(timeout); after the last match the"
            + " terminal showed:\n\(unmatchedText)")
      }
      _ = readMore(until: min(deadline, ContinuousClock.now + .milliseconds(20)))
    }
  }

  /// Kills the child if it still runs, waits for it, and closes the terminal.
  func close() {
    guard !isClosed else { return }
    isClosed = true
    if termination == nil {
      kill(processID, SIGKILL)
      reap(blocking: true)
    }
    Glibc.close(master)
    Glibc.close(slave)
  }

  /// Collects the child's exit status if it has ended: `waitpid`.
  private func reap(blocking: Bool) {
    guard termination == nil else { return }
    var status: Int32 = 0
    var result: pid_t
    repeat {
      result = waitpid(processID, &status, blocking ? 0 : WNOHANG)
    } while result < 0 && errno == EINTR
    guard result == processID else { return }

    let signal = status & 0x7f
    termination = signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
  }

  // MARK: - Terminal modes

  /// The terminal's current modes, read on the slave side: `tcgetattr`.
  func modes() throws -> termios {
    try Self.modes(of: slave)
  }

  /// Waits until the line editor has switched the terminal out of canonical mode.
  func waitForEditingModes(timeout: Duration = patience) throws {
    let deadline = ContinuousClock.now + timeout
    while try modes().c_lflag & tcflag_t(ICANON) != 0 {
      guard ContinuousClock.now < deadline else {
        throw Failure(description: "The terminal stayed in canonical mode at the prompt")
      }
      _ = readMore(until: min(deadline, ContinuousClock.now + .milliseconds(10)))
    }
  }

  /// The modes of the terminal open on `descriptor`: `tcgetattr`.
  private static func modes(of descriptor: Int32) throws -> termios {
    var modes = termios()
    guard tcgetattr(descriptor, &modes) == 0 else {
      throw Failure(
        description: "Cannot read the terminal's modes: \(String(cString: strerror(errno)))")
    }
    return modes
  }
}

extension TerminalSession {
  // MARK: - Starting

  /// Opens a pseudo-terminal pair with the test's window size: `openpty`.
  ///
  /// - Returns: The master and slave descriptors, both closed on `exec`.
  fileprivate static func openPseudoTerminal(columns: UInt16) throws -> (
    master: Int32, slave: Int32
  ) {
    var master: Int32 = -1
    var slave: Int32 = -1
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&master, &slave, nil, nil, &size) == 0 else {
      throw failure("Cannot open a pseudo-terminal")
    }
    _ = fcntl(master, F_SETFD, FD_CLOEXEC)
    _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
    return (master, slave)
  }

  /// The child's whole environment: nothing is inherited from the test run.
  fileprivate static func environment(home: URL, adding extra: [String]) -> [String] {
    let usual = [
      "HOME=\(home.path)", "TERM=xterm", "LANG=C.UTF-8", "PATH=/usr/local/bin:/usr/bin:/bin",
      // The demo school's Progress Leader, who may run every command.
      "MENTOR_USER=Dr Osei",
    ]
    let name = { (variable: String) in variable.prefix { $0 != "=" } }
    return usual.filter { variable in !extra.contains { name($0) == name(variable) } } + extra
  }

  /// Starts `path` in a new session whose controlling terminal is `slave`, which also
  /// becomes its standard input, output and error: `fork`, `setsid`, `TIOCSCTTY`,
  /// `execve`.
  ///
  /// Everything the child needs is made before `fork`, since a child of a process with
  /// threads may only make async-signal-safe calls. Signals that the test run may block
  /// or ignore are unblocked and set back to their default actions.
  fileprivate static func spawn(
    _ path: String, arguments: [String], slave: Int32, directory: String,
    environment: [String]
  ) throws -> pid_t {
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    let folder = strdup(directory)
    defer { (argv + envp + [folder]).forEach { free($0) } }
    guard let program = argv[0], let folder else { throw failure("Cannot copy the arguments") }
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    let defaults = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU]

    let processID = fork()
    if processID == 0 {
      _ = setsid()
      _ = ioctl(slave, UInt(TIOCSCTTY), 0)
      for standard in Int32(0)...2 { _ = dup2(slave, standard) }
      for signal in defaults { _ = Glibc.signal(signal, SIG_DFL) }
      _ = sigprocmask(SIG_SETMASK, &unblocked, nil)
      _ = chdir(folder)
      _ = execve(program, argv, envp)
      _exit(127)
    }
    guard processID > 0 else { throw failure("Cannot start '\(path)'") }
    return processID
  }

  /// A failure naming the latest C library error.
  fileprivate static func failure(_ what: String) -> Failure {
    Failure(description: "\(what): \(String(cString: strerror(errno)))")
  }

  // MARK: - Plain text

  /// The text a person reads: escape sequences, carriage returns and bells removed.
  ///
  /// An escape sequence cut short at the end is dropped until the rest arrives.
  static func plainText(_ bytes: [UInt8]) -> [UInt8] {
    var plain: [UInt8] = []
    plain.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      switch bytes[index] {
      case 0x1B: index = endOfEscape(in: bytes, from: index)
      case 0x0D, 0x07: index += 1
      default:
        plain.append(bytes[index])
        index += 1
      }
    }
    return plain
  }

  /// The index just after the escape sequence that starts at `start`.
  ///
  /// Handles control sequences (`ESC [` parameters, then a final byte from `@` to `~`),
  /// operating system commands (`ESC ]` up to BEL or `ESC \`), and the short forms
  /// (`ESC`, intermediate bytes from space to `/`, one final byte).
  private static func endOfEscape(in bytes: [UInt8], from start: Int) -> Int {
    var index = start + 1
    guard index < bytes.count else { return index }

    switch bytes[index] {
    case UInt8(ascii: "["):
      index += 1
      while index < bytes.count, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
      return min(index + 1, bytes.count)
    case UInt8(ascii: "]"):
      while index < bytes.count {
        if bytes[index] == 0x07 { return index + 1 }
        if bytes[index] == 0x1B, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\\") {
          return index + 2
        }
        index += 1
      }
      return bytes.count
    default:
      while index < bytes.count, (0x20...0x2F).contains(bytes[index]) { index += 1 }
      return min(index + 1, bytes.count)
    }
  }

  /// Where `needle` first occurs in `haystack` at or after `start`.
  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int)
    -> Range<Int>?
  {
    var offset = start
    while offset + needle.count <= haystack.count {
      let candidate = offset..<offset + needle.count
      if haystack[candidate].elementsEqual(needle) { return candidate }
      offset += 1
    }
    return nil
  }
}
