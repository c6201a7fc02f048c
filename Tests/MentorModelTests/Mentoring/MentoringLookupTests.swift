import Testing

@testable import MentorModel

@Suite("Ids, a mentee's interventions and meetings, and revision chains")
struct MentoringLookupTests {
  /// An intervention for `P1`, agreed at `agreedAt`, replacing `replaces` if given.
  static func intervention(
    _ id: String, agreedAt: String = "2026-10-14T09:00:00Z", replaces: String? = nil,
    mentee: String = "P1"
  ) -> Intervention {
    Intervention(
      id: id, menteeID: mentee, category: .teacher, action: "Mediation meeting",
      month: "2026-10", agreedBy: "Ms Ríos", agreedAt: agreedAt, replaces: replaces)
  }

  /// A school holding the interventions given.
  static func school(_ interventions: [Intervention]) -> School {
    var school = School()
    for intervention in interventions {
      school.interventions[intervention.id] = intervention
    }
    return school
  }

  @Test("The first id of each kind is number 1")
  func firstIDs() {
    let school = School()

    #expect(school.nextID("I") == "I1")
    #expect(school.nextID("M") == "M1")
    #expect(school.nextID("E") == "E1")
  }

  @Test("The next id follows the highest number, counted as a number, not as text")
  func nextAfterHighest() {
    var school = Self.school([Self.intervention("I2"), Self.intervention("I10")])
    school.meetings["M3"] = Meeting(
      id: "M3", menteeID: "P1", month: "2026-10", mentor: "Ms Ríos", openedAt: "t")

    #expect(school.nextID("I") == "I11")
    #expect(school.nextID("M") == "M4")
    #expect(school.nextID("E") == "E1")
  }

  @Test("A mentee's interventions come oldest first, then by number, without others'")
  func interventionsOfAMentee() {
    let school = Self.school([
      Self.intervention("I10", agreedAt: "2026-10-14T09:00:00Z"),
      Self.intervention("I9", agreedAt: "2026-10-14T09:00:00Z"),
      Self.intervention("I2", agreedAt: "2026-11-02T09:00:00Z"),
      Self.intervention("I3", mentee: "P2"),
    ])

    #expect(school.interventions(of: "P1").map(\.id) == ["I9", "I10", "I2"])
  }

  @Test("A revision chain runs from the first intervention to the one asked for")
  func revisionChain() {
    let school = Self.school([
      Self.intervention("I1"), Self.intervention("I4", replaces: "I1"),
      Self.intervention("I7", replaces: "I4"), Self.intervention("I8"),
    ])

    #expect(school.revisionChain(of: "I7").map(\.id) == ["I1", "I4", "I7"])
    #expect(school.revisionChain(of: "I4").map(\.id) == ["I1", "I4"])
    #expect(school.revisionChain(of: "I8").map(\.id) == ["I8"])
    #expect(school.revisionChain(of: "I99").isEmpty)
  }

  @Test("A chain stops where a replaced intervention is missing, or where it loops")
  func brokenChains() {
    let missing = Self.school([Self.intervention("I5", replaces: "I2")])
    let looped = Self.school([
      Self.intervention("I1", replaces: "I2"), Self.intervention("I2", replaces: "I1"),
    ])

    #expect(missing.revisionChain(of: "I5").map(\.id) == ["I5"])
    #expect(looped.revisionChain(of: "I2").map(\.id) == ["I1", "I2"])
  }

  @Test("The open meeting is the one not ended; the latest is the last opened")
  func meetings() {
    var school = School()
    var ended = Meeting(
      id: "M1", menteeID: "P1", month: "2026-10", mentor: "Ms Ríos",
      openedAt: "2026-10-14T09:00:00Z")
    ended.endedAt = "2026-10-14T09:20:00Z"
    let open = Meeting(
      id: "M2", menteeID: "P1", month: "2026-11", mentor: "Ms Ríos",
      openedAt: "2026-11-11T09:00:00Z")
    school.meetings = ["M1": ended, "M2": open]

    #expect(school.openMeeting(of: "P1")?.id == "M2")
    #expect(school.latestMeeting(of: "P1")?.id == "M2")
    school.meetings["M2"]?.endedAt = "2026-11-11T09:30:00Z"
    #expect(school.openMeeting(of: "P1") == nil)
    #expect(school.latestMeeting(of: "P1")?.id == "M2")
    #expect(school.latestMeeting(of: "P2") == nil)
  }
}
