import MentorModel
import Testing

@testable import MentorStore

@Suite("Schema step 10 packs every result of a mentee and month into one row")
struct PackedResultsUpgradeTests {
  /// One result as a version 9 database holds it: mentee, month, subject, target, working
  /// at, predicted, effort, homework and the sheet's name.
  typealias OldRow = (
    mentee: String, month: String, subject: String, target: String, workingAt: String,
    predicted: String, effort: Int?, homework: String, sheet: String
  )

  static let rows: [OldRow] = [
    ("P1", "2026-09", "Art", "7", "5", "", 2, "", "/sheets/a.csv"),
    ("P1", "2026-09", "Maths: \"Set 1\"", "6", "", "6", nil, "3:late\n0:", "/sheets/b.csv"),
    ("P1", "2026-09", "Zoë's Music", "", "", "", 0, "数学 🧪", "/sheets/a.csv"),
    ("P1", "2026-10", "Art", "8", "6", "7", 4, String(repeating: "y", count: 120), "/sheets/a.csv"),
    ("P2", "2026-09", "Art", "", "", "", nil, "", "/sheets/b.csv"),
  ]

  /// Runs `body` with the store of a version 9 database holding `rows`, upgraded.
  static func withUpgraded(_ body: (Store) throws -> Void) throws {
    try withTemporaryFolder { folder in
      let path = folder.file("nine.mentor")
      try makeOld(at: path)
      try body(try Store(path: path))
    }
  }

  /// A version 9 database at `path` holding `rows`.
  static func makeOld(at path: String) throws {
    let old = try Database(path: path)
    try old.migrate(Array(Schema.migrations.prefix(9)))
    for id in ["P1", "P2"] {
      try old.run("INSERT INTO mentees (id) VALUES (?)", .text(id))
    }
    for (position, month) in ["2026-09", "2026-10"].enumerated() {
      try old.run(
        "INSERT INTO months (label, position) VALUES (?, ?)", .text(month), SQLValue(position))
    }
    for sheet in ["/sheets/a.csv", "/sheets/b.csv"] {
      try old.run("INSERT INTO sheets (name) VALUES (?)", .text(sheet))
    }
    for row in rows {
      try old.run(
        "INSERT OR IGNORE INTO subjects (name, scale) VALUES (?, 'gcse')", .text(row.subject))
      try old.run(
        "INSERT INTO results (mentee, month, subject, target, working_at, predicted, effort,"
          + " homework, sheet) SELECT ?, ?, ?, ?, ?, ?, ?, ?, id FROM sheets WHERE name = ?",
        .text(row.mentee), .text(row.month), .text(row.subject), .text(row.target),
        .text(row.workingAt), .text(row.predicted), row.effort.map { SQLValue($0) } ?? .null,
        .text(row.homework), .text(row.sheet))
    }
  }

  @Test("A version 9 database keeps every result, its cells exact and its sheet")
  func upgradeKeepsEveryResult() throws {
    try Self.withUpgraded { store in
      #expect(try store.database.userVersion == Schema.version)
      var counts: [String] = []
      try store.database.query(
        "SELECT mentee, month, subjects FROM results ORDER BY mentee, month"
      ) { row in
        counts.append("\(row.string(0) ?? "") \(row.string(1) ?? "") \(row.int(2) ?? 0)")
      }
      #expect(counts == ["P1 2026-09 3", "P1 2026-10 1", "P2 2026-09 1"])

      let read = try StoredResultReader(database: store.database).allResults(scales: [:])
      #expect(read.count == Self.rows.count)
      for row in Self.rows {
        let found = read.first {
          $0.menteeID == row.mentee && $0.month == row.month && $0.subject == row.subject
        }
        #expect(found?.target.text == row.target)
        #expect(found?.workingAt.text == row.workingAt)
        #expect(found?.predicted.text == row.predicted)
        #expect(found?.effort == row.effort)
        #expect(found.map { Array($0.homework.utf8) } == Array(row.homework.utf8))
      }
      let fromB = try store.resultKeys(ofSheet: "/sheets/b.csv", month: "2026-09")
      #expect(
        Set(fromB.map { "\($0.menteeID) \($0.subject)" })
          == ["P1 Maths: \"Set 1\"", "P2 Art"])
      #expect(try store.resultKeys(ofSheet: "/sheets/a.csv", month: "2026-10").count == 1)
    }
  }

  @Test("The step's SQL writes the same bytes as the store's own encoding")
  func sqlEncodingMatchesSwift() throws {
    try Self.withUpgraded { store in

      var stored: [UInt8] = []
      try store.database.query(
        "SELECT cells FROM results WHERE mentee = 'P1' AND month = '2026-09'"
      ) { row in stored = row.blob(0) ?? [] }
      let writer = ResultCells.Writer()
      for cell in try ResultCells.decode(stored) { writer.append(cell) }
      #expect(writer.bytes == stored)
      #expect(
        try ResultCells.decode(stored).map(\.subject).sorted()
          == ["Art", "Maths: \"Set 1\"", "Zoë's Music"])
    }
  }
}
