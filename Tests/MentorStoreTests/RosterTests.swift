import MentorModel
import Testing

@testable import MentorStore

@Suite("The roster is read at start, removed by any change to mentees and built again")
struct RosterTests {
  /// Runs `body` with a store on a new file, `school.mentor` in a temporary folder, holding
  /// two mentees written through the store.
  static func withStore(_ body: (Store, TemporaryFolder) throws -> Void) throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.file("school.mentor"))
      try store.transaction {
        try store.database.run(
          "INSERT INTO mentees (id, surname, forename, year, form, mentor)"
            + " VALUES ('R1', 'Quill', 'Tamsin', '9', '9C', 'Mr Ng'),"
            + " ('R2', 'Vane', 'Orrin', '10', '10A', '')")
      }
      try body(store, folder)
    }
  }

  /// Whether the roster row is in `database`.
  static func hasRoster(_ database: Database) throws -> Bool {
    var found = false
    try database.query("SELECT 1 FROM roster") { _ in found = true }
    return found
  }

  @Test("A change to mentees through the store builds the roster before it commits")
  func storeWriteBuildsIt() throws {
    try Self.withStore { store, _ throws in
      #expect(try Self.hasRoster(store.database))
      #expect(try RosterUpgradeTests.rosterOf(store.database).keys.sorted() == ["R1", "R2"])
      #expect(try store.loadSchool().mentees["R1"]?.surname == "Quill")
    }
  }

  @Test("Start reads the mentees from the roster when it is there")
  func startReadsTheRoster() throws {
    try Self.withStore { store, _ throws in
      // Another name packed by hand, the table left as it was: start shows the roster's.
      try store.database.run(
        "UPDATE roster SET mentees = 1, packed = CAST('2:R15:Other6:Tamsin1:92:9C5:Mr Ng1:0'"
          + " AS BLOB)")

      let mentees = try store.loadSchool().mentees
      #expect(mentees.count == 1)
      #expect(mentees["R1"]?.surname == "Other")
    }
  }

  @Test(
    "Another program's change to mentees removes the roster; start reads the table",
    arguments: [
      "UPDATE mentees SET surname = 'Quilter' WHERE id = 'R1'",
      "INSERT INTO mentees (id, surname) VALUES ('R3', 'Wren')",
      "DELETE FROM mentees WHERE id = 'R2'",
    ])
  func otherWritersRemoveIt(sql: String) throws {
    try Self.withStore { store, folder throws in
      let other = try Database(path: folder.file("school.mentor"))
      try other.run(sql)

      #expect(try !Self.hasRoster(store.database))
      var table: [String: String] = [:]
      try store.database.query("SELECT id, surname FROM mentees") { row in
        table[row.string(0) ?? ""] = row.string(1) ?? ""
      }
      #expect(try store.loadSchool().mentees.mapValues(\.surname) == table)

      // The store's next commit, of anything, builds it again from the table.
      try store.saveSetting("term", "spring")
      #expect(try RosterUpgradeTests.rosterOf(store.database).mapValues(\.surname) == table)
    }
  }

  @Test("A transaction undone leaves the roster as it was")
  func undoneKeepsIt() throws {
    try Self.withStore { store, _ throws in
      struct Stop: Error {}
      #expect(throws: DatabaseError.self) {
        try store.transaction {
          try store.database.run("UPDATE mentees SET surname = 'Gone'")
          throw Stop()
        }
      }
      #expect(try RosterUpgradeTests.rosterOf(store.database)["R1"]?.surname == "Quill")
      #expect(try store.loadSchool().mentees["R2"]?.surname == "Vane")
    }
  }

  /// Changes that leave the roster row not in the encoding, or miscounting its mentees.
  static let spoilers = [
    "UPDATE roster SET packed = CAST('2:R15:Quill' AS BLOB)",
    "UPDATE roster SET mentees = 3",
    "UPDATE roster SET packed = CAST('2:R10:0:0:0:0:1:2' AS BLOB), mentees = 1",
  ]

  @Test(
    "A roster not in the encoding, or miscounting its mentees, is a corrupt file",
    arguments: spoilers)
  func malformed(sql: String) throws {
    try Self.withStore { store, _ throws in
      try store.database.run(sql)

      #expect(throws: Roster.malformed) { try store.loadSchool() }
    }
  }
}
