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
    if arguments.flag("count") {
      return try printCount(records.table.rows.count, records.noun, records.plural, arguments)
    }
    let format = try format(arguments)
    guard let out = arguments.option("out") else {
      console.write(
        records.rendered(as: format, width: console.width, colour: console.usesColour))
      return
    }
    let text = records.rendered(as: format, width: nil, colour: false)
    try write(
      text, out: out, saying: "Wrote \(records.count) to '\(out)'.", writes: Self.recordFiles)
  }

  /// Prints only how many records a command found, for `--count`: `3 escalations`, or
  /// `12 of 120 mentees` when `total` is given; as CSV (a `count` or `count,of` header and
  /// a row) or JSON (an object of numbers) only when `--format` or `set format` asks, since
  /// a count is read by people more often than by tools.
  func printCount(
    _ count: Int, _ noun: String, _ plural: String? = nil, of total: Int? = nil,
    _ arguments: Arguments
  ) throws(ShellError) {
    if arguments.option("out") != nil { throw .optionsClash("--count", "--out") }
    let asked = arguments.option("format") == nil ? options.format : try format(arguments)
    var fields = [("count", count)]
    if let total { fields.append(("of", total)) }
    switch asked ?? .table {
    case .csv:
      console.print(fields.map(\.0).joined(separator: ","))
      console.print(fields.map { String($0.1) }.joined(separator: ","))
    case .json:
      console.print(JSON.object(fields.map { ($0.0, String($0.1)) }))
    case .table:
      let counted = counted(total ?? count, noun, plural)
      console.print(total == nil ? counted : "\(count) of \(counted)")
    }
  }

  /// Writes what a command printed to the file `--out` named, whole and owner-only, and
  /// says so on standard error; under `--atomic` once the script commits, and under
  /// `--dry-run` not at all.
  ///
  /// - Parameter writes: the extensions of the formats the command writes, for the
  ///   message that refuses a file whose extension names another (see `checkOut`).
  func write(
    _ text: String, out: String, saying message: String, writes: [String]
  ) throws(ShellError) {
    try checkOut(out, writes: writes)
    let path = (out as NSString).expandingTildeInPath
    try refuseDatabaseFiles(out, at: path)
    let done = try outsideTheDatabase("the file '\(out)'") { shell throws(ShellError) in
      try PrivateFile.write(text, to: path)
      shell.console.printError(message)
    }
    if !done {
      transaction.wouldWrite += 1
      console.printError("Would write '\(out)'; a dry run writes nothing.")
    }
  }

  /// The extensions of the files records are written to: see `OutputFormat(fileName:)`.
  static let recordFiles = ["csv", "json", "txt"]

  // Shortcoming: only these well-known extensions are refused; any other that mentor does
  // not know (`.dat`) gets the format chosen, as a name without an extension does.
  /// Extensions of formats that programs open as something other than text, which mentor
  /// does not write: CSV saved as `caseload.xlsx` would not open in a spreadsheet.
  static let foreignFiles: Set<String> = [
    "xlsx", "xlsm", "xlsb", "xls", "ods", "numbers", "doc", "docx", "odt", "pages", "rtf",
    "pdf", "xml", "tsv", "png", "jpg", "jpeg", "gif", "zip", "html", "htm",
  ]

  /// Refuses an `--out` file whose extension names a format the command does not write,
  /// such as `.xlsx`, or `.html` for records, whatever `--format` says; a name with no
  /// extension, or another one, is written as the format chosen.
  func checkOut(_ out: String, writes: [String]) throws(ShellError) {
    let suffix = (out as NSString).pathExtension.lowercased()
    guard !writes.contains(suffix), Self.foreignFiles.contains(suffix) else { return }
    throw .foreignOutFile(out, writes: writes)
  }

  /// Refuses to write over the database or one of the files SQLite keeps beside it
  /// (`-wal`, `-shm`, `-journal`), which would damage it.
  ///
  /// - Parameter path: `out` with `~` expanded.
  func refuseDatabaseFiles(_ out: String, at path: String) throws(ShellError) {
    guard let database = store.path else { return }
    let resolved = { (path: String) in
      URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
    let target = resolved(path)
    let own = ["", "-wal", "-shm", "-journal"].map { resolved(database + $0) }
    guard own.contains(target) else { return }
    throw .outIsDatabaseFile(out)
  }

  /// Prints a table of records, as `emit(_:_:)` does.
  func emit(_ table: Table, noun: String, plural: String? = nil, _ arguments: Arguments)
    throws(ShellError)
  {
    try emit(Records(table, noun: noun, plural: plural), arguments)
  }
}
