import MentorExchange
import MentorModel

/// A small CSV about people (staff, parents, mentor assignments), read whole, with its
/// columns found by their header names.
struct ListFile {
  let table: CSVTable
  /// The header names as letters only, in lower case: `E-mail address` is `emailaddress`.
  let headers: [String]

  /// Reads the file, or reports why it cannot be read and fails as "nothing stored".
  ///
  /// A header holding one of the `HiddenCharacters` fails the file at its line; each row
  /// is checked by the reader with `checkHidden`, among the row's other problems.
  static func read(_ path: String, shell: Shell) throws(ShellError) -> ListFile {
    let table: CSVTable
    do {
      table = try CSVReader.read(contentsOf: path)
    } catch {
      shell.console.printError(ErrorLocation.prefix(shell.frames) + "error: " + error.message)
      throw .notLoaded(path: path, problems: 1)
    }
    let file = ListFile(
      table: table, headers: table.header.fields.map { $0.lowercased().filter(\.isLetter) })
    do throws(ShellError) {
      try file.checkHidden(table.header)
    } catch {
      shell.console.printError("\(path):\(table.header.line): error: " + error.message)
      throw .notLoaded(path: path, problems: 1)
    }
    return file
  }

  /// Refuses a row with a cell that holds one of the `HiddenCharacters`, naming the first.
  func checkHidden(_ row: CSVRecord) throws(ShellError) {
    for (column, field) in row.fields.enumerated() {
      guard let code = HiddenCharacters.first(in: field.trimmingSpaces) else { continue }
      let header = table.header.fields
      throw .hiddenCharacterInFile(
        column: column < header.count ? header[column] : "", code: code)
    }
  }

  /// The first column whose header is one of `names`.
  func column(_ names: [String]) -> Int? {
    headers.firstIndex { names.contains($0) }
  }

  /// A row's value in a column, trimmed; blank when the column or the field is missing.
  func field(_ row: CSVRecord, _ index: Int?) -> String {
    guard let index, index < row.fields.count else { return "" }
    return row.fields[index].trimmingSpaces
  }
}
