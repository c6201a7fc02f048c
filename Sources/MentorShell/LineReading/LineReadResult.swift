/// What one call to `LineReader.readLine(prompt:)` gave.
public enum LineReadResult: Equatable, Sendable {
  /// A line of text without its line ending (LF or CR LF).
  case line(String)

  /// The person at the terminal pressed Ctrl-C; the line typed so far is dropped.
  ///
  /// The reader has moved to a fresh line, so the caller only asks for the next line.
  case interrupted

  /// There is no more input: the end of a file or pipe, or Ctrl-D on an empty line.
  case endOfInput

  /// The line with this number (counting from 1) is not valid UTF-8.
  ///
  /// Reading can go on with the next line. The text is not returned, so that a damaged
  /// line is never run as a command with guessed characters in it.
  case invalidText(lineNumber: Int)
}
