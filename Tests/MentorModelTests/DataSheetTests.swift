import Testing

@testable import MentorModel

@Suite("Applying a data sheet to the school")
struct DataSheetTests {
  /// A person from a sheet, with the details the sheet gives.
  static func person(
    _ id: String, _ forename: String = "", _ surname: String = "", year: String = "",
    form: String = "", mentor: String = ""
  ) -> DataSheet.Person {
    var person = DataSheet.Person(id: id)
    person.forename = forename
    person.surname = surname
    person.year = year
    person.form = form
    person.mentor = mentor
    return person
  }

  /// October's sheet: two mentees, Maths on GCSE and Sport on BTEC.
  static func october() -> DataSheet {
    var sheet = DataSheet(name: "october.csv")
    sheet.people = [
      person("M01", "Zoë", "Brontë", year: "11", form: "11B", mentor: "Ms Ríos"),
      person("M02", "Tomasz", "Ward", year: "11", form: "11C"),
    ]
    sheet.attendance = ["M01": ["2026-10": 93.5], "M02": ["2026-10": 99]]
    sheet.scales = ["Maths": .gcseNumbers, "Sport": .btec]
    sheet.months = ["2026-10"]
    sheet.results = [
      MonthlyResult(
        menteeID: "M01", subject: "Maths", month: "2026-10",
        target: .reading("6", on: .gcseNumbers),
        workingAt: .reading("5+", on: .gcseNumbers)),
      MonthlyResult(
        menteeID: "M02", subject: "Sport", month: "2026-10", target: .reading("M", on: .btec),
        workingAt: .reading("P", on: .btec)),
    ]
    return sheet
  }

  @Test("A sheet adds its mentees, scales, months and results")
  func addsEverything() throws {
    var school = School()
    school.add(Self.october())
    #expect(school.mentees.count == 2)
    #expect(school.mentees["M01"]?.displayName == "Zoë Brontë")
    #expect(school.mentees["M01"]?.mentor == "Ms Ríos")
    #expect(school.mentees["M01"]?.attendance == ["2026-10": 93.5])
    #expect(school.subjects == ["Maths": .gcseNumbers, "Sport": .btec])
    #expect(school.months == ["2026-10"])
    #expect(school.resultCount == 2)
    let maths = try #require(school.result(of: "M01", in: "Maths", month: "2026-10"))
    #expect(school.status(of: maths) == .below)
  }

  @Test("Blank details in a later sheet leave what is known alone")
  func blankDetailsKeepKnown() {
    var school = School()
    school.add(Self.october())
    var later = DataSheet(name: "november.csv")
    later.people = [Self.person("M01", form: "11D")]
    later.months = ["2026-11"]
    school.add(later)
    let mentee = school.mentees["M01"]
    #expect(mentee?.displayName == "Zoë Brontë")
    #expect(mentee?.year == "11")
    #expect(mentee?.form == "11D")
    #expect(mentee?.mentor == "Ms Ríos")
  }

  @Test("Attendance of a new month is added beside the months known")
  func attendanceMerges() {
    var school = School()
    school.add(Self.october())
    var later = DataSheet(name: "november.csv")
    later.people = [Self.person("M01")]
    later.attendance = ["M01": ["2026-11": 88]]
    school.add(later)
    #expect(school.mentees["M01"]?.attendance == ["2026-10": 93.5, "2026-11": 88])
  }

  @Test("A result of the same mentee, subject and month is replaced")
  func sameResultReplaced() {
    var school = School()
    school.add(Self.october())
    var again = DataSheet(name: "october-corrected.csv")
    again.months = ["2026-10"]
    again.results = [
      MonthlyResult(
        menteeID: "M01", subject: "Maths", month: "2026-10",
        target: .reading("6", on: .gcseNumbers),
        workingAt: .reading("7", on: .gcseNumbers))
    ]
    school.add(again)
    #expect(school.resultCount == 2)
    #expect(school.result(of: "M01", in: "Maths", month: "2026-10")?.workingAt.text == "7")
  }

  @Test("Months from sheets loaded out of order are kept in date order")
  func monthsInDateOrder() {
    var school = School()
    var november = DataSheet(name: "november.csv")
    november.months = ["2026-11"]
    school.add(november)
    school.add(Self.october())
    #expect(school.months == ["2026-10", "2026-11"])
    #expect(school.latestMonth == "2026-11")
  }

  @Test("Removing the results of an earlier load leaves the rest")
  func removeResults() {
    var school = School()
    school.add(Self.october())
    school.removeResults([ResultKey(menteeID: "M01", subject: "Maths", month: "2026-10")])
    #expect(school.result(of: "M01", in: "Maths", month: "2026-10") == nil)
    #expect(school.result(of: "M02", in: "Sport", month: "2026-10") != nil)
    #expect(school.resultCount == 1)
  }

  @Test("Results can be listed for one subject or for all")
  func allResults() {
    var school = School()
    school.add(Self.october())
    #expect(school.allResults().count == 2)
    #expect(school.allResults(in: "Sport").map(\.menteeID) == ["M02"])
    #expect(school.allResults(in: "Latin").isEmpty)
    #expect(school.results(of: "M01").keys.sorted() == ["Maths"])
  }
}
