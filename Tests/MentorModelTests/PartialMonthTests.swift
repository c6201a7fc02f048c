import Testing

@testable import MentorModel

/// A data sheet for part of the school (one form, two subjects) loaded for a new month must
/// add to what is known of a mentee, not replace it.
@Suite("A partial month carries each mentee's latest earlier results forward")
struct PartialMonthTests {
  /// Zoë has three subjects and attendance in November; December's sheet for her form gives
  /// Maths and English only. Tomasz, in another form, has nothing in December.
  static func school() -> School {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë", attendance: ["2026-11": 88])
    school.enrol("M02", "Tomasz", "Ward", form: "11C", attendance: ["2026-11": 97])
    school.record("M01", "Maths", "2026-11", target: "6", workingAt: "4", effort: 3)
    school.record("M01", "English", "2026-11", target: "6", workingAt: "5")
    school.record("M01", "Art", "2026-11", target: "6", workingAt: "4", effort: 3)
    school.record("M02", "Maths", "2026-11", target: "6", workingAt: "5")
    school.record("M01", "Maths", "2026-12", target: "6", workingAt: "5")
    school.record("M01", "English", "2026-12", target: "6", workingAt: "6")
    return school
  }

  @Test("Each subject without a result in the month shows its latest earlier one, marked")
  func subjectsCarryForward() throws {
    let sheet = try #require(Self.school().feedback(for: "M01"))
    #expect(sheet.month == "2026-12")
    #expect(sheet.lines.map(\.subject) == ["Art", "English", "Maths"])
    #expect(sheet.lines.map { sheet.carriedFrom($0) } == ["2026-11", nil, nil])
    let art = sheet.lines[0]
    #expect(art.status == .wellBelow)
    #expect(art.change == nil)
    #expect(sheet.lines[2].change.isClose(to: 1))
  }

  @Test("Attendance and its flags come from the latest month that gave it")
  func attendanceCarriesForward() throws {
    let sheet = try #require(Self.school().feedback(for: "M01"))
    #expect(sheet.flags.attendance == 88)
    #expect(sheet.attendanceCarriedFrom == "2026-11")
    #expect(sheet.flags.persistentAbsence)
    #expect(sheet.flags.poorEffort == ["Art"])
    #expect(sheet.flags.subjectsUnderTarget == 2)
  }

  @Test("A sheet for an earlier month never shows a later result")
  func earlierMonthIsAsItWas() throws {
    let sheet = try #require(Self.school().feedback(for: "M01", month: "2026-11"))
    #expect(sheet.lines.map { sheet.carriedFrom($0) } == [nil, nil, nil])
    #expect(sheet.lines.first { $0.subject == "Maths" }?.current.text == "4")
    #expect(sheet.attendanceCarriedFrom == nil)
  }

  @Test("A mentee outside the partial sheet keeps their own latest month")
  func othersKeepTheirMonth() throws {
    let school = Self.school()
    #expect(school.feedback(for: "M02")?.month == "2026-11")
    let december = try #require(school.feedback(for: "M02", month: "2026-12"))
    #expect(december.lines.map { december.carriedFrom($0) } == ["2026-11"])
    #expect(december.flags.attendance == 97)
  }

  @Test("Filters judge the same latest known data, in the latest month or one named")
  func filtersUseLatestKnown() {
    let school = Self.school()
    var attendance = MenteeFilter()
    attendance.attendanceFlagged = true
    var below = MenteeFilter()
    below.belowAtLeast = 2
    var wellBelowInArt = MenteeFilter()
    wellBelowInArt.subjects = ["Art"]
    wellBelowInArt.status = .wellBelow
    for month in [nil, "2026-12"] {
      for filter in [attendance, below, wellBelowInArt] {
        #expect(school.caseload(filter, month: month).map(\.mentee.id) == ["M01"])
      }
    }
  }
}
