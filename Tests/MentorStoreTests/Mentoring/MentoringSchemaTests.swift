import MentorModel
import Testing

@testable import MentorStore

@Suite("Schema step 2 adds the mentoring tables to an existing database")
struct MentoringSchemaTests {
  @Test("A version 1 database upgrades to the newest version and keeps its mentees and results")
  func upgradeKeepsData() throws {
    try withTemporaryFolder { folder in
      let path = folder.file("old.mentor")
      do {
        let old = try Database(path: path)
        try old.migrate(Array(Schema.migrations.prefix(1)))
        try old.run(
          "INSERT INTO mentees (id, surname, forename, year, form, mentor)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
          "P201", "Haddad", "Noor", "9", "9R", "Ms Novak")
        try old.run("INSERT INTO subjects (name, scale) VALUES (?, ?)", "Art", "gcse")
        try old.run("INSERT INTO months (label, position) VALUES (?, ?)", "2026-09", 0)
        try old.run(
          "INSERT INTO results (mentee, subject, month, target, working_at, sheet)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
          "P201", "Art", "2026-09", "7", "6", "/sheets/9R.csv")
        #expect(try old.userVersion == 1)
      }

      let store = try Store(path: path)
      let school = try store.loadSchool()

      #expect(try store.database.userVersion == Schema.version)
      #expect(Schema.version == 12)
      #expect(school.mentees["P201"]?.mentor == "Ms Novak")
      let result = try #require(school.result(of: "P201", in: "Art", month: "2026-09"))
      #expect(result.target.text == "7")
      #expect(result.workingAt.text == "6")
      #expect(school.interventions.isEmpty)
      #expect(school.strategies == Strategy.seed)

      try store.record(HistoryEvent(menteeID: "P201", at: "t", by: "Ms Novak", text: "Met"))
      #expect(try store.history(of: "P201").count == 1)
    }
  }

  @Test("Loading the same data sheet again keeps every record about its mentees")
  func reloadingASheetKeepsRecords() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    try fixture.store.save(MentoringFixture.intervention(), event: nil)
    try fixture.store.saveCarers([
      Carer(menteeID: "P101", name: "Ada Okafor", relationship: "mother", email: "")
    ])
    try fixture.store.record(MentoringFixture.event("Met"))

    try fixture.loadSheet()

    let school = try fixture.reopened()
    #expect(school.interventions.count == 1)
    #expect(school.carers["P101"]?.count == 1)
    #expect(try fixture.store.history(of: "P101").count == 1)
  }
}
