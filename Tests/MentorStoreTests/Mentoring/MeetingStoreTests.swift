import MentorModel
import Testing

@testable import MentorStore

@Suite("Meetings and escalations are kept in the file")
struct MeetingStoreTests {
  /// A meeting with every list filled, in an order that is not alphabetical.
  static func meeting() -> Meeting {
    var meeting = Meeting(
      id: "M1", menteeID: "P101", month: "2026-10", mentor: "Mr Adebayo",
      openedAt: "2026-10-14T09:00:00Z")
    meeting.praise = [
      Meeting.Praise(subject: "Science", note: "On target for the first time"),
      Meeting.Praise(subject: nil, note: "Homework in on time all month"),
      Meeting.Praise(subject: "Art", note: ""),
    ]
    meeting.excuses = [
      Meeting.Excuse(said: "The teacher never explains", answer: "Ask at the end of the lesson"),
      Meeting.Excuse(said: "I had football", answer: ""),
    ]
    meeting.understood = true
    meeting.notes = ["Quiet today", "Asked about sixth form", "Brother also at the school"]
    meeting.agreed = ["I2", "I1"]
    return meeting
  }

  @Test("A meeting reads back with its praise, excuses, notes and agreed ids in order")
  func roundTrip() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    try fixture.store.transaction {
      try fixture.store.save(Self.meeting(), event: MentoringFixture.event("Met"))
      try fixture.store.save(MentoringFixture.intervention("I1"), event: nil)
      try fixture.store.save(MentoringFixture.intervention("I2"), event: nil)
    }

    let school = try fixture.reopened()
    #expect(school.meetings == ["M1": Self.meeting()])
    #expect(school.openMeeting(of: "P101")?.id == "M1")
  }

  @Test("Saving a meeting again replaces its lists and can end it")
  func resaveReplacesLists() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    try fixture.store.save(MentoringFixture.intervention("I1"), event: nil)
    try fixture.store.save(MentoringFixture.intervention("I2"), event: nil)
    try fixture.store.save(Self.meeting(), event: nil)
    var meeting = Self.meeting()
    meeting.praise.removeFirst()
    meeting.excuses = []
    meeting.notes.append("Left smiling")
    meeting.agreed = ["I1"]
    meeting.serious = true
    meeting.endedAt = "2026-10-14T09:25:00Z"

    try fixture.store.save(meeting, event: nil)

    let school = try fixture.reopened()
    #expect(school.meetings == ["M1": meeting])
    #expect(school.openMeeting(of: "P101") == nil)
    #expect(school.latestMeeting(of: "P101")?.id == "M1")
  }

  @Test("A meeting that lists an intervention never saved is refused whole")
  func agreedMustExist() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    #expect(throws: DatabaseError.self) {
      try fixture.store.save(Self.meeting(), event: MentoringFixture.event("Met"))
    }

    #expect(try fixture.reopened().meetings.isEmpty)
    #expect(try fixture.count(.history) == 0)
  }

  @Test("Deleting a meeting removes what it recorded but keeps the interventions")
  func deleteForUndo() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    try fixture.store.save(MentoringFixture.intervention("I1"), event: nil)
    try fixture.store.save(MentoringFixture.intervention("I2"), event: nil)
    try fixture.store.save(Self.meeting(), event: nil)

    try fixture.store.deleteMeeting("M1")

    let school = try fixture.reopened()
    #expect(school.meetings.isEmpty)
    #expect(school.interventions.count == 2)
    #expect(try fixture.count(.meetingPraise) == 0)
    #expect(try fixture.count(.meetingAgreed) == 0)
  }

  @Test(
    "An escalation reads back with its recipient, state and outcome",
    arguments: [
      Escalation.Recipient.progressLeader, .parent, .staff("Ms Varga"),
    ])
  func escalationRoundTrip(recipient: Escalation.Recipient) throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    var escalation = Escalation(
      id: "E1", menteeID: "P102", recipient: recipient, reason: "Missed three sessions",
      raisedBy: "Mr Adebayo", raisedAt: "2026-10-21T12:00:00Z")
    try fixture.store.save(escalation, event: nil)
    escalation.state = .resolved
    escalation.outcome = "Sessions moved to Tuesdays"

    try fixture.store.save(escalation, event: MentoringFixture.event("Resolved", mentee: "P102"))

    #expect(try fixture.reopened().escalations == ["E1": escalation])
    #expect(try fixture.store.history(of: "P102").map(\.text) == ["Resolved"])
  }

  @Test("Deleting an escalation removes it, and an unknown id changes nothing")
  func deleteEscalation() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    let escalation = Escalation(
      id: "E1", menteeID: "P102", recipient: .parent, reason: "Coursework missing",
      raisedBy: "Mr Adebayo", raisedAt: "2026-10-21T12:00:00Z")
    try fixture.store.save(escalation, event: nil)

    try fixture.store.deleteEscalation("E7")
    #expect(try fixture.reopened().escalations.count == 1)
    try fixture.store.deleteEscalation("E1")
    #expect(try fixture.reopened().escalations.isEmpty)
  }
}
