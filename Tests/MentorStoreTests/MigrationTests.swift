import MentorStore
import Testing

@Suite("Migrations bring the schema up to date once")
struct MigrationTests {
  static let steps: [(version: Int, sql: String)] = [
    (1, "CREATE TABLE mentee(id INTEGER PRIMARY KEY, name TEXT NOT NULL)"),
    (2, "ALTER TABLE mentee ADD COLUMN tutor_group TEXT"),
    (3, "CREATE INDEX mentee_by_group ON mentee(tutor_group)"),
  ]

  /// Whether a table or index called `name` exists.
  func exists(_ name: String, in database: Database) throws -> Bool {
    var found = false
    try database.query("SELECT 1 FROM sqlite_schema WHERE name = ?", .text(name)) { _ in
      found = true
    }
    return found
  }

  @Test func aNewDatabaseIsAtVersionZero() throws {
    let database = try Database.inMemory()

    #expect(try database.userVersion == 0)
  }

  @Test func userVersionReadsBackWhatWasSet() throws {
    let database = try Database.inMemory()

    try database.setUserVersion(12)

    #expect(try database.userVersion == 12)
  }

  @Test func allStepsRunOnceAndRecordTheLastVersion() throws {
    let database = try Database.inMemory()

    #expect(try database.migrate(Self.steps) == 3)
    #expect(try database.migrate(Self.steps) == 0)

    #expect(try database.userVersion == 3)
    #expect(try exists("mentee_by_group", in: database))
  }

  @Test func onlyTheMissingStepsRun() throws {
    let database = try Database.inMemory()
    try database.migrate(Array(Self.steps.prefix(1)))

    let applied = try database.migrate(Self.steps)

    #expect(applied == 2)
    #expect(try database.userVersion == 3)
  }

  @Test func aDatabaseFromANewerMentorIsRefusedAndLeftAlone() throws {
    let database = try Database.inMemory()
    try database.setUserVersion(7)

    #expect(throws: DatabaseError.newerSchema(found: 7, supported: 3)) {
      try database.migrate(Self.steps)
    }

    #expect(try database.userVersion == 7)
    #expect(try !exists("mentee", in: database))
  }

  @Test func aFailingStepLeavesTheDatabaseAsItWas() throws {
    let database = try Database.inMemory()
    let steps = Self.steps + [(version: 4, sql: "ALTER TABLE nowhere ADD COLUMN x")]

    #expect(throws: DatabaseError.self) {
      try database.migrate(steps)
    }

    #expect(try database.userVersion == 0)
    #expect(try !exists("mentee", in: database))
  }

  @Test func migrationsOnAFileAreSeenOnReopening() throws {
    try withTemporaryFolder { folder in
      let path = folder.file("school.mentor")
      try Database(path: path).migrate(Self.steps)

      let reopened = try Database(path: path)

      #expect(try reopened.userVersion == 3)
      #expect(try reopened.migrate(Self.steps) == 0)
    }
  }
}
