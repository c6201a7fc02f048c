import MentorModel
import Testing

@testable import MentorStore

@Suite("Schema step 12 indexes only the interventions that replace one")
struct ReplacedIndexUpgradeTests {
  /// Runs `body` with the store of a version 11 database, upgraded, holding `I1`, `I2`
  /// which replaces it, and `I3`, which replaces none.
  static func withUpgraded(_ body: (Store) throws -> Void) throws {
    try withUpgradedStore(made: makeOld(at:), body)
  }

  /// A version 11 database at `path` holding the three interventions.
  static func makeOld(at path: String) throws {
    let old = try Database(path: path)
    try old.migrate(Array(Schema.migrations.prefix(11)))
    try old.exec(
      """
      INSERT INTO mentees (id, surname, forename) VALUES ('P1', 'Okonjo', 'Ife');
      INSERT INTO interventions (id, mentee, category, action, state, month, agreed_by,
          agreed_at, replaces)
        VALUES ('I1', 'P1', 'Student', 'Catch-up sessions', 'revised', '2026-10',
          'Mr Ng', '2026-10-01T09:00:00Z', NULL),
        ('I2', 'P1', 'Student', 'Lunchtime sessions', 'agreed', '2026-11', 'Mr Ng',
          '2026-11-01T09:00:00Z', 'I1'),
        ('I3', 'P1', 'Parent', 'Call home', 'agreed', '2026-11', 'Mr Ng',
          '2026-11-01T09:00:00Z', NULL);
      """)
  }

  /// The first column of each row `sql` returns, as text.
  static func column(_ sql: String, in database: Database) throws -> [String] {
    var found: [String] = []
    try database.query(sql) { row in found.append(row.string(0) ?? "") }
    return found
  }

  @Test("A version 11 database keeps its interventions, and the index holds only I2")
  func upgradeIndexesOnlyReplacements() throws {
    try Self.withUpgraded { store throws in
      let database = store.database
      #expect(try database.userVersion == Schema.version)
      #expect(try store.loadSchool().interventions["I2"]?.replaces == "I1")
      #expect(try store.loadSchool().interventions.count == 3)

      let index = try Self.column(
        "SELECT sql FROM sqlite_schema WHERE name = 'interventions_by_replaced'", in: database)
      #expect(index.count == 1)
      #expect(index.first?.hasSuffix("WHERE replaces IS NOT NULL") == true)
      let entries = try Self.column(
        "SELECT replaces FROM interventions INDEXED BY interventions_by_replaced"
          + " WHERE replaces IS NOT NULL", in: database)
      #expect(entries == ["I1"])

      // The search SQLite makes for the interventions that replace one being removed.
      var plan: [String] = []
      try database.query(
        "EXPLAIN QUERY PLAN SELECT id FROM interventions WHERE replaces = 'I1'"
      ) { row in plan.append(row.string(3) ?? "") }
      #expect(plan.contains { $0.contains("INDEX interventions_by_replaced") })
    }
  }

  @Test("An intervention another replaces cannot go first, and goes after it")
  func replacedInterventionStaysLinked() throws {
    try Self.withUpgraded { store throws in
      var refused = false
      do {
        try store.deleteIntervention("I1")
      } catch {
        refused = true
      }
      #expect(refused)
      #expect(try store.loadSchool().interventions.count == 3)

      try store.deleteIntervention("I2")
      try store.deleteIntervention("I1")
      #expect(try store.loadSchool().interventions.keys.sorted() == ["I3"])
    }
  }
}
