import Testing

@testable import MentorModel

@Suite("An open intervention is flagged when the new month shows it is not working")
struct NotWorkingRuleTests {
  /// A mentee with Maths and Art results for October and November, target 6 in both.
  static func school(maths: (String, String), art: (String, String) = ("5", "5")) -> School {
    var school = School()
    school.enrol("P1", "Amara", "Quist")
    school.record("P1", "Maths", "2026-10", target: "6", workingAt: maths.0)
    school.record("P1", "Maths", "2026-11", target: "6", workingAt: maths.1)
    school.record("P1", "Art", "2026-10", target: "6", workingAt: art.0)
    school.record("P1", "Art", "2026-11", target: "6", workingAt: art.1)
    return school
  }

  /// An intervention agreed on October's data.
  static func intervention(
    subject: String? = "Maths", review: String? = nil, state: InterventionState = .implemented
  ) -> Intervention {
    Intervention(
      id: "I3", menteeID: "P1", category: .student, action: "After-school Maths club",
      subject: subject, review: review, state: state, month: "2026-10", agreedBy: "Ms Ríos",
      agreedAt: "2026-10-14T09:00:00Z")
  }

  @Test(
    "A subject that has not risen since the month agreed is flagged",
    arguments: [("4", "4"), ("5", "4"), ("5-", "5-")])
  func notImproved(before: String, now: String) {
    let school = Self.school(maths: (before, now))

    let reason = school.notWorkingReason(of: Self.intervention())

    #expect(reason == "Maths has not improved since 2026-10")
  }

  @Test("A subject that has risen, even by a fine grade, is not flagged")
  func improved() {
    for (before, now) in [("4", "5"), ("5-", "5"), ("3", "6")] {
      let school = Self.school(maths: (before, now))

      #expect(school.notWorkingReason(of: Self.intervention()) == nil)
    }
  }

  @Test("A passed review date with improvement makes the review due, not a not-working flag")
  func reviewPassedButImproved() {
    let school = Self.school(maths: ("4", "5"))
    let intervention = Self.intervention(review: "2026-11-06")

    #expect(school.notWorkingReason(of: intervention) == nil)
    #expect(intervention.flag(today: "2026-11-12") == .reviewDue("2026-11-06"))
    #expect(intervention.flag(today: "2026-11-06") == nil)
  }

  @Test("A passed review date without improvement is not working, which outranks review due")
  func reviewPassedNotImproved() {
    let school = Self.school(maths: ("5", "5"))
    var intervention = Self.intervention(review: "2026-11-06")
    intervention.notWorkingFlag = school.notWorkingReason(of: intervention)

    #expect(
      intervention.flag(today: "2026-11-12")
        == .notWorking("Maths has not improved since 2026-10"))
    #expect(intervention.isReviewDue(today: "2026-11-12"))
  }

  @Test(
    "Only an open intervention not checked working has its review due",
    arguments: [InterventionState.working, .revised, .closed])
  func reviewDueOnlyWhileOpen(state: InterventionState) {
    let intervention = Self.intervention(review: "2026-10-30", state: state)

    #expect(!intervention.isReviewDue(today: "2026-11-12"))
    #expect(intervention.flag(today: "2026-11-12") == nil)
  }

  @Test(
    "An intervention checked working, revised or closed is never flagged",
    arguments: [InterventionState.working, .revised, .closed])
  func settled(state: InterventionState) {
    let school = Self.school(maths: ("5", "4"))
    let intervention = Self.intervention(review: "2026-10-30", state: state)

    #expect(school.notWorkingReason(of: intervention) == nil)
  }

  @Test(
    "Every other open state is judged",
    arguments: [
      InterventionState.agreed, .communicated, .understood, .notImplemented,
      .notWorking,
    ])
  func openStatesJudged(state: InterventionState) {
    let school = Self.school(maths: ("5", "5"))

    #expect(
      school.notWorkingReason(of: Self.intervention(state: state))
        == "Maths has not improved since 2026-10")
  }

  @Test("Nothing is judged until a month after the one agreed on is loaded")
  func noNewMonth() {
    var school = School()
    school.enrol("P1", "Amara", "Quist")
    school.record("P1", "Maths", "2026-10", target: "6", workingAt: "4")

    #expect(school.notWorkingReason(of: Self.intervention()) == nil)
  }

  @Test("A subject without a grade in either month is not judged")
  func missingGrade() {
    let school = Self.school(maths: ("4", ""))

    #expect(school.notWorkingReason(of: Self.intervention()) == nil)
  }

  @Test("Without a subject, fewer subjects below target means it is working")
  func noSubjectFewerBelow() {
    let school = Self.school(maths: ("4", "6"), art: ("5", "5"))

    let reason = school.notWorkingReason(of: Self.intervention(subject: nil))

    #expect(reason == nil)
  }

  @Test(
    "Without a subject, as many subjects below target or more is flagged",
    arguments: [(("4", "4"), ("5", "5")), (("6", "4"), ("5", "5")), (("4", "6"), ("6", "5"))])
  func noSubjectNotFewer(maths: (String, String), art: (String, String)) {
    let school = Self.school(maths: maths, art: art)

    let reason = school.notWorkingReason(of: Self.intervention(subject: nil))

    #expect(reason == "no fewer subjects below target since 2026-10")
  }
}
