import MentorModel
import Testing

@testable import MentorStore

@Suite("Schema step 7 writes the checks on categories and states without IN lists")
struct ChecksWithoutListsTests {
  /// The tables whose checks step 7 rewrites.
  static let tables = "('interventions', 'intervention_checks', 'escalations', 'strategies')"

  @Test("A version 6 database keeps its records, and its checks refuse what they refused")
  func upgradeKeepsRecordsAndChecks() throws {
    try withTemporaryFolder { folder in
      let path = folder.file("six.mentor")
      do {
        let old = try Database(path: path)
        try old.migrate(Array(Schema.migrations.prefix(6)))
        try old.run(
          "INSERT INTO mentees (id, surname, forename) VALUES (?, ?, ?)", "P401", "Okonjo",
          "Ife")
        try Self.insertIntervention(into: old, id: "I1", category: "Student", state: "agreed")
      }

      let store = try Store(path: path)
      let database = store.database
      #expect(try database.userVersion == Schema.version)
      var lists = -1
      try database.query(
        "SELECT count(*) FROM sqlite_schema WHERE name IN \(Self.tables) AND sql LIKE '% IN (%'"
      ) { row in lists = row.int(0) ?? -1 }
      #expect(lists == 0)
      #expect(try store.loadSchool().interventions["I1"]?.category == .student)

      try Self.insertIntervention(into: database, id: "I2", category: "Parent", state: "closed")
      #expect(throws: DatabaseError.self) {
        try Self.insertIntervention(into: database, id: "I3", category: "Pupil", state: "agreed")
      }
      #expect(throws: DatabaseError.self) {
        try Self.insertIntervention(into: database, id: "I4", category: "Parent", state: "done")
      }
      #expect(throws: DatabaseError.self) {
        try database.run(
          "INSERT INTO intervention_checks (intervention, state, checked_by, checked_at)"
            + " VALUES ('I1', 'finished', 'Mr Varga', 't')")
      }
      #expect(throws: DatabaseError.self) {
        try database.run(
          "INSERT INTO escalations (id, mentee, recipient, reason, state, raised_by, raised_at)"
            + " VALUES ('E1', 'P401', 'Ms Sato', 'r', 'lost', 'Mr Varga', 't')")
      }
      #expect(throws: DatabaseError.self) {
        try database.run(
          "INSERT INTO strategies (category, problem, strategy) VALUES ('Pupil', 'p', 's')")
      }
    }
  }

  private static func insertIntervention(
    into database: Database, id: String, category: String, state: String
  ) throws {
    try database.run(
      "INSERT INTO interventions (id, mentee, category, action, state, month, agreed_by,"
        + " agreed_at) VALUES (?, 'P401', ?, 'reads each evening', ?, '2026-09', 'Mr Varga',"
        + " '2026-09-10T09:00:00Z')",
      .text(id), .text(category), .text(state))
  }
}
