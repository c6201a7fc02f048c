import Testing

@testable import MentorModel

/// `report interventions`, worked out by hand on `ReportFixture`.
@Suite("The interventions report counts, lists and judges interventions by category")
struct InterventionReportTests {
  @Test("Interventions are chosen by the day agreed, both ends included")
  func dateRange() {
    let school = ReportFixture.school()

    #expect(
      school.interventions(agreedFrom: nil, to: nil).map(\.id) == [
        "I1", "I2", "I3", "I4", "I5", "I6",
      ])
    #expect(
      school.interventions(agreedFrom: "2026-09-21", to: "2026-10-16").map(\.id) == [
        "I2", "I3", "I4",
      ])
    #expect(school.interventions(agreedFrom: "2026-12-01", to: nil).isEmpty)
  }

  // Student: I1 revised, I2 working, I6 communicated. Teacher: I3 implemented.
  // Parent: I4 and I5 agreed. No Curriculum or Resources.
  @Test("Counts are by category and state")
  func counts() {
    let school = ReportFixture.school()
    let counts = School.counts(of: school.interventions(agreedFrom: nil, to: nil))

    #expect(counts[.student] == [.revised: 1, .working: 1, .communicated: 1])
    #expect(counts[.teacher] == [.implemented: 1])
    #expect(counts[.parent] == [.agreed: 2])
    #expect(counts[.curriculum] == nil && counts[.resources] == nil)
  }

  // I1: A's Maths 6 in September, 6 in October: 0. I2: B's Maths 5 then 6: +1.
  // I3: C's English 4 in October, 5 in November: +1. I4, no subject: C's Maths 4 to 6 (+2)
  // and English 4 to 5 (+1), mean +1.5. I5: D has no November results: none.
  // I6: agreed on November, the latest month: none.
  @Test("The change after each intervention, in steps of its subject or the mean of all")
  func changeAfter() {
    let school = ReportFixture.school()
    let change = { (id: String) in school.changeAfter(school.interventions[id]!) }

    #expect(change("I1").isClose(to: 0))
    #expect(change("I2").isClose(to: 1))
    #expect(change("I3").isClose(to: 1))
    #expect(change("I4").isClose(to: 1.5))
    #expect(change("I5") == nil)
    #expect(change("I6") == nil)
  }

  // Student: I1, I2, I6; followed I1 and I2; improved I2: 1 of 2 (50 %); mean (0 + 1) / 2
  // = 0.5. Teacher: I3 followed and improved: 1 of 1, mean 1. Parent: I4 and I5; I4
  // followed and improved: 1 of 1 (100 %), mean 1.5.
  @Test("Improvement by category: followed, improved, share and mean change")
  func improvementByCategory() {
    let school = ReportFixture.school()
    let rows = school.improvement(after: school.interventions(agreedFrom: nil, to: nil))

    #expect(rows.map(\.category) == [.teacher, .student, .parent])
    let student = rows[1]
    #expect(student.interventions == 3 && student.followed == 2 && student.improved == 1)
    #expect(student.share.isClose(to: 50) && student.meanChange.isClose(to: 0.5))
    #expect(rows[0].share.isClose(to: 100) && rows[0].meanChange.isClose(to: 1))
    let parent = rows[2]
    #expect(parent.interventions == 2 && parent.followed == 1 && parent.improved == 1)
    #expect(parent.meanChange.isClose(to: 1.5))
  }

  @Test("A category with nothing followed has no share and no mean")
  func nothingFollowed() {
    let school = ReportFixture.school()
    let rows = school.improvement(after: [school.interventions["I6"]!])

    #expect(rows.count == 1)
    #expect(rows[0].followed == 0 && rows[0].share == nil && rows[0].meanChange == nil)
  }

  @Test("The member of staff who carries one out is the one named, else the mentor")
  func carrierOut() {
    let school = ReportFixture.school()

    #expect(school.carrierOut(of: school.interventions["I3"]!) == "Mrs Lund")
    #expect(school.carrierOut(of: school.interventions["I4"]!) == "Mr Hale")
  }
}
