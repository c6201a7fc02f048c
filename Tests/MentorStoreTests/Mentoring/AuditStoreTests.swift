import Foundation
import MentorModel
import Testing

@testable import MentorStore

@Suite("The audit keeps every change, and erasure leaves no trace of the mentee in the file")
struct AuditStoreTests {
  @Test("Schema step 9 moves every line of history into the audit, in order")
  func upgradeFromStepEight() throws {
    try withTemporaryFolder { folder in
      let path = folder.file("eight.mentor")
      do {
        let old = try Database(path: path)
        try old.migrate(Array(Schema.migrations.prefix(8)))
        try old.run("INSERT INTO mentees (id, surname, forename) VALUES ('P401', 'Okafor', 'Ines')")
        for text in ["Opened meeting M1", "Praised for Maths"] {
          try old.run(
            "INSERT INTO history (mentee, recorded_at, recorded_by, text) VALUES (?, ?, ?, ?)",
            "P401", "2026-10-14T09:00:00Z", "Mr Varga", .text(text))
        }
      }

      let store = try Store(path: path)

      #expect(try store.database.userVersion == Schema.version)
      let events = try store.history(of: "P401")
      #expect(events.map(\.text) == ["Opened meeting M1", "Praised for Maths"])
      #expect(events.allSatisfy { $0.kind == "record" && $0.by == "Mr Varga" })
      #expect(throws: DatabaseError.self) { try store.database.exec("SELECT * FROM history") }
      #expect(throws: DatabaseError.self) { try store.database.exec("DELETE FROM audit") }
    }
  }

  @Test("A school-wide change is a row with no mentee; rows are read by mentee and date")
  func schoolWideRows() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    try fixture.store.audit(
      AuditEntry(
        at: "2026-11-01T08:00:00Z", by: "Ms Adeyemi", kind: "setting", what: "Changed it",
        before: "1", after: "2"))
    try fixture.store.record(MentoringFixture.event("Met"))

    let all = try fixture.store.auditEntries()
    #expect(all.map(\.kind) == ["setting", "record"])
    #expect(all[0].menteeID == nil && all[0].before == "1" && all[0].after == "2")
    #expect(try fixture.store.auditEntries(about: "P101").map(\.what) == ["Met"])
    #expect(try fixture.store.auditEntries(since: "2026-10-20").map(\.kind) == ["setting"])
  }

  @Test("Erasure keeps year, form, mentor and results under a key, and blanks every word")
  func erasureKeepsCounts() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }
    try fixture.store.saveCarers([
      Carer(menteeID: "P101", name: "Grace Okafor", relationship: "Mother", email: "g@home.example")
    ])
    try fixture.store.save(MentoringFixture.intervention(), event: MentoringFixture.event("Agreed"))

    let keys = try fixture.store.erase(["P101"], at: "2026-12-04T10:00:00Z", by: "Ms Adeyemi")

    let school = try fixture.reopened()
    let kept = try #require(school.mentees[keys[0]])
    #expect(kept.form == "10K" && kept.mentor == "Mr Adebayo" && kept.displayName == keys[0])
    #expect(school.mentees["P101"] == nil)
    #expect(school.results(of: keys[0])["Maths"]?["2026-10"] != nil)
    #expect(school.carers[keys[0]] == nil && school.carers["P101"] == nil)
    #expect(school.interventions["I1"]?.menteeID == keys[0])
    #expect(school.interventions["I1"]?.action == "")
    #expect(kept.isErased)
    #expect(school.mentees.values.filter(\.isErased).count == 1)
    #expect(try fixture.store.leftOn(keys[0]) == "2026-12-04")
  }

  @Test(
    "An erased mentee's audit rows cannot be changed further, nor removed",
    arguments: [
      "UPDATE audit SET at = '2020-01-01T00:00:00Z'",
      "UPDATE audit SET by = 'Someone else'",
      "UPDATE audit SET what = 'Put back'",
      "UPDATE audit SET mentee = 'P102', what = NULL",
      "DELETE FROM audit",
    ])
  func erasedRowsStay(sql: String) throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }
    try fixture.store.record(MentoringFixture.event("Met"))
    _ = try fixture.store.erase(["P101"], at: "2026-12-04T10:00:00Z", by: "Ms Adeyemi")

    let error = databaseError { try fixture.store.database.exec(sql) }

    guard case .constraint(let detail) = error else {
      Issue.record("Expected the trigger to refuse it, got \(String(describing: error))")
      return
    }
    #expect(detail.contains("append-only"))
  }

  @Test("After erasure no byte of the mentee's name, id, notes or carers is in the file")
  func noTraceInTheFile() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }
    try fixture.store.saveCarers([
      Carer(
        menteeID: "P101", name: "Grace Okafor", relationship: "Mother",
        email: "grace.okafor@home.example")
    ])
    var intervention = MentoringFixture.intervention()
    intervention.action = "Quizzical zebra homework club"
    try fixture.store.save(
      intervention, event: MentoringFixture.event("Agreed: Quizzical zebra homework club"))
    let traces = ["P101", "Ines", "Okafor", "Quizzical zebra", "grace.okafor"]
    #expect(try Self.found(traces, in: fixture.path) == traces)

    _ = try fixture.store.erase(["P101"], at: "2026-12-04T10:00:00Z", by: "Ms Adeyemi")
    try fixture.store.scrub()

    #expect(try Self.found(traces, in: fixture.path) == [])
    #expect(try Self.found(["Tomasz", "P102"], in: fixture.path) == ["Tomasz", "P102"])
  }

  /// Those of `texts` whose UTF-8 bytes are in the database file or its -wal file.
  static func found(_ texts: [String], in path: String) throws -> [String] {
    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    if let log = FileManager.default.contents(atPath: path + "-wal") { bytes.append(log) }
    return texts.filter { bytes.range(of: Data($0.utf8)) != nil }
  }
}
