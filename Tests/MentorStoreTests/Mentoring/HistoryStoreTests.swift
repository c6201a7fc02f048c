import MentorModel
import Testing

@testable import MentorStore

@Suite("History is appended to, in order, and never changed")
struct HistoryStoreTests {
  @Test("A mentee's history reads back oldest first, without other mentees' lines")
  func oldestFirst() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    for text in ["Met", "Praised for Science", "Agreed I1"] {
      try fixture.store.record(MentoringFixture.event(text))
      try fixture.store.record(MentoringFixture.event("Other: \(text)", mentee: "P102"))
    }

    let history = try Store(path: fixture.path).history(of: "P101")
    #expect(history.map(\.text) == ["Met", "Praised for Science", "Agreed I1"])
    #expect(history.first == MentoringFixture.event("Met"))
  }

  @Test(
    "Changing or removing a line of history is refused",
    arguments: [
      "UPDATE audit SET what = 'Something else'",
      "UPDATE audit SET mentee = 'P102'",
      "UPDATE audit SET what = NULL, before = NULL, after = NULL",
      "DELETE FROM audit",
      "DELETE FROM audit WHERE what = 'Met'",
    ])
  func appendOnly(sql: String) throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    try fixture.store.record(MentoringFixture.event("Met"))

    let error = databaseError { try fixture.store.database.exec(sql) }

    guard case .constraint(let detail) = error else {
      Issue.record("Expected the trigger to refuse it, got \(String(describing: error))")
      return
    }
    #expect(detail.contains("append-only"))
    #expect(try fixture.store.history(of: "P101") == [MentoringFixture.event("Met")])
  }

  @Test("A mentee's history loses its words once the mentee is erased, and keeps when and who")
  func erasureIsPossible() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    try fixture.store.record(MentoringFixture.event("Met", mentee: "P102"))

    let keys = try fixture.store.erase(["P102"], at: "2026-12-04T10:00:00Z", by: "Ms Adeyemi")

    #expect(try fixture.store.history(of: "P102").isEmpty)
    let kept = try fixture.store.history(of: keys[0])
    #expect(kept.map(\.text) == ["", "Erased the personal data of a mentee"])
    #expect(kept.first?.at == "2026-10-14T09:05:00Z")
    #expect(kept.first?.by == "Mr Adebayo")
    #expect(try fixture.reopened().mentees["P102"] == nil)
  }

  @Test("Changes in one transaction are all kept, or none when one of them fails")
  func transactionAllOrNothing() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    #expect(throws: DatabaseError.self) {
      try fixture.store.transaction {
        try fixture.store.record(MentoringFixture.event("Met"))
        try fixture.store.save(MentoringFixture.intervention(mentee: "P999"), event: nil)
      }
    }
    #expect(try fixture.store.history(of: "P101").isEmpty)

    try fixture.store.transaction {
      try fixture.store.record(MentoringFixture.event("Met"))
      try fixture.store.save(MentoringFixture.intervention(), event: nil)
    }
    #expect(try fixture.store.history(of: "P101").count == 1)
    #expect(try fixture.reopened().interventions.count == 1)
  }
}
