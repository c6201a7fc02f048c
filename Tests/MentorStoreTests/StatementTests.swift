import CSQLite
import MentorStore
import Testing

@Suite("Statements are cached, bound safely and reset")
struct StatementTests {
  @Test func preparingTheSameSQLAgainReusesTheStatement() throws {
    let database = try Database.inMemory()

    let first = try database.prepare("SELECT 1")
    let second = try database.prepare("SELECT 1")
    let other = try database.prepare("SELECT 2")

    #expect(first === second)
    #expect(first !== other)
  }

  @Test func aReusedStatementStartsWithNoBindings() throws {
    let database = try Database.inMemory()
    try database.prepare("SELECT ?").bind(5, at: 1)

    let again = try database.prepare("SELECT ?")

    #expect(try again.step())
    #expect(again.isNull(0))
  }

  @Test func aQueryInsideTheSameQueryGetsItsOwnStatement() throws {
    let database = try Database.inMemory()
    try database.exec("CREATE TABLE mentee(id INTEGER); INSERT INTO mentee VALUES (1), (2), (3)")

    var pairs: [[Int?]] = []
    try database.query("SELECT id FROM mentee ORDER BY id") { outer in
      try database.query("SELECT id FROM mentee ORDER BY id") { inner in
        pairs.append([outer.int(0), inner.int(0)])
      }
    }

    #expect(pairs.count == 9)
    #expect(pairs.first == [1, 1])
    #expect(pairs.last == [3, 3])
  }

  @Test func aStatementRunsAgainWithNewValues() throws {
    let database = try Database.inMemory()
    try database.exec("CREATE TABLE mentee(name TEXT)")

    let insert = try database.prepare("INSERT INTO mentee(name) VALUES (?)")
    for name in ["Ada", "Ben", "Cai"] {
      try insert.run(.text(name))
    }

    var names: [String?] = []
    try database.query("SELECT name FROM mentee ORDER BY name") { row in
      names.append(row.string(0))
    }
    #expect(names == ["Ada", "Ben", "Cai"])
  }

  @Test func textsOfEveryLengthRunAfterOneAnotherKeepTheirBytes() throws {
    let database = try Database.inMemory()
    try database.exec("CREATE TABLE note(n INTEGER, a TEXT, b TEXT, c TEXT)")

    // Short texts, then ones longer than any run before, then short again, with empty
    // text, NULL and text beyond ASCII among them: each row reads back as bound.
    let rows: [[SQLValue]] = [
      [1, "Ada", "", "Zoë"],
      [2, .text(String(repeating: "long ", count: 100)), nil, "Ben"],
      [3, .text(String(repeating: "Brontë ", count: 300)), "Cai", ""],
      [4, "Dee", .text(String(repeating: "x", count: 1000)), nil],
    ]
    let insert = try database.prepare("INSERT INTO note VALUES (?, ?, ?, ?)")
    for row in rows { try insert.run(row) }

    var read: [[SQLValue]] = []
    try database.query("SELECT n, a, b, c FROM note ORDER BY n") { row in
      read.append(
        [.integer(Int64(row.int(0) ?? 0))]
          + (1...3).map { row.string($0).map(SQLValue.text) ?? .null })
    }
    #expect(read == rows)
  }

