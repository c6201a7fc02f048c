import MentorExchange
import MentorModel

/// A small CSV about people (staff, parents, mentor assignments), read whole, with its
/// columns found by their header names.
struct ListFile {
  let table: CSVTable
  /// The header names as letters only, in lower case: `E-mail address` is `emailaddress`.
  let headers: [String]

  /// Reads the file, or reports why it cannot be read and fails as "nothing stored".
  static func read(_ path: String, shell: Shell) throws(ShellError) -> ListFile {
    do {
      let table = try CSVReader.read(contentsOf: path)
      return ListFile(
        table: table, headers: table.header.fields.map { $0.lowercased().filter(\.isLetter) })
    } catch {
      shell.console.printError(ErrorLocation.prefix(shell.frames) + "error: " + error.message)
      throw .notLoaded(path: path, problems: 1)
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
