import MentorModel
import Testing

@testable import MentorExchange

/// Reports written as text with charts, as CSV and JSON, and the figures they print.
@Suite("Reports print their figures in every format, with charts only where asked")
struct ReportRenderingTests {
  /// A school of two mentees in Year 10, one subject, three months: the share of mentees
  /// on target goes 50 %, 100 %, then November has no results, so October's carry
  /// forward and November is partial.
  static func school() -> School {
    var school = School()
    school.put(Mentee(id: "A1", surname: "Ash", forename: "Amy", year: "10"))
    school.put(Mentee(id: "B2", surname: "Birch", forename: "Ben", year: "10"))
    school.setScale(.gcseNumbers, for: "Maths")
    let rows =
      [("A1", "2026-09", "6"), ("B2", "2026-09", "4"), ("A1", "2026-10", "6")]
      + [("B2", "2026-10", "7")]
    for (id, month, grade) in rows {
      school.addMonth(month)
      school.put(
        MonthlyResult(
          menteeID: id, subject: "Maths", month: month, target: Mark("6", on: .gcseNumbers)!,
          workingAt: Mark(grade, on: .gcseNumbers)!))
    }
    school.addMonth("2026-11")
    return school
  }

  @Test("A note about how a terminal fits the table is printed on a terminal only")
  func terminalNotes() {
    let report = Report.cohort(Self.school(), by: .school)
    let note = "A narrow terminal leaves out the counts first"

    #expect(report.text(width: 80).contains(note))
    #expect(!report.text().contains(note))
    #expect(!report.html(generated: "2026-12-04").contains(note))
    #expect(!report.json().contains(note))
    #expect(report.text().contains("% is the share"))
  }

  @Test("Percentages have one decimal place, changes a sign, steps two places")
  func numbers() {
    #expect(ReportNumber.percent(200.0 / 3) == "66.7")
    #expect(ReportNumber.percent(nil) == "")
    #expect(ReportNumber.points(-25.0 / 3) == "-8.3")
    #expect(ReportNumber.points(50) == "+50.0")
    #expect(ReportNumber.points(0.01) == "0.0")
    #expect(ReportNumber.steps(1.5) == "+1.50")
    #expect(ReportNumber.steps(-1.0 / 3) == "-0.33")
  }

  @Test("The cohort report as CSV has stable keys and the figures of each month")
  func cohortCSV() {
    let csv = Report.cohort(Self.school(), by: .year).sections[0].table.csv()

    #expect(
      csv == """
        year,month,mentees,mentees_reported,mentees_on_or_above,mentee_share,mentee_change,\
        results,results_on_or_above,result_share,result_change
        10,2026-09,2,2,1,50.0,,2,1,50.0,
        10,2026-10,2,2,2,100.0,+50.0,2,2,100.0,+50.0
        10,2026-11,2,0,2,100.0,0.0,2,2,100.0,0.0

        """)
  }

  @Test("On a terminal, a sparkline shows each group's trend, with its first and last share")
  func sparklineOnATerminal() {
    let text = Report.cohort(Self.school(), by: .year).text(width: 100, charts: true)

    // From the lowest (50 %, ▁) to the highest (100 %, █); November as October.
    #expect(
      text.contains("Mentees on or above target in every subject:\n  10  ▁██  50.0% → 100.0%"))
  }

  @Test("A month with results for only some of the mentees counted is named as partial")
  func partialMonthNote() {
    let report = Report.cohort(Self.school(), by: .year)

    #expect(
      report.notes.last
        == "2026-11 is partial: 0 of 2 mentees have results that month; the rest carry"
        + " forward from earlier months.")
    #expect(report.notes.filter { $0.contains("partial:") }.count == 1)
  }

  @Test("Without a terminal, the same report has no chart and no block characters")
  func plainWithoutATerminal() {
    let text = Report.cohort(Self.school(), by: .year).text()

    #expect(text.hasPrefix("Mentees on or above target, by year\n"))
    #expect(!text.contains("▁") && !text.contains("█") && !text.contains("\u{1B}"))
    #expect(text.contains("10    2026-10        2             2            2      100.0   +50.0"))
  }

  @Test("Bars are drawn in eighths of a cell, twenty cells at the top value")
  func bars() {
    let chart = Chart(
      kind: .bars, title: "Met", labels: ["Ms Ríos", "Mr Hale"],
      series: [Chart.Series(name: "Met", values: [50, nil])], axis: "%", isPercent: true)

    #expect(
      chart.bar(50, width: 20) == String(repeating: "█", count: 10)
        + String(repeating: " ", count: 10))
    #expect(chart.bar(3.125, width: 4) == "▏   ")
    let report = Report(
      title: "T", notes: [],
      sections: [.init(key: "k", title: "k", table: Table(columns: []), chart: chart)])
    let text = report.text(charts: true)
    #expect(text.contains("  Mr Hale                        none"))
  }

  @Test("JSON of several sections is one object with an array for each")
  func jsonOfSections() {
    var school = Self.school()
    school.interventions["I1"] = Intervention(
      id: "I1", menteeID: "B2", category: .student, action: "catch-up", subject: "Maths",
      month: "2026-09", agreedBy: "Ms Ríos", agreedAt: "2026-09-20T09:00:00Z")
    let json = Report.interventions(school, from: nil, to: nil, today: "2026-12-04").json()

    #expect(json.hasPrefix("{\n  \"counts\": [\n"))
    #expect(json.contains("\n  \"list\": [\n    {\"id\": \"I1\", \"mentee_id\": \"B2\""))
    // B2's Maths went from 4 to 7: three steps, improved.
    #expect(
      json.contains(
        "{\"category\": \"Student\", \"interventions\": 1, \"followed\": 1,"
          + " \"improved\": 1, \"share\": 100.0, \"mean_change\": 3.00}"))
  }

  @Test("Notes are wrapped between words to the width given")
  func wrapping() {
    #expect(Report.wrapped("one two three four", width: 9) == ["one two", "three", "four"])
  }
}
