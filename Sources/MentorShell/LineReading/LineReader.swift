/// A source of command lines: a terminal with line editing, or a script or pipe without.
///
/// The shell loop asks for one line at a time and does not need to know which kind of
/// reader it has. Choose with `standardInputIsTerminal()`: a `LineEditor` for a person
/// at a terminal, a `PlainLineReader` for anything else. Readers are classes because
/// each one owns something outside the program: a descriptor or the terminal.
public protocol LineReader: AnyObject {
  /// Reads the next line, without its line ending.
  ///
  /// - Parameter prompt: Shown before the line by readers that talk to a person;
  ///   ignored by the others.
  /// - Throws: `LineReadingError` when input cannot be read at all.
  func readLine(prompt: String) throws(LineReadingError) -> LineReadResult
}

extension LineReader {
  /// Reads the next line with no prompt.
  public func readLine() throws(LineReadingError) -> LineReadResult {
    try readLine(prompt: "")
  }
}

/// Whether standard input is a terminal, that is whether a person is typing: `isatty(0)`.
public func standardInputIsTerminal() -> Bool {
  SystemCalls.isTerminal(0)
}
