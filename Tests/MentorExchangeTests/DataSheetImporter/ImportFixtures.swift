import MentorExchange
import MentorModel
import Testing

/// Small data sheets written out in tests, and ways to read them.
enum ImportFixtures {
  /// A long sheet of two fictional mentees for October 2026.
  static let longSheet = """
    UPN,Surname,Forename,Year,Form,Subject,Target,Working At,Predicted,Effort,Homework,Attendance,Mentor
    A100,Brontë,Zoë,Year 11,11B,Maths,6,5+,6-,1,Good,96.5%,Ms Ortiz
    A100,Brontë,Zoë,Year 11,11B,English,7,7,7,2,,96.5%,Ms Ortiz
    A101,O’Brien,Sam,Y11,11C,Maths,5,4,5,3,Late,88,Mr Dale
    """

  /// Reads a sheet written as text, as its UTF-8 bytes.
  static func read(
    _ text: String, name: String = "sheet.csv", options: DataSheetOptions = DataSheetOptions()
  ) -> Result<ImportedDataSheet, ImportFailure> {
    DataSheetImporter.read(bytes: Array(text.utf8), name: name, options: options)
  }

  /// Reads a sheet that must read without a problem.
  static func imported(
    _ text: String, name: String = "sheet.csv", options: DataSheetOptions = DataSheetOptions(),
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> ImportedDataSheet {
    switch read(text, name: name, options: options) {
    case .success(let imported):
      return imported
    case .failure(let failure):
      Issue.record("Unexpected problems: \(failure.lines)", sourceLocation: sourceLocation)
      throw failure
    }
  }

  /// Reads a sheet that must fail, and returns its problems.
  static func problems(
    _ text: String, name: String = "sheet.csv", options: DataSheetOptions = DataSheetOptions(),
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> ImportFailure {
    switch read(text, name: name, options: options) {
    case .success(let imported):
      Issue.record(
        "Read without a problem: \(imported.report.lines)", sourceLocation: sourceLocation)
      throw ExpectedFailure()
    case .failure(let failure):
      return failure
    }
  }

  /// Thrown when a sheet that should fail reads without a problem.
  struct ExpectedFailure: Error {}
}

extension DataSheet {
  /// The result of a mentee in a subject and month, if the sheet has it.
  func result(_ id: String, _ subject: String, _ month: String) -> MonthlyResult? {
    results.first { $0.menteeID == id && $0.subject == subject && $0.month == month }
  }

  /// The person with an id, if the sheet has them.
  func person(_ id: String) -> Person? {
    people.first { $0.id == id }
  }
}

extension ImportReport {
  /// The header read for a role, if any.
  func header(for role: ColumnRole) -> String? {
    columns.first { column in
      if case .role(role, _) = column.use { return true }
      return false
    }?.header
  }
}
