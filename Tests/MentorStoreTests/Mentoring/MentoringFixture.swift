import MentorModel
import Testing

@testable import MentorStore

/// A small fictional school on a database file, for the mentoring tests.
///
/// Two mentees in form 10K, each with a Maths result for October: Ines Okafor (`P101`) and
/// Tomasz Lind (`P102`). Every test gets its own folder, removed when the test ends.
struct MentoringFixture {
  let folder: TemporaryFolder
  let path: String
  let store: Store

  /// Creates the file and stores the two mentees.
  init() throws {
    folder = try TemporaryFolder()
    path = folder.file("school.mentor")
    store = try Store(path: path)
    try loadSheet()
  }

  /// Stores the data sheet of form 10K, as `load` does, replacing an earlier load of it.
  func loadSheet() throws {
    var sheet = DataSheet(name: "10K October")
    for (id, forename, surname) in [("P101", "Ines", "Okafor"), ("P102", "Tomasz", "Lind")] {
      var person = DataSheet.Person(id: id)
      person.forename = forename
      person.surname = surname
      person.form = "10K"
      person.mentor = "Mr Adebayo"
      sheet.people.append(person)
      sheet.results.append(
        MonthlyResult(
          menteeID: id, subject: "Maths", month: "2026-10",
          target: Mark("6", on: .gcseNumbers) ?? .missing,
          workingAt: Mark("5", on: .gcseNumbers) ?? .missing))
    }
    sheet.scales = ["Maths": .gcseNumbers]
    sheet.months = ["2026-10"]

    var school = try store.loadSchool()
    school.add(sheet)
    let identity = folder.file("10K.csv")
    let earlier = try store.resultKeys(ofSheet: identity, month: "2026-10")
    try store.add(sheet, identity: identity, as: school, removing: earlier)
  }

  /// The school as a new connection to the same file reads it, as the next session would.
  func reopened() throws -> School {
    try Store(path: path).loadSchool()
  }

  /// Removes the folder; call it with `defer` right after creating the fixture.
  ///
  /// A test holds its fixture in a local constant rather than in a closure: with Swift
  /// 6.3.1, a closure written inside `#expect` within another closure can be mistaken for
  /// a later closure in the same body, which then never runs.
  func remove() {
    folder.remove()
  }

  /// An intervention for `P101` with every field given.
  static func intervention(
    _ id: String = "I1", mentee: String = "P101", replaces: String? = nil
  ) -> Intervention {
    Intervention(
      id: id, menteeID: mentee, category: .student, action: "Catch up on the algebra unit",
      subject: "Maths", staff: "Ms Varga", review: "2026-11-20", month: "2026-10",
      agreedBy: "Mr Adebayo", agreedAt: "2026-10-14T09:05:00Z", replaces: replaces)
  }

  /// A line of history for a mentee.
  static func event(_ text: String, mentee: String = "P101") -> HistoryEvent {
    HistoryEvent(menteeID: mentee, at: "2026-10-14T09:05:00Z", by: "Mr Adebayo", text: text)
  }

  /// How many rows a table holds, read straight from the file.
  func count(_ table: Table) throws -> Int {
    var count = 0
    try store.database.query(table.countSQL) { row in count = row.int(0) ?? 0 }
    return count
  }

  /// The tables a test counts rows of; each count is constant SQL.
  enum Table {
    case history, interventionChecks, meetingAgreed, meetingPraise, carers

    var countSQL: String {
      switch self {
      case .history: return "SELECT count(*) FROM audit WHERE mentee IS NOT NULL"
      case .interventionChecks: return "SELECT count(*) FROM intervention_checks"
      case .meetingAgreed: return "SELECT count(*) FROM meeting_agreed"
      case .meetingPraise: return "SELECT count(*) FROM meeting_praise"
      case .carers: return "SELECT count(*) FROM carers"
      }
    }
  }
}
