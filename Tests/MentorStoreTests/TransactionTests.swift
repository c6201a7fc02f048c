import MentorStore
import Testing

@Suite("Transactions keep all of their changes or none")
struct TransactionTests {
  struct Failure: Error {}

  /// A database with an empty `mentee` table.
  func makeDatabase() throws -> Database {
    let database = try Database.inMemory()
    try database.exec("CREATE TABLE mentee(name TEXT NOT NULL)")
    return database
  }

  /// The names in the `mentee` table, in order.
  func names(in database: Database) throws -> [String] {
    var names: [String] = []
    try database.query("SELECT name FROM mentee ORDER BY rowid") { row in
      names.append(row.string(0) ?? "")
    }
    return names
  }

  @Test func committedChangesAreKept() throws {
    let database = try makeDatabase()

    let count = try database.transaction {
      try database.run("INSERT INTO mentee VALUES (?)", "Ada")
      try database.run("INSERT INTO mentee VALUES (?)", "Ben")
      return 2
    }

    #expect(count == 2)
    #expect(try names(in: database) == ["Ada", "Ben"])
  }

  @Test func aThrowingBodyLeavesNothingBehind() throws {
    let database = try makeDatabase()

    #expect(throws: Failure.self) {
      try database.transaction {
        try database.run("INSERT INTO mentee VALUES (?)", "Ada")
        throw Failure()
      }
    }

    #expect(try names(in: database) == [])
  }

  @Test func aDatabaseErrorInsideRollsBackEarlierChanges() throws {
    let database = try makeDatabase()

    #expect(throws: DatabaseError.self) {
      try database.transaction {
        try database.run("INSERT INTO mentee VALUES (?)", "Ada")
        try database.run("INSERT INTO mentee VALUES (?)", nil)
      }
    }

    #expect(try names(in: database) == [])
  }

  @Test func aFailedNestedTransactionUndoesOnlyItsOwnChanges() throws {
    let database = try makeDatabase()

    try database.transaction {
      try database.run("INSERT INTO mentee VALUES (?)", "Ada")
      try? database.transaction {
        try database.run("INSERT INTO mentee VALUES (?)", "Ben")
        throw Failure()
      }
      try database.run("INSERT INTO mentee VALUES (?)", "Cai")
    }

    #expect(try names(in: database) == ["Ada", "Cai"])
  }

  @Test func aNestedTransactionIsUndoneWithItsOuterOne() throws {
    let database = try makeDatabase()

    #expect(throws: Failure.self) {
      try database.transaction {
        try database.transaction {
          try database.run("INSERT INTO mentee VALUES (?)", "Ben")
        }
        throw Failure()
      }
    }

    #expect(try names(in: database) == [])
  }

  @Test func threeLevelsNestAndCommit() throws {
    let database = try makeDatabase()

    try database.transaction {
      try database.transaction {
        try database.transaction {
          try database.run("INSERT INTO mentee VALUES (?)", "Ada")
        }
        try database.run("INSERT INTO mentee VALUES (?)", "Ben")
      }
    }

    #expect(try names(in: database) == ["Ada", "Ben"])
  }

  @Test func aCommitThatFailsRollsBackAndTheNextTransactionWorks() throws {
    let database = try Database.inMemory()
    try database.exec(
      """
      CREATE TABLE mentee(id INTEGER PRIMARY KEY);
      CREATE TABLE result(
        mentee INTEGER REFERENCES mentee(id) DEFERRABLE INITIALLY DEFERRED
      );
      """)

    let error = databaseError {
      try database.transaction {
        try database.run("INSERT INTO result VALUES (?)", 7)
      }
    }
    guard case .constraint = error else {
      Issue.record("Expected a constraint error at commit, got \(String(describing: error))")
      return
    }

    try database.transaction {
      try database.run("INSERT INTO mentee VALUES (?)", 7)
      try database.run("INSERT INTO result VALUES (?)", 7)
    }
    var count: Int?
    try database.query("SELECT count(*) FROM result") { count = $0.int(0) }
    #expect(count == 1)
  }
}
