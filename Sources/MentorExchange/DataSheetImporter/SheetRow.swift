import MentorModel

/// One row of a data sheet as read, before ids are made and grades are put on scales.
struct SheetRow: Sendable {
  /// What the row says about one subject in one month; grades still as written.
  struct Entry: Sendable {
    var subject: String
    var month: String
    var target = ""
    var workingAt = ""
    var predicted = ""
    var effort: Int?
    var homework = ""
  }

  /// The line of the file the row starts on.
  var line: Int
  /// The row's place among the rows, from 1.
  var position: Int
  /// The id from the id column, when the sheet has one.
  var id: String?
  /// The values of the columns given to make ids from.
  var idValues: [String] = []
  /// Names and groups; the id is filled in later.
  var person = DataSheet.Person(id: "")
  /// Attendance in percent.
  var attendance: Double?
  /// The row's own subject, when rows are per subject.
  var subject: String?
  /// The row's own month, when it has one.
  var month: String?
  /// The results the row holds.
  var entries: [Entry] = []

  /// The mentee's name as a person writes it, for messages: `Zoë Brontë`.
  var displayName: String {
    [person.forename, person.surname].filter { !$0.isEmpty }.joined(separator: " ")
  }
}
