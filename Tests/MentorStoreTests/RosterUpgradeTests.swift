import MentorModel
import Testing

@testable import MentorStore

@Suite("Schema step 11 packs every mentee into one roster row")
struct RosterUpgradeTests {
  /// Mentees as a version 10 database holds them, with texts that could end a field early
  /// or be read as the next one if the encoding were not by length: colons, digits,
  /// quotes, line breaks, a NUL, letters of several bytes, and empty and long fields.
  static let mentees: [Mentee] = [
    Mentee(
      id: "P1", surname: "3:ab", forename: "Zoë \"Jo\"", year: "10", form: "10:A",
      mentor: "Ms O'Hara\n0:"),
    Mentee(id: "P2", surname: "", forename: "", year: "", form: "", mentor: ""),
    Mentee(
      id: "P3", surname: "数学 🧪", forename: "a\u{0}b", year: "1", form: "",
      mentor: String(repeating: "y", count: 120)),
    Mentee(
      id: "erased-1", surname: "", forename: "", year: "11", form: "11B", mentor: "Mr Ng",
      isErased: true),
  ]

  /// A version 10 database at `path` holding `mentees`.
  static func makeOld(at path: String) throws {
    let old = try Database(path: path)
    try old.migrate(Array(Schema.migrations.prefix(10)))
    for mentee in mentees {
      try old.run(
        "INSERT INTO mentees (id, surname, forename, year, form, mentor, erased_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        .text(mentee.id), .text(mentee.surname), .text(mentee.forename), .text(mentee.year),
        .text(mentee.form), .text(mentee.mentor),
        mentee.isErased ? .text("2026-11-01T09:00:00Z") : .null)
    }
  }

  /// The mentees the roster row of `database` holds, by id.
  static func rosterOf(_ database: Database) throws -> [String: Mentee] {
    var mentees: [String: Mentee] = [:]
    var stored: (Int, [UInt8])?
    try database.query("SELECT mentees, packed FROM roster") { row in
      stored = (row.int(0) ?? 0, row.blob(1) ?? [])
    }
    guard let (count, bytes) = stored else { return [:] }
    try Roster.decode(bytes, count: count, into: &mentees)
    return mentees
  }

  /// Runs `body` with the store of a version 10 database holding `mentees`, upgraded.
  static func withUpgraded(_ body: (Store) throws -> Void) throws {
    try withTemporaryFolder { folder in
      let path = folder.file("ten.mentor")
      try makeOld(at: path)
      try body(try Store(path: path))
    }
  }

  @Test("A version 10 database gains a roster holding every mentee exactly")
  func upgradeBuildsTheRoster() throws {
    try Self.withUpgraded { store throws in
      #expect(try store.database.userVersion == Schema.version)

      let roster = try Self.rosterOf(store.database)
      #expect(roster.count == Self.mentees.count)
      for mentee in Self.mentees {
        let found = roster[mentee.id]
        #expect(found == mentee)
        #expect(found.map { Array($0.forename.utf8) } == Array(mentee.forename.utf8))
        #expect(found.map { Array($0.mentor.utf8) } == Array(mentee.mentor.utf8))
      }
      #expect(try store.loadSchool().mentees == roster)
    }
  }

  @Test("The step's SQL writes the same bytes as the store's own rebuilding")
  func sqlEncodingMatchesSwift() throws {
    try Self.withUpgraded { store throws in
      func packed() throws -> [UInt8] {
        var bytes: [UInt8] = []
        try store.database.query("SELECT packed FROM roster") { bytes = $0.blob(0) ?? [] }
        return bytes
      }
      let fromSQL = try packed()
      try store.database.run("DELETE FROM roster")
      try Roster.rebuild(in: store.database)

      #expect(try packed() == fromSQL)
      #expect(!fromSQL.isEmpty)
    }
  }

  @Test("A version 10 database with no mentees gains an empty roster")
  func upgradeWithNoMentees() throws {
    try withTemporaryFolder { folder in
      let path = folder.file("empty.mentor")
      try Database(path: path).migrate(Array(Schema.migrations.prefix(10)))
      let store = try Store(path: path)
      var count: Int?
      try store.database.query("SELECT mentees FROM roster") { count = $0.int(0) }
      #expect(count == 0)
      #expect(try store.loadSchool().mentees.isEmpty)
    }
  }
}
