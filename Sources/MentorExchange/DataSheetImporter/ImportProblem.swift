import MentorModel

/// One thing wrong with a data sheet, at the line where a person would look for it.
///
/// The cases of ``Reason`` carry data only; ``message`` holds all the wording.
public struct ImportProblem: Error, Equatable, Sendable, CustomStringConvertible {
  /// Why a data sheet cannot be stored.
  public enum Reason: Equatable, Sendable {
    /// The file could not be read as CSV at all.
    case csv(CSVError)
    /// A mapping names a header that the file does not have.
    case unknownMappedHeader(role: ColumnRole, header: String)
    /// An id column given by name is not in the header.
    case unknownIDColumn(String)
    /// No column holds a role the shape needs.
    case missingColumn(ColumnRole)
    /// The shape needs grade columns and none was found.
    case noGradeColumns(DataSheetShape)
    /// A sheet by period has no period column.
    case noPeriodColumns
    /// Neither an option, a column nor the header gives a month.
    case noMonth
    /// A month or period that does not exist, such as `2026-13`.
    case badMonth(String)
    /// Rows are per mentee and subject, and nothing says whose row it is.
    case cannotTellMenteesApart
    /// The header has no rows under it.
    case noRows
    /// A row whose number of fields differs from the header's.
    case wrongFieldCount(found: Int, expected: Int)
    /// A row whose id cell is blank.
    case blankID(column: String)
    /// A row whose subject cell is blank.
    case blankSubject
    /// An effort that is not 1 to 4.
    case badEffort(String, subject: String)
    /// An attendance that is not a percentage.
    case badAttendance(String)
    /// A subject whose grades fit no scale, with some of the grades that do not fit.
    case noScaleFits(subject: String, examples: [String])
    /// A grade that is not on the subject's scale.
    case unknownGrade(grade: String, subject: String, scale: GradeScale)
    /// The same mentee, subject and month twice.
    case duplicateRow(id: String, subject: String, month: String, firstLine: Int)
    /// A cell holding a control character or one that reorders text, such as `U+202E`;
    /// `inHeader` when the cell is the column's name.
    case hiddenCharacter(column: String, code: String, inHeader: Bool = false)
    /// One id with two names.
    case sameIDDifferentName(id: String, name: String, firstName: String, firstLine: Int)
  }

  /// The 1-based line of the file, or nil for a problem with the file as a whole.
  public var line: Int?
  /// What is wrong.
  public var reason: Reason

  /// Creates a problem at a line.
  public init(line: Int?, _ reason: Reason) {
    self.line = line
    self.reason = reason
  }

  /// Creates the problem for an error of the CSV reader, at the line it names.
  public init(_ error: CSVError) {
    self.init(line: Self.line(of: error), .csv(error))
  }

  /// The message for a person: sentence case, values from the file in quotes, no full stop.
  public var message: String {
    // Shortcoming: a problem quotes the sheet's own cells (ids, names, grades), which go to
    // standard error and so to a log when a script is run from cron; without them a teacher
    // could not find and mend the line. The sheet is the user's input, named by them.
    switch reason {
    case .csv(let error):
      return error.message
    case .unknownMappedHeader(let role, let header):
      return "The mapping gives '\(header)' for the \(role.label), "
        + "but the header has no such column"
    case .unknownIDColumn(let name):
      return "No column '\(name)' to make ids from: the header has no such column"
    case .missingColumn(.subject):
      return "No subject column; give the subject of the whole sheet with --subject"
    case .missingColumn(let role):
      return "No column for the \(role.label)"
    case .noGradeColumns(.wideBySubject):
      return "No grade columns such as 'Maths - Target' or 'Maths - Working At'"
    case .noGradeColumns:
      return "No grade column: expected 'Target', 'Working At' or 'Predicted'"
    case .noPeriodColumns:
      return "No period columns such as 'G1', '2026-09' or 'Sep 2026'"
    case .noMonth:
      return "The data sheet gives no month; give it with --month, such as --month 2026-10"
    case .badMonth(let text):
      return "'\(text)' is not a month such as 2026-10 or a period such as G1"
    case .cannotTellMenteesApart:
      return "Nothing tells the mentees apart: no id or name column; "
        + "map the id column with --map upn=HEADER or give --id-from COLUMN,..."
    case .noRows:
      return "The data sheet has a header but no rows"
    case .wrongFieldCount(let found, let expected):
      return "The row has \(found) fields but the header has \(expected)"
    case .blankID(let column):
      return "The id in column '\(column)' is blank"
    case .blankSubject:
      return "The subject is blank"
    case .badEffort(let text, let subject):
      return "Effort '\(text)' in '\(subject)' is not 1, 2, 3 or 4"
    case .badAttendance(let text):
      return "Attendance '\(text)' is not a percentage from 0 to 100"
    case .noScaleFits(let subject, let examples):
      let quoted = examples.map { "'\($0)'" }.joined(separator: ", ")
      return "The grades of '\(subject)' fit no known scale (such as \(quoted)); "
        + "give the scale with --scale"
    case .unknownGrade(let grade, let subject, let scale):
      return "'\(grade)' is not a grade of the scale of '\(subject)' (\(scale.name))"
    case .duplicateRow(let id, let subject, let month, let firstLine):
      return "A second row for '\(id)' in '\(subject)' for \(month); "
        + "the first is on line \(firstLine)"
    case .hiddenCharacter(let column, let code, let inHeader):
      return (inHeader ? "The header '\(column)'" : "The cell in column '\(column)'")
        + " holds the character \(code), which can hide or reorder text; remove it from the"
        + " sheet"
    case .sameIDDifferentName(let id, let name, let firstName, let firstLine):
      return "Id '\(id)' is '\(name)' here but '\(firstName)' on line \(firstLine)"
    }
  }

  /// `line 12: message`, or the message alone for a problem with the whole file.
  public var description: String {
    line.map { "line \($0): \(message)" } ?? message
  }

  /// The line an error of the CSV reader points at, if it names one.
  private static func line(of error: CSVError) -> Int? {
    switch error {
    case .unterminatedQuote(let line), .textAfterClosingQuote(let line),
      .invalidUTF8(let line), .binary(let line):
      return line
    default:
      return nil
    }
  }
}
