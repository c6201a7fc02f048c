import Testing

@testable import MentorModel

@Suite("Month labels and the order of months")
struct MonthTests {
  @Test(
    "A calendar month written in the usual ways becomes YYYY-MM",
    arguments: [
      ("2026-10", "2026-10"), ("Oct 2026", "2026-10"), ("October 2026", "2026-10"),
      ("10/2026", "2026-10"), ("2026/10", "2026-10"), ("oct 2026", "2026-10"),
      ("OCTOBER 2026", "2026-10"), ("  2026-10  ", "2026-10"), ("2026-1", "2026-01"),
      ("1/2027", "2027-01"), ("Sept 2026", "2026-09"), ("Sep 2026", "2026-09"),
      ("2026 Dec", "2026-12"), ("May 2027", "2027-05"),
    ])
  func calendarMonths(text: String, label: String) throws {
    #expect(try Month.label(text) == label)
  }

  @Test(
    "A period code of letters then digits is kept as written",
    arguments: ["G1", "G2", "G3", "T2", "Autumn2", "Y11T1", "HT12", "Été1"])
  func periodCodes(text: String) throws {
    #expect(try Month.label(text) == text)
  }

  @Test(
    "A period code with a space before its digits is labelled without the space",
    arguments: [
      ("Autumn 1", "Autumn1"), ("HT 2", "HT2"), ("Term 3", "Term3"), ("G 1", "G1"),
      ("  Spring 2 ", "Spring2"),
    ])
  func spacedPeriodCodes(text: String, label: String) throws {
    #expect(try Month.label(text) == label)
  }

  @Test(
    "Text that is neither a month nor a period code is refused",
    arguments: [
      "2026-13", "2026-00", "0/2026", "Smarch 2026", "12", "", "  ", "10/26", "2026-10-01",
      "Junk 2026", "Octopus 2026", "Mayhem 2026", "Ma 2026", "1899-10", "Autumn 2026",
    ])
  func refused(text: String) {
    #expect(throws: ModelError.notAMonth(text.trimmingSpaces)) {
      try Month.label(text)
    }
  }

  @Test(
    "A word with no digit is not a period code, so a misspelt month is refused",
    arguments: ["Setp", "Novmber", "Autumn", "Term", "Ma", "G"])
  func wordsAreNotPeriodCodes(text: String) {
    #expect(throws: ModelError.notAMonth(text)) {
      try Month.label(text)
    }
  }

  @Test(
    "A period code has only letters then digits, and at most one space before a digit",
    arguments: [
      "1G", "G1 T", "HT  2", "Y11 T1", "G-1", "T2.1", "G_1", "Autumn 1 2", "A1234567890123456",
    ])
  func malformedPeriodCodes(text: String) {
    #expect(throws: ModelError.notAMonth(text)) {
      try Month.label(text)
    }
  }

  @Test(
    "A month's name without a year of four digits is refused as needing a year",
    arguments: [
      ("Nov", "Nov"), ("November", "November"), ("sept", "sept"), ("Oct 26", "Oct"),
      ("May1", "May"), ("Dec 2", "Dec"),
    ])
  func monthWithoutYear(text: String, month: String) {
    #expect(throws: ModelError.monthWithoutYear(text, month: month)) {
      try Month.label(text)
    }
  }

  @Test("The error for a month without a year shows the month with one")
  func monthWithoutYearMessage() {
    let error = ModelError.monthWithoutYear("Nov", month: "Nov")
    #expect(error.message == "'Nov' needs a year, such as 'Nov 2026'")
  }

  @Test("A month that does not exist is named in the error")
  func errorNamesTheMonth() {
    #expect(throws: ModelError.notAMonth("2026-13")) {
      try Month.label("2026-13")
    }
  }

  @Test(
    "Only YYYY-MM labels are calendar months",
    arguments: [
      ("2026-10", true), ("1999-01", true), ("G1", false), ("2026-1", false),
      ("2026/10", false), ("Autumn2", false), ("202610", false), ("2026-1a", false),
    ])
  func isCalendar(label: String, calendar: Bool) {
    #expect(Month.isCalendar(label) == calendar)
  }

  @Test("Calendar months sort by date even when loaded out of order")
  func calendarMonthsSortByDate() {
    var school = School()
    for month in ["2026-11", "2026-09", "2027-01", "2026-10", "2026-12"] {
      school.addMonth(month)
    }
    #expect(school.months == ["2026-09", "2026-10", "2026-11", "2026-12", "2027-01"])
    #expect(school.latestMonth == "2027-01")
  }

  @Test("Periods keep the order they were loaded in")
  func periodsKeepLoadOrder() {
    var school = School()
    for month in ["G2", "G1", "G3"] {
      school.addMonth(month)
    }
    #expect(school.months == ["G2", "G1", "G3"])
    #expect(school.latestMonth == "G3")
  }

  @Test("A month loaded again keeps its place")
  func monthsAreNotRepeated() {
    var school = School()
    for month in ["2026-10", "2026-11", "2026-10", "G1", "G1"] {
      school.addMonth(month)
    }
    #expect(school.months == ["2026-10", "2026-11", "G1"])
  }

  @Test("The month before is the previous one in order, not in loading")
  func monthBefore() {
    var school = School()
    for month in ["2026-11", "2026-09", "2026-10"] {
      school.addMonth(month)
    }
    #expect(school.month(before: "2026-11") == "2026-10")
    #expect(school.month(before: "2026-10") == "2026-09")
    #expect(school.month(before: "2026-09") == nil)
    #expect(school.month(before: "2026-12") == nil)
  }

  @Test("With no month loaded there is no latest month")
  func noLatestMonth() {
    #expect(School().latestMonth == nil)
  }

  @Test("The order the store keeps replaces the order in memory")
  func setMonths() {
    var school = School()
    school.addMonth("2026-10")
    school.setMonths(["G1", "G2"])
    #expect(school.months == ["G1", "G2"])
  }
}
