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
  /// A cell holding one of the `HiddenCharacters` is reported as `FILE:LINE`, every one,
  /// and nothing is stored.
  static func read(_ path: String, shell: Shell) throws(ShellError) -> ListFile {
    let table: CSVTable
    do {
      table = try CSVReader.read(contentsOf: path)
    } catch {
      shell.console.printError(ErrorLocation.prefix(shell.frames) + "error: " + error.message)
      throw .notLoaded(path: path, problems: 1)
    }
    let problems = hiddenCharacters(in: table)
    if !problems.isEmpty {
      shell.reportProblems(ImportFailure(name: path, problems: problems))
      throw .notLoaded(path: path, problems: problems.count)
    }
    return ListFile(
      table: table, headers: table.header.fields.map { $0.lowercased().filter(\.isLetter) })
  }

  /// A problem for each cell, the header's included, that holds a hidden character.
  private static func hiddenCharacters(in table: CSVTable) -> [ImportProblem] {
    var problems: [ImportProblem] = []
    let header = table.header
    for record in [header] + table.rows {
      for (column, field) in record.fields.enumerated() {
        guard let code = HiddenCharacters.first(in: field.trimmingSpaces) else { continue }
        let name = column < header.fields.count ? header.fields[column] : ""
        let reason = ImportProblem.Reason.hiddenCharacter(
          column: name, code: code, inHeader: record.line == header.line)
        problems.append(ImportProblem(line: record.line, reason))
      }
    }
    return problems
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
