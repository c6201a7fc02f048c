import MentorModel
import Testing

@testable import MentorStore

@Suite("Schema step 6 keeps every result and the sheet each came from")
struct CompactResultsTests {
  @Test("Results of a version 5 database keep their grades and their sheets")
  func upgradeKeepsResultsAndSheets() throws {
    try withTemporaryFolder { folder in
      let path = folder.file("five.mentor")
      do {
        let old = try Database(path: path)
        try old.migrate(Array(Schema.migrations.prefix(5)))
        try old.run(
          "INSERT INTO mentees (id, surname, forename, year, form, mentor)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
          "P301", "Lindqvist", "Edda", "10", "10K", "Mr Varga")
        for subject in ["Art", "Maths"] {
          try old.run(
            "INSERT INTO subjects (name, scale) VALUES (?, ?)", .text(subject), "gcse")
        }
        for (position, month) in ["2026-09", "2026-10"].enumerated() {
          try old.run(
            "INSERT INTO months (label, position) VALUES (?, ?)", .text(month),
            SQLValue(position))
        }
        let rows: [(String, String, String, String)] = [
          ("Art", "2026-09", "5", "/sheets/september.csv"),
          ("Maths", "2026-09", "4", "/sheets/september.csv"),
          ("Maths", "2026-10", "6", "/sheets/october.csv"),
        ]
        for (subject, month, grade, sheet) in rows {
          try old.run(
            "INSERT INTO results (mentee, subject, month, target, working_at, sheet)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
            "P301", .text(subject), .text(month), "7", .text(grade), .text(sheet))
        }
      }

      let store = try Store(path: path)
      let school = try store.loadSchool()
      #expect(try store.database.userVersion == Schema.version)
      #expect(school.resultCount == 3)
      #expect(school.result(of: "P301", in: "Maths", month: "2026-10")?.workingAt.text == "6")
      let september = try store.resultKeys(ofSheet: "/sheets/september.csv", month: "2026-09")
      #expect(Set(september.map(\.subject)) == ["Art", "Maths"])
      let october = try store.resultKeys(ofSheet: "/sheets/october.csv", month: "2026-10")
      #expect(october.map(\.subject) == ["Maths"])
      #expect(try store.resultKeys(ofSheet: "/sheets/october.csv", month: "2026-09").isEmpty)
    }
  }
}
