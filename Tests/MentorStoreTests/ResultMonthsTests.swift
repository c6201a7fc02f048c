import MentorModel
import Testing

@testable import MentorStore

@Suite("The months a mentee has results in are read from the file")
struct ResultMonthsTests {
  @Test("Each month with a result of the mentee's, and no other mentee's")
  func monthsOfOneMentee() throws {
    let store = try Store.inMemory()
    let database = store.database
    try database.run("INSERT INTO sheets (id, name) VALUES (1, '/sheets/year.csv')")
    let rows: [(String, String, [String])] = [
      ("B1", "2026-09", ["Art", "Maths"]), ("B1", "2026-11", ["Maths"]),
      ("B1", "2027-02", ["Art"]), ("B10", "2026-10", ["Art"]), ("B10", "2027-03", ["Maths"]),
      ("A9", "2026-12", ["Art"]),
    ]
    for (mentee, month, subjects) in rows {
      let cells = ResultCells.Writer()
      for subject in subjects {
        cells.append(
          subject: subject, sheet: 1, target: "7", workingAt: "6", predicted: "",
          effort: nil, homework: "")
      }
      try database.run(
        "INSERT INTO results (mentee, month, subjects, cells) VALUES (?, ?, ?, ?)",
        .text(mentee), .text(month), SQLValue(cells.count), .blob(cells.bytes))
    }
    let reader = StoredResultReader(database: database)
    let expected: [String: Set<String>] = [
      "B1": ["2026-09", "2026-11", "2027-02"], "B10": ["2026-10", "2027-03"],
      "A9": ["2026-12"], "B2": [],
    ]
    for (mentee, months) in expected {
      for month in ["2026-09", "2026-10", "2026-11", "2026-12", "2027-02", "2027-03"] {
        #expect(
          try reader.hasResults(of: mentee, in: month) == months.contains(month),
          "\(mentee) in \(month)")
      }
    }
  }
}