  @Test func tooFewOrTooManyValuesAreRefused() throws {
    let database = try Database.inMemory()
    let sql = "SELECT ?, ?"

    #expect(throws: DatabaseError.parameterCount(expected: 2, given: 1, sql: sql)) {
      try database.run(sql, 1)
    }
    #expect(throws: DatabaseError.parameterCount(expected: 2, given: 3, sql: sql)) {
      try database.run(sql, 1, 2, 3)
    }
  }

  @Test func prepareRefusesTextWithoutExactlyOneStatement() throws {
    let database = try Database.inMemory()

    for sql in ["", "  -- nothing here", "SELECT 1; SELECT 2", "SELECT 1; nonsense"] {
      #expect(throws: DatabaseError.notOneStatement(sql: sql)) {
        _ = try database.prepare(sql)
      }
    }
    _ = try database.prepare("SELECT 1; -- a trailing comment is fine")
  }

  @Test func execRunsSeveralStatementsButRefusesParameters() throws {
    let database = try Database.inMemory()

    try database.exec(
      """
      CREATE TABLE mentee(name TEXT);
      -- a comment between statements
      INSERT INTO mentee VALUES ('Ada');
      INSERT INTO mentee VALUES ('Ben');
      """)
    let withParameter = "DELETE FROM mentee WHERE name = ?"
    #expect(throws: DatabaseError.parameterCount(expected: 1, given: 0, sql: withParameter)) {
      try database.exec(withParameter)
    }

    var count: Int?
    try database.query("SELECT count(*) FROM mentee") { count = $0.int(0) }
    #expect(count == 2)
  }

  @Test func breakingAUniqueRuleIsAConstraintError() throws {
    let database = try Database.inMemory()
    try database.exec("CREATE TABLE mentee(upn TEXT UNIQUE)")
    try database.run("INSERT INTO mentee VALUES (?)", "A123")

    let error = databaseError { try database.run("INSERT INTO mentee VALUES (?)", "A123") }

    guard case .constraint(let detail) = error else {
      Issue.record("Expected a constraint error, got \(String(describing: error))")
      return
    }
    #expect(detail.contains("UNIQUE"))
  }

  @Test func foreignKeysAreEnforced() throws {
    let database = try Database.inMemory()
    try database.exec(
      """
      CREATE TABLE mentee(id INTEGER PRIMARY KEY);
      CREATE TABLE result(mentee INTEGER NOT NULL REFERENCES mentee(id));
      """)

    let error = databaseError { try database.run("INSERT INTO result VALUES (?)", 99) }

    guard case .constraint(let detail) = error else {
      Issue.record("Expected a constraint error, got \(String(describing: error))")
      return
    }
    #expect(detail.contains("FOREIGN KEY"))
  }

  @Test func badSQLIsAnSQLiteErrorWithItsCode() throws {
    let database = try Database.inMemory()

    let error = databaseError { _ = try database.prepare("SELEKT 1") }

    guard case .sqlite(let code, let message) = error else {
      Issue.record("Expected an SQLite error, got \(String(describing: error))")
      return
    }
    #expect(code == SQLITE_ERROR)
    #expect(message.contains("syntax error"))
  }

  @Test func insertsReportTheirRowIDAndChanges() throws {
    let database = try Database.inMemory()
    try database.exec("CREATE TABLE mentee(id INTEGER PRIMARY KEY, name TEXT)")

    try database.run("INSERT INTO mentee(id, name) VALUES (?, ?)", 41, "Ada")
    #expect(database.lastInsertedRowID == 41)

    try database.run("UPDATE mentee SET name = ?", "Ada Lovelace")
    #expect(database.changes == 1)
  }

  @Test func aThrowingRowStopsTheQueryAndLeavesTheStatementReady() throws {
    struct Stop: Error {}
    let database = try Database.inMemory()
    try database.exec("CREATE TABLE number(value); INSERT INTO number VALUES (1), (2), (3)")

    var seen: [Int?] = []
    #expect(throws: Stop.self) {
      try database.query("SELECT value FROM number") { row in
        seen.append(row.int(0))
        throw Stop()
      }
    }
    try database.query("SELECT value FROM number") { seen.append($0.int(0)) }

    #expect(seen == [1, 1, 2, 3])
  }

  @Test func columnNamesAndCountDescribeTheResult() throws {
    let database = try Database.inMemory()

    let statement = try database.prepare("SELECT 1 AS year, 'Ada' AS name")

    #expect(statement.columnCount == 2)
    #expect(statement.columnName(0) == "year")
    #expect(statement.columnName(1) == "name")
  }
}
