import Foundation

/// Where the shell writes: results to standard output, diagnostics to standard error.
///
/// Standard output that is not a terminal is gathered and written in large pieces (see
/// `StandardOutput`); anything written to standard error first writes out what was
/// gathered, so that the two streams keep their order, and `flush()` does so before the
/// shell waits for input, runs another program or ends.
///
/// Tests give a console that collects the text instead of writing it.
public final class Console {
  /// Receives text for one stream.
  public typealias Sink = (String) -> Void

  private let writeOut: Sink
  private let writeError: Sink
  /// Writes out whatever standard output holds back; nothing for an unbuffered console.
  private let flushOut: () -> Void
  /// Writes a line and a line break to standard output, if the sink can do so without
  /// joining them: a script prints a line for each command.
  private let writeOutLine: Sink?
  /// Whether standard output is a terminal (tables, colour).
  public let isTerminal: Bool
  /// Whether colour may be used: see ``usesColour(isTerminal:environment:)``.
  public let usesColour: Bool
  /// The width tables must fit: the terminal's, or nil when output is not a terminal.
  public var width: Int? {
    guard isTerminal else { return nil }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return 80
  }

  /// A console over the process's standard output and standard error.
  public static func standard() -> Console {
    let terminal = isatty(STDOUT_FILENO) == 1
    // Colour needs a terminal, so without one the environment need not be read.
    let colour =
      terminal && usesColour(isTerminal: terminal, environment: ProcessEnvironment.all())
    let error: Sink = { Console.write(Array($0.utf8), to: STDERR_FILENO) }
    // At a terminal each piece is shown at once, as a person expects to see it.
    guard !terminal else {
      return Console(
        isTerminal: true, usesColour: colour,
        out: { Console.write(Array($0.utf8), to: STDOUT_FILENO) }, error: error)
    }
    let output = StandardOutput()
    return Console(
      isTerminal: false, usesColour: false, out: output.write, error: error,
      flush: output.flush, outLine: output.writeLine)
  }

  /// Whether output may be in colour: only on a terminal that can show it, and only when
  /// the user has not asked for none.
  ///
  /// `NO_COLOR` set to anything but nothing asks for no colour. A `TERM` that is unset,
  /// empty or `dumb` names a terminal that cannot show colour escapes.
  ///
  /// - Parameters:
  ///   - isTerminal: Whether standard output is a terminal.
  ///   - environment: The process's environment variables.
  static func usesColour(isTerminal: Bool, environment: [String: String]) -> Bool {
    let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    let terminalType = environment["TERM"] ?? ""
    let canShowColour = !terminalType.isEmpty && terminalType != "dumb"
    return isTerminal && canShowColour && !noColour
  }

  /// A console with the given sinks; `flush` writes out what `out` holds back, if anything,
  /// and `outLine`, if given, writes a line and its line break as `out` would, without
  /// joining them into a new string first.
  public init(
    isTerminal: Bool, usesColour: Bool, out: @escaping Sink, error: @escaping Sink,
    flush: @escaping () -> Void = {}, outLine: Sink? = nil
  ) {
    self.isTerminal = isTerminal
    self.usesColour = usesColour
    self.writeOut = out
    self.writeError = error
    self.flushOut = flush
    self.writeOutLine = outLine
  }

  /// Writes out what standard output holds back: before waiting for input, before another
  /// program runs, and before the shell ends.
  public func flush() {
    flushOut()
  }

  /// Writes a line of results to standard output.
  public func print(_ text: String = "") {
    if held == nil, let writeOutLine { return writeOutLine(text) }
    emit(text + "\n")
  }

  /// Writes text to standard output as it is.
  public func write(_ text: String) {
    emit(text)
  }

  /// Writes prose to standard output as it is, each line broken at spaces to fit the
  /// terminal's width on a terminal (see `ProseWrap`).
  public func writeProse(_ text: String) {
    guard let width else { return emit(text) }
    emit(ProseWrap.wrap(text, width: width))
  }

  /// Writes text made of paragraphs (help) to standard output, joined and broken again to
  /// fit the terminal's width on a terminal (see `ProseWrap.reflow`).
  public func writeParagraphs(_ text: String) {
    guard let width else { return emit(text) }
    emit(ProseWrap.reflow(text, width: width))
  }

  /// Writes a line of diagnostics to standard error.
  public func printError(_ text: String) {
    if held != nil { return held!.append((text + "\n", toError: true)) }
    flushOut()
    writeError(text + "\n")
  }

  /// What `holdingBack(_:)` keeps back, in order, with the stream each piece is for; nil
  /// when nothing is being kept back.
  private var held: [(text: String, toError: Bool)]?

  /// Writes text for standard output, or keeps it back within `holdingBack(_:)`.
  private func emit(_ text: String) {
    if held != nil { return held!.append((text, toError: false)) }
    writeOut(text)
  }

  /// Runs `body`, keeping back everything it prints until it has returned or thrown, and
  /// then writing it out in order: for work whose results are only true once a
  /// transaction around them has committed.
  func holdingBack<Result>(
    _ body: () throws(ShellError) -> Result
  ) throws(ShellError) -> Result {
    held = []
    defer {
      let pieces = held ?? []
      held = nil
      for piece in pieces {
        if piece.toError { printError(String(piece.text.dropLast())) } else { emit(piece.text) }
      }
    }
    return try body()
  }

  /// Writes all of `bytes` to a file descriptor, retrying after interrupted writes.
  static func write(_ bytes: [UInt8], to descriptor: Int32) {
    var bytes = bytes
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += written
    }
  }
}
