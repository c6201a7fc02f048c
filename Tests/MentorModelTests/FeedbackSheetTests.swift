import Testing

@testable import MentorModel

@Suite("The feedback sheet shows each subject, its status and its trend")
struct FeedbackSheetTests {
  @Test("Each subject of the month has a line, sorted by subject ignoring case")
  func linesSortedBySubject() throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.record("M01", "science", "2026-10", target: "6", workingAt: "6")
    school.record("M01", "Art", "2026-10", target: "5", workingAt: "4")
    school.record("M01", "Maths", "2026-10", target: "7", workingAt: "8")
    let sheet = try #require(school.feedback(for: "M01"))
    #expect(sheet.lines.map(\.subject) == ["Art", "Maths", "science"])
    #expect(sheet.lines.map(\.status) == [.below, .above, .onTarget])
  }

  @Test("A line carries the grades, the scale and what else the teacher recorded")
  func lineContents() throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.setScale(.btec, for: "Sport")
    school.addMonth("2026-10")
    school.put(
      MonthlyResult(
        menteeID: "M01", subject: "Sport", month: "2026-10", target: .reading("M", on: .btec),
        workingAt: .reading("P", on: .btec), predicted: .reading("D", on: .btec), effort: 2,
        homework: "good"))
    let line = try #require(school.feedback(for: "M01")?.lines.first)
    #expect(line.scale == .btec)
    #expect(line.target.text == "Merit")
    #expect(line.workingAt.text == "Pass")
    #expect(line.predicted.text == "Distinction")
    #expect(line.current.text == "Distinction")
    #expect(line.status == .above)
    #expect(line.effort == 2)
    #expect(line.homework == "good")
  }

  @Test("The current grade on a line follows the current-grade setting")
  func currentFollowsSetting() throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.record("M01", "Maths", "2026-10", target: "6", workingAt: "5", predicted: "7")
    try school.settings.set("current-grade", to: "working-at")
    let line = try #require(school.feedback(for: "M01")?.lines.first)
    #expect(line.current.text == "5")
    #expect(line.status == .below)
  }

  @Test("The trend is the change in steps since the previous month")
  func changeSincePreviousMonth() throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.record("M01", "Maths", "2026-09", target: "6", workingAt: "4")
    school.record("M01", "Maths", "2026-10", target: "6", workingAt: "5")
    school.record("M01", "Maths", "2026-11", target: "6", workingAt: "6-")
    school.record("M01", "Art", "2026-10", target: "6", workingAt: "7")
    school.record("M01", "Art", "2026-11", target: "6", workingAt: "6+")

    let sheet = try #require(school.feedback(for: "M01"))
    #expect(sheet.month == "2026-11")
    #expect(sheet.previousMonth == "2026-10")
    let maths = try #require(sheet.lines.first { $0.subject == "Maths" })
    let art = try #require(sheet.lines.first { $0.subject == "Art" })
    #expect(maths.change.isClose(to: 2.0 / 3))
    #expect(art.change.isClose(to: -2.0 / 3))
  }

  @Test("The trend counts from the previous calendar month even when loaded out of order")
  func changeWithMonthsLoadedOutOfOrder() throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.record("M01", "Maths", "2026-11", target: "6", workingAt: "7")
    school.record("M01", "Maths", "2026-09", target: "6", workingAt: "3")
    school.record("M01", "Maths", "2026-10", target: "6", workingAt: "5")

    let sheet = try #require(school.feedback(for: "M01"))
    #expect(sheet.month == "2026-11")
    #expect(sheet.previousMonth == "2026-10")
    #expect(sheet.lines.first?.change.isClose(to: 2) == true)
  }

  @Test("With periods, the trend counts from the period loaded before")
  func changeBetweenPeriods() throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.record("M01", "Maths", "G1", target: "6", workingAt: "4")
    school.record("M01", "Maths", "G2", target: "6", workingAt: "5")
    school.record("M01", "Maths", "G3", target: "6", workingAt: "5+")

    let sheet = try #require(school.feedback(for: "M01"))
    #expect(sheet.month == "G3")
    #expect(sheet.previousMonth == "G2")
    #expect(sheet.lines.first?.change.isClose(to: 1.0 / 3) == true)
  }

  @Test("The trend uses the current grade under the school's setting")
  func changeUsesCurrentGrade() throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.record("M01", "Maths", "2026-10", workingAt: "4", predicted: "6")
    school.record("M01", "Maths", "2026-11", workingAt: "5", predicted: "6")
    #expect(school.feedback(for: "M01")?.lines.first?.change == 0)
    try school.settings.set("current-grade", to: "working-at")
    #expect(school.feedback(for: "M01")?.lines.first?.change == 1)
  }

  @Test(
    "There is no trend without a graded result in the previous month",
    arguments: ["", "X", "none"])
  func noChangeWithoutEarlierGrade(earlier: String) throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.record("M01", "Art", "2026-10", workingAt: "5")
    if earlier != "none" {
      school.record("M01", "Maths", "2026-10", target: "6", workingAt: earlier)
    }
    school.record("M01", "Maths", "2026-11", target: "6", workingAt: "5")
    let maths = try #require(school.feedback(for: "M01")?.lines.first { $0.subject == "Maths" })
    #expect(maths.change == nil)
  }

  @Test("There is no trend when this month has no grade")
  func noChangeWithoutGradeNow() throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.record("M01", "Maths", "2026-10", target: "6", workingAt: "5")
    school.record("M01", "Maths", "2026-11", target: "6", workingAt: "X")
    let line = try #require(school.feedback(for: "M01")?.lines.first)
    #expect(line.change == nil)
    #expect(line.status == .noGrade)
  }

  @Test("The first month loaded has no previous month and no trend")
  func firstMonth() throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.record("M01", "Maths", "2026-10", target: "6", workingAt: "5")
    school.record("M01", "Maths", "2026-11", target: "6", workingAt: "6")
    let sheet = try #require(school.feedback(for: "M01", month: "2026-10"))
    #expect(sheet.month == "2026-10")
    #expect(sheet.previousMonth == nil)
    #expect(sheet.lines.first?.change == nil)
    #expect(sheet.lines.first?.current.text == "5")
  }

  @Test("An unknown mentee, or a school with no month loaded, has no feedback sheet")
  func noSheet() {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    #expect(school.feedback(for: "M01") == nil)
    school.record("M01", "Maths", "2026-10", target: "6", workingAt: "5")
    #expect(school.feedback(for: "M99") == nil)
    #expect(school.feedback(for: "M01") != nil)
  }

  @Test("A mentee with no result this month has a sheet with no lines")
  func sheetWithoutLines() throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.enrol("M02", "Tomasz", "Ward")
    school.record("M01", "Maths", "2026-10", target: "6", workingAt: "5")
    let sheet = try #require(school.feedback(for: "M02"))
    #expect(sheet.lines.isEmpty)
    #expect(sheet.flags.subjectsUnderTarget == 0)
  }

  @Test("A subject without a recorded scale has no status")
  func statusWithoutScale() {
    let result = MonthlyResult(
      menteeID: "M01", subject: "Latin", month: "2026-10",
      target: .reading("6", on: .gcseNumbers), workingAt: .reading("5", on: .gcseNumbers))
    #expect(School().status(of: result) == .noGrade)
  }
}
