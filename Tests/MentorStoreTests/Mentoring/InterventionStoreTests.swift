import MentorModel
import Testing

@testable import MentorStore

@Suite("Interventions and their checks are kept in the file")
struct InterventionStoreTests {
  @Test("An intervention reads back from the file exactly as saved")
  func roundTrip() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    var full = MentoringFixture.intervention()
    full.state = .understood
    full.notWorkingFlag = "Maths has not improved since 2026-10"
    let bare = Intervention(
      id: "I2", menteeID: "P102", category: .parent, action: "Tell home about homework",
      month: "2026-10", agreedBy: "Mr Adebayo", agreedAt: "2026-10-14T09:30:00Z")

    try fixture.store.save(full, event: nil)
    try fixture.store.save(bare, event: nil)

    let school = try fixture.reopened()
    #expect(school.interventions == ["I1": full, "I2": bare])
  }

  @Test("Saving an intervention again replaces it, and its line of history is kept")
  func upsertWithHistory() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    var intervention = MentoringFixture.intervention()
    try fixture.store.save(intervention, event: MentoringFixture.event("Agreed I1"))
    intervention.category = .resources
    intervention.action = "Lunchtime sessions in the study centre"
    intervention.staff = nil
    try fixture.store.save(intervention, event: MentoringFixture.event("Changed I1"))

    let school = try fixture.reopened()
    #expect(school.interventions == ["I1": intervention])
    #expect(try fixture.store.history(of: "P101").map(\.text) == ["Agreed I1", "Changed I1"])
  }

  @Test("An intervention for a mentee not in the file is refused, with its history")
  func unknownMentee() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    let stray = MentoringFixture.intervention(mentee: "P999")

    #expect(throws: DatabaseError.self) {
      try fixture.store.save(stray, event: MentoringFixture.event("Agreed I1", mentee: "P999"))
    }

    #expect(try fixture.reopened().interventions.isEmpty)
    #expect(try fixture.count(.history) == 0)
  }

  @Test("A check given the stored intervention sets only the state, or all when more changed")
  func checkOfTheStoredIntervention() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    let stored = MentoringFixture.intervention()
    try fixture.store.save(stored, event: nil)
    var flagged = stored
    flagged.notWorkingFlag = "no better in Maths"
    try fixture.store.saveCheck(
      flagged, state: .understood, evidence: "", by: "Ms Varga", at: "2026-10-15T10:00:00Z",
      event: nil, stored: stored)
    var expected = flagged
    expected.state = .understood
    #expect(try fixture.reopened().interventions["I1"] == expected)

    // Memory that differs in more than the state is written whole.
    var revised = expected
    revised.action = "Catch up on the geometry unit"
    try fixture.store.saveCheck(
      revised, state: .implemented, evidence: "", by: "Ms Varga", at: "2026-10-22T10:00:00Z",
      event: nil, stored: expected)
    revised.state = .implemented
    #expect(try fixture.reopened().interventions["I1"] == revised)

    // A row missing from the file is written whole too.
    let missing = MentoringFixture.intervention("I2")
    try fixture.store.saveCheck(
      missing, state: .understood, evidence: "", by: "Ms Varga", at: "2026-10-22T10:00:00Z",
      event: nil, stored: missing)
    #expect(try fixture.reopened().interventions["I2"]?.state == .understood)
    #expect(try fixture.store.checks(of: "I1").map(\.state) == [.understood, .implemented])
  }

  @Test("A check finds its intervention's row when the row it was first put in has gone")
  func checkAfterItsRowWasReused() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    // I1 is put in a row and undone; I2 then takes that row, so the row I1 was put in
    // now holds another intervention.
    let first = MentoringFixture.intervention()
    try fixture.store.save(first, event: nil)
    try fixture.store.deleteIntervention("I1")
    let second = MentoringFixture.intervention("I2")
    try fixture.store.save(second, event: nil)

    // Checked as if still stored, I1 is saved whole; I2 is left as it was.
    try fixture.store.saveCheck(
      first, state: .understood, evidence: "", by: "Ms Varga", at: "2026-10-15T10:00:00Z",
      event: nil, stored: first)
    var expected = first
    expected.state = .understood
    #expect(try fixture.reopened().interventions == ["I1": expected, "I2": second])

    // I1, now in a row of its own, is found there by its next check.
    try fixture.store.saveCheck(
      expected, state: .implemented, evidence: "", by: "Ms Varga", at: "2026-10-22T10:00:00Z",
      event: nil, stored: expected)
    expected.state = .implemented
    #expect(try fixture.reopened().interventions == ["I1": expected, "I2": second])
    #expect(try fixture.store.checks(of: "I1").map(\.state) == [.understood, .implemented])
    #expect(try fixture.store.checks(of: "I2").isEmpty)
  }

  @Test("Only the state and the not-working flag count as what a check changes")
  func differencesBeyondTheState() {
    let stored = MentoringFixture.intervention()
    var checked = stored
    checked.state = .understood
    checked.notWorkingFlag = "no better in Maths"
    #expect(Store.differOnlyInState(stored, checked))
    #expect(!Store.differOnlyInState(nil, checked))
    // The same texts in a box of their own are compared one by one.
    #expect(Store.differOnlyInState(MentoringFixture.intervention(), checked))

    // Each other field of an intervention, changed alone, is more than a check's change.
    let others: [(inout Intervention) -> Void] = [
      { $0.category = .parent }, { $0.action = "Lunchtime sessions" }, { $0.subject = nil },
      { $0.staff = "Mr Ng" }, { $0.review = nil }, { $0.month = "2026-11" },
      { $0.agreedBy = "Ms Varga" }, { $0.agreedAt = "2026-10-15T09:05:00Z" },
      { $0.replaces = "I0" },
    ]
    for change in others {
      var changed = checked
      change(&changed)
      #expect(!Store.differOnlyInState(stored, changed))
    }
    #expect(!Store.differOnlyInState(stored, MentoringFixture.intervention("I2")))
    #expect(!Store.differOnlyInState(stored, MentoringFixture.intervention(mentee: "P102")))
  }

  @Test("Checks are listed in the order made, and each moves the intervention's state")
  func checksInOrder() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    let intervention = MentoringFixture.intervention()
    try fixture.store.save(intervention, event: nil)
    let steps: [(InterventionState, String, String)] = [
      (.understood, "Ines explained it back", "2026-10-15T10:00:00Z"),
      (.notImplemented, "", "2026-10-22T10:00:00Z"),
      (.implemented, "Attended both sessions", "2026-10-29T10:00:00Z"),
    ]

    for (state, evidence, at) in steps {
      try fixture.store.saveCheck(
        intervention, state: state, evidence: evidence, by: "Ms Varga", at: at,
        event: MentoringFixture.event("Checked I1: \(state.rawValue)"))
    }

    let expected = steps.map {
      InterventionCheck(state: $0.0, evidence: $0.1, by: "Ms Varga", at: $0.2)
    }
    #expect(try fixture.store.checks(of: "I1") == expected)
    #expect(try fixture.reopened().interventions["I1"]?.state == .implemented)
    #expect(try fixture.store.history(of: "P101").count == 3)
    #expect(try fixture.store.checks(of: "I2").isEmpty)
  }

  @Test("Deleting an intervention takes its checks and its place on the meeting with it")
  func deleteForUndo() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    try fixture.store.save(MentoringFixture.intervention("I1"), event: nil)
    try fixture.store.save(MentoringFixture.intervention("I2"), event: nil)
    try fixture.store.saveCheck(
      MentoringFixture.intervention("I1"), state: .understood, evidence: "", by: "Ms Varga",
      at: "2026-10-15T10:00:00Z", event: nil)
    var meeting = Meeting(
      id: "M1", menteeID: "P101", month: "2026-10", mentor: "Mr Adebayo",
      openedAt: "2026-10-14T09:00:00Z")
    meeting.agreed = ["I1", "I2"]
    try fixture.store.save(meeting, event: nil)

    try fixture.store.deleteIntervention("I1")
    try fixture.store.deleteIntervention("I404")

    let school = try fixture.reopened()
    #expect(Set(school.interventions.keys) == ["I2"])
    #expect(school.meetings["M1"]?.agreed == ["I2"])
    #expect(try fixture.count(.interventionChecks) == 0)
  }

  @Test("A replaced intervention stays while its replacement does; both go together")
  func replacedStaysWithItsReplacement() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    var first = MentoringFixture.intervention("I1")
    first.state = .revised
    try fixture.store.save(first, event: nil)
    try fixture.store.save(MentoringFixture.intervention("I2", replaces: "I1"), event: nil)

    #expect(throws: DatabaseError.self) {
      try fixture.store.deleteIntervention("I1")
    }
    #expect(try fixture.reopened().revisionChain(of: "I2").map(\.id) == ["I1", "I2"])

    try fixture.store.transaction {
      try fixture.store.deleteIntervention("I1")
      try fixture.store.deleteIntervention("I2")
    }
    #expect(try fixture.reopened().interventions.isEmpty)
  }
}
