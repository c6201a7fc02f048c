import Foundation
import MentorModel
import Testing

@testable import MentorStore

@Suite("What a run of messages told people, stored whole or not at all")
struct SentMessageTests {
  /// A store holding one mentee, `A1`, with an agreed intervention `I1` and an open
  /// escalation `E1` whose message has not gone.
  static func store() throws -> Store {
    let store = try Store.inMemory()
    var sheet = DataSheet(name: "sheet.csv")
    sheet.people = [DataSheet.Person(id: "A1")]
    var school = School()
    school.put(Mentee(id: "A1", surname: "Quill", forename: "Ada"))
    try store.add(sheet, identity: "/sheet.csv", as: school, removing: [])
    try store.save(
      Intervention(
        id: "I1", menteeID: "A1", category: .student, action: "catch-up", staff: "Mr Lund",
        month: "2026-11", agreedBy: "Ms Ríos", agreedAt: "2026-12-04T10:00:00Z"),
      event: nil)
    try store.save(
      Escalation(
        id: "E1", menteeID: "A1", recipient: .progressLeader, reason: "no homework",
        raisedBy: "Ms Ríos", raisedAt: "2026-12-04T10:00:00Z"),
      event: nil)
    return store
  }

  @Test("The intervention becomes communicated with a check, the escalation is marked sent")
  func recorded() throws {
    let store = try Self.store()
    var school = try store.loadSchool()
    var intervention = try #require(school.interventions["I1"])
    intervention.state = .communicated
    var escalation = try #require(school.escalations["E1"])
    escalation.notifiedAt = "2026-12-04T15:30:00Z"

    try store.recordSent(
      communicated: [(intervention, "sent to Mr Lund <lund@school.example>")],
      escalations: [escalation], by: "Ms Ríos", at: "2026-12-04T15:30:00Z",
      events: [
        HistoryEvent(
          menteeID: "A1", at: "2026-12-04T15:30:00Z", by: "Ms Ríos", text: "Communicated I1")
      ])

    school = try store.loadSchool()
    #expect(school.interventions["I1"]?.state == .communicated)
    #expect(school.escalations["E1"]?.notifiedAt == "2026-12-04T15:30:00Z")
    #expect(school.escalationsToSend.isEmpty)
    let check = try #require(try store.checks(of: "I1").first)
    #expect(check.state == .communicated)
    #expect(check.evidence == "sent to Mr Lund <lund@school.example>")
    #expect(try store.history(of: "A1").map(\.text) == ["Communicated I1"])
  }

  @Test("A failure part of the way through stores none of it")
  func wholeOrNothing() throws {
    let store = try Self.store()
    let school = try store.loadSchool()
    var intervention = try #require(school.interventions["I1"])
    intervention.state = .communicated

    #expect(throws: DatabaseError.self) {
      try store.recordSent(
        communicated: [(intervention, "sent")], escalations: [], by: "Ms Ríos",
        at: "2026-12-04T15:30:00Z",
        events: [HistoryEvent(menteeID: "NOBODY", at: "", by: "", text: "no such mentee")])
    }

    #expect(try store.loadSchool().interventions["I1"]?.state == .agreed)
    #expect(try store.checks(of: "I1").isEmpty)
  }

  @Test("An escalation stored before messages existed reads back as waiting for one")
  func fromStepTwo() throws {
    try withTemporaryFolder { folder in
      let path = folder.file("old.db")
      do {
        let database = try Database(path: path)
        _ = try database.migrate(Array(Schema.migrations.prefix(2)))
        try database.exec(
          "INSERT INTO mentees (id) VALUES ('A1');"
            + " INSERT INTO escalations (id, mentee, recipient, reason, raised_by, raised_at)"
            + " VALUES ('E1', 'A1', 'leader', 'no homework', 'Ms Ríos', '2026-11-02T09:00:00Z')")
      }

      let school = try Store(path: path).loadSchool()

      #expect(school.escalations["E1"]?.notifiedAt == nil)
      #expect(school.escalationsToSend.map(\.id) == ["E1"])
    }
  }
}
