import MentorModel
import Testing

@testable import MentorStore

@Suite("Schema step 7 keeps only the not-working flags that say why it is not working")
struct ReviewDueMigrationTests {
  @Test("A flag for a passed review date alone is cleared; one for no improvement stays")
  func passedReviewFlagsCleared() throws {
    try withTemporaryFolder { folder in
      let path = folder.file("six.mentor")
      do {
        let old = try Database(path: path)
        try old.migrate(Array(Schema.migrations.prefix(6)))
        try old.run(
          "INSERT INTO mentees (id, surname, forename, year, form, mentor)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
          "P401", "Okafor", "Ines", "11", "11C", "Mr Varga")
        let flags = [
          ("I1", "review date 2026-11-06 has passed"),
          ("I2", "Maths has not improved since 2026-10"),
        ]
        for (id, flag) in flags {
          try old.run(
            "INSERT INTO interventions (id, mentee, category, action, review, state, month,"
              + " agreed_by, agreed_at, not_working) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            .text(id), "P401", "Student", "Maths club", "2026-11-06", "implemented", "2026-10",
            "Mr Varga", "2026-10-14T09:00:00Z", .text(flag))
        }
      }

      let school = try Store(path: path).loadSchool()

      #expect(school.interventions["I1"]?.notWorkingFlag == nil)
      #expect(school.interventions["I1"]?.flag(today: "2026-12-04") == .reviewDue("2026-11-06"))
      #expect(
        school.interventions["I2"]?.notWorkingFlag == "Maths has not improved since 2026-10")
    }
  }
}
