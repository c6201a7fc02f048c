import Testing

@testable import MentorModel

/// `report mentor`, `report praise` and `report parents`, worked out by hand on
/// `ReportFixture`, judged on 25 November 2026.
@Suite("The mentor, praise and parents reports count what was recorded")
struct ActivityReportTests {
  // Ms Ríos: A and B. Meetings ended in November: M2 (A), M3 and M4 (B): 3, mentees met 2.
  // Checks overdue (review before 2026-11-25, open and not working): I1 is revised and I2
  // working, so none. Escalations not resolved: E4 (E3 is resolved): 1.
  // Mr Hale: C and D. M5 is still open, so no meetings. Overdue: I3 (2026-11-01) and I5
  // (2026-11-24); I4 is due on 2026-12-01: 2. Not resolved: E1 open, E2 acknowledged: 2.
  // Mrs Lund has the mentor role and no mentees.
  @Test("Each mentor's caseload, meetings this month, checks overdue and escalations")
  func mentors() {
    let figures = ReportFixture.school().mentorReport(today: "2026-11-25")
    let line = { (figure: MentorFigure) in
      "\(figure.mentor) \(figure.mentees) \(figure.meetings) \(figure.menteesMet)"
        + " \(figure.overdueChecks) \(figure.openEscalations)"
    }

    #expect(figures.map(line) == ["Mr Hale 2 0 0 2 2", "Mrs Lund 0 0 0 0 0", "Ms Ríos 2 3 2 0 1"])
  }

  @Test("Meetings of another month do not count as this month's")
  func otherMonth() {
    let figures = ReportFixture.school().mentorReport(today: "2026-10-31")

    // October: M1 (A) only. Overdue on 31 October: none but I1 (revised) and I2 (working).
    #expect(figures.last?.meetings == 1 && figures.last?.menteesMet == 1)
    #expect(figures.map(\.overdueChecks) == [0, 0, 0])
  }

  // October: M1, one praise of A. November: M2 two (A), M3 one (B), M5 one (C): 4, mentees
  // A, B and C: 3.
  @Test("Praise by month: pieces of praise and mentees praised")
  func praiseByMonth() {
    let figures = ReportFixture.school().praiseReport(by: .month)

    #expect(
      figures.map { "\($0.month) \($0.praise) \($0.mentees)" } == [
        "2026-10 1 1", "2026-11 4 3",
      ])
  }

  // Ms Ríos: October M1 (1, A); November M2 (2, A) and M3 (1, B): 3 and 2 mentees.
  // Mr Hale: November M5 (1, C). By subject: general praise in M2; English in M2; Maths in
  // M1 (October) and in M3 and M5 (November, 2 mentees).
  @Test("Praise by mentor and by subject", arguments: [PraiseGrouping.mentor, .subject])
  func praiseGrouped(_ grouping: PraiseGrouping) {
    let figures = ReportFixture.school().praiseReport(by: grouping)
    let lines = figures.map { "\($0.group) \($0.month) \($0.praise) \($0.mentees)" }

    if grouping == .mentor {
      #expect(lines == ["Mr Hale 2026-11 1 1", "Ms Ríos 2026-10 1 1", "Ms Ríos 2026-11 3 2"])
    } else {
      #expect(
        lines == [
          "(general) 2026-11 1 1", "English 2026-11 1 1", "Maths 2026-10 1 1",
          "Maths 2026-11 2 2",
        ])
    }
  }

  // Parent interventions: I4 (16 Oct) and I5 (17 Oct). Escalations to parents: E1 raised
  // and sent in October; E3 raised 3 and sent 4 November; E4 raised 21 November, not sent.
  // E2 went to the Progress Leader.
  @Test("Parents: interventions, escalations raised and sent, by calendar month")
  func parents() {
    let figures = ReportFixture.school().parentReport()

    #expect(
      figures.map { "\($0.month) \($0.interventions) \($0.escalations) \($0.sent)" } == [
        "2026-10 2 1 1", "2026-11 0 2 1",
      ])
  }
}
