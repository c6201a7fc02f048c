import Foundation
import MentorExchange

/// Printing records: the one way every command that prints records chooses its format and
/// where the records go.
extension Shell {
  /// Prints records in the format asked for, or writes them whole to the file `--out`
  /// names and says on standard error what was written.
  ///
  /// The format is `--format`, else the one `--out`'s extension names, else the session's
  /// (see `format(_:)`). A file gets a text table without colour or width limit, whatever
  /// the terminal.
  ///
  /// - Throws: `.badFormat` for an unknown format; a `.cannotWrite...` error when the file
  ///   cannot be written, which leaves whatever was there before untouched.
  func emit(_ records: Records, _ arguments: Arguments) throws(ShellError) {
    let format = try format(arguments)
    guard let out = arguments.option("out") else {
      console.write(
        records.rendered(as: format, width: console.width, colour: console.usesColour))
      return
    }
    let text = records.rendered(as: format, width: nil, colour: false)
    try write(text, out: out, saying: "Wrote \(records.count) to '\(out)'.")
  }

  /// Writes what a command printed to the file `--out` named, whole and owner-only, and
  /// says so on standard error; under `--atomic` once the script commits, and under
  /// `--dry-run` not at all.
  func write(_ text: String, out: String, saying message: String) throws(ShellError) {
    let path = (out as NSString).expandingTildeInPath
    let done = try outsideTheDatabase("the file '\(out)'") { shell throws(ShellError) in
      try PrivateFile.write(text, to: path)
      shell.console.printError(message)
    }
    if !done {
      transaction.wouldWrite += 1
      console.printError("Would write '\(out)'; a dry run writes nothing.")
    }
  }

  /// Prints a table of records, as `emit(_:_:)` does.
  func emit(_ table: Table, noun: String, plural: String? = nil, _ arguments: Arguments)
    throws(ShellError)
  {
    try emit(Records(table, noun: noun, plural: plural), arguments)
  }
}
