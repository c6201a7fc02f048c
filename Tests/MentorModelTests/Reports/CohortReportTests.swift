import Testing

@testable import MentorModel

/// `report cohort`: the share of mentees, and of results, on or above target, worked out
/// by hand on `ReportFixture` (Maths target 6, English target 5).
@Suite("The cohort report counts mentees and results on or above target, month by month")
struct CohortReportTests {
  /// The figures of a grouping as `group month mentees/on results/on change change`.
  static func lines(_ grouping: CohortGrouping) -> [String] {
    ReportFixture.school().cohortReport(by: grouping).map { figure in
      let change = { (value: Double?) in value.map { String(format: "%+.2f", $0) } ?? "-" }
      return "\(figure.group) \(figure.month) \(figure.mentees)/\(figure.menteesOnOrAbove)"
        + " \(figure.results)/\(figure.resultsOnOrAbove)"
        + " \(change(figure.menteeChange)) \(change(figure.resultChange))"
    }
  }

  // September: A on in both; B below in Maths; C well below in both; D above in Maths and
  // below in English. Mentees on or above 1 of 4 (25 %); results 4 of 8 (A M, A E, B E,
  // D M: 50 %).
  // October: A, B and D on or above in both; C not. Mentees 3 of 4 (75 %, +50 points);
  // results 6 of 8 (75 %, +25).
  // November: D has no results that month, so D's October results carry forward (Maths 7
  // above, English 5 on); B's English is X, a result without a grade, so only Maths counts
  // for B. A is below in Maths; B, C and D are on or above. Mentees 3 of 4 (75 %, 0);
  // results 6 of 7 (A E, B M, C M, C E, D M, D E: 85.71 %, +10.71).
  @Test("For the whole school, the shares and their change in points")
  func wholeSchool() {
    #expect(
      Self.lines(.school) == [
        "All mentees 2026-09 4/1 8/4 - -",
        "All mentees 2026-10 4/3 8/6 +50.00 +25.00",
        "All mentees 2026-11 4/3 7/6 +0.00 +10.71",
      ])
    let november = ReportFixture.school().cohortReport(by: .school)[2]
    #expect(november.menteeShare.isClose(to: 75))
    #expect(november.resultShare.isClose(to: 600.0 / 7))
  }

  // A, B and C have results recorded in November; D's come from October.
  @Test("Each month says how many of the mentees counted had results that month")
  func menteesReported() {
    let figures = ReportFixture.school().cohortReport(by: .school)
    #expect(figures.map(\.menteesReported) == [4, 4, 3])
    #expect(figures.map(\.mentees) == [4, 4, 4])
  }

  // A sheet for one form and one subject in December: only C3's Maths, now 4 (well below).
  // Everyone else carries November forward, so December differs from November by C alone:
  // mentees 2 of 4 (50 %, -25); results 5 of 7 (71.43 %, -14.29), not a month of one
  // mentee compared with a month of four.
  @Test("A partial sheet for a new month compares like with like")
  func partialMonthCarriesForward() {
    var school = ReportFixture.school()
    school.record("C3", "Maths", "2026-12", target: "6", workingAt: "4")
    let december = school.cohortReport(by: .school)[3]
    #expect(december.month == "2026-12")
    #expect(december.mentees == 4)
    #expect(december.menteesReported == 1)
    #expect(december.menteesOnOrAbove == 2)
    #expect(december.results == 7)
    #expect(december.resultsOnOrAbove == 5)
    #expect(december.menteeChange.isClose(to: -25))
    #expect(december.resultChange.isClose(to: 500.0 / 7 - 600.0 / 7))
  }

  // Year 10 (A, B). Sep: A on, B not: 1 of 2 (50 %); results A M, A E, B E: 3 of 4 (75 %).
  // Oct: both on: 2 of 2 (100 %, +50); 4 of 4 (100 %, +25). Nov: A not, B on: 1 of 2
  // (50 %, -50); results A E and B M of A M, A E, B M: 2 of 3 (66.67 %, -33.33).
  // Year 11 (C, D). Sep: neither: 0 of 2 (0 %); D M only: 1 of 4 (25 %). Oct: D on: 1 of
  // 2 (50 %, +50); D M, D E: 2 of 4 (50 %, +25). Nov: C on, and D on with October's
  // results: 2 of 2 (100 %, +50); 4 of 4 (100 %, +50).
  @Test("By year, each year's own shares and changes", arguments: [CohortGrouping.year, .form])
  func byYearOrForm(_ grouping: CohortGrouping) {
    let names = grouping == .year ? ("10", "11") : ("10A", "11B")
    #expect(
      Self.lines(grouping) == [
        "\(names.0) 2026-09 2/1 4/3 - -",
        "\(names.0) 2026-10 2/2 4/4 +50.00 +25.00",
        "\(names.0) 2026-11 2/1 3/2 -50.00 -33.33",
        "\(names.1) 2026-09 2/0 4/1 - -",
        "\(names.1) 2026-10 2/1 4/2 +50.00 +25.00",
        "\(names.1) 2026-11 2/2 4/4 +50.00 +50.00",
      ])
  }

  // The same mentees as by year: Mr Hale has C and D, Ms Ríos A and B; "Mr" sorts first.
  @Test("By mentor, the mentee's mentor is the group")
  func byMentor() {
    let lines = Self.lines(.mentor)
    #expect(lines.first == "Mr Hale 2026-09 2/0 4/1 - -")
    #expect(lines.last == "Ms Ríos 2026-11 2/1 3/2 -50.00 -33.33")
  }

  // English. Sep: A on, B on, C well below, D below: 2 of 4 (50 %). Oct: A above, B on,
  // C below, D on: 3 of 4 (75 %, +25). Nov: A above, C on, D on from October (B absent):
  // 3 of 3 (100 %, +25).
  // Maths. Sep: A on, B below, C well below, D above: 2 of 4 (50 %). Oct: A, B, D on or
  // above: 3 of 4 (75 %, +25). Nov: A below, B on, C on, D above from October: 3 of 4
  // (75 %, 0).
  @Test("By subject, a mentee counts once in each subject judged, as one result")
  func bySubject() {
    #expect(
      Self.lines(.subject) == [
        "English 2026-09 4/2 4/2 - -",
        "English 2026-10 4/3 4/3 +25.00 +25.00",
        "English 2026-11 3/3 3/3 +25.00 +25.00",
        "Maths 2026-09 4/2 4/2 - -",
        "Maths 2026-10 4/3 4/3 +25.00 +25.00",
        "Maths 2026-11 4/3 4/3 +0.00 +0.00",
      ])
  }

  @Test("A group with nobody judged in the month before has no change")
  func gapBreaksTheChange() {
    var school = School()
    school.enrol("A1", "Amy", "Ash", year: "10")
    school.record("A1", "Maths", "2026-09", target: "6", workingAt: "6")
    school.record("A1", "Maths", "2026-10", target: "", workingAt: "6")
    school.record("A1", "Maths", "2026-11", target: "6", workingAt: "5")

    let figures = school.cohortReport(by: .year)

    #expect(figures.map(\.month) == ["2026-09", "2026-11"])
    #expect(figures.map(\.menteeChange) == [nil, nil])
  }

  @Test("Years and forms sort as numbers, so Year 9 comes before Year 10")
  func naturalOrder() {
    #expect(
      ["10", "9", "11B", "11A", "(none)"].sorted(by: School.naturalOrder) == [
        "(none)", "9", "10", "11A", "11B",
      ])
  }
}
