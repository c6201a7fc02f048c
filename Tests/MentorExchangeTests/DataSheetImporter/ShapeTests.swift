import MentorExchange
import MentorModel
import Testing

@Suite("The three shapes of a data sheet")
struct ShapeTests {
  @Test("A long sheet gives one result per row, with every measure and detail")
  func longSheet() throws {
    let options = DataSheetOptions(month: "Oct 2026")

    let imported = try ImportFixtures.imported(ImportFixtures.longSheet, options: options)

    let sheet = imported.sheet
    #expect(imported.report.shape == .long)
    #expect(sheet.months == ["2026-10"])
    #expect(sheet.people.map(\.id) == ["A100", "A101"])
    #expect(sheet.results.count == 3)
    let maths = try #require(sheet.result("A100", "Maths", "2026-10"))
    #expect(maths.target == .grade("6", position: 6))
    #expect(maths.workingAt.text == "5+")
    #expect(maths.predicted.text == "6-")
    #expect(maths.effort == 1)
    #expect(maths.homework == "Good")
    let zoe = try #require(sheet.person("A100"))
    #expect(
      [zoe.surname, zoe.forename, zoe.year, zoe.form, zoe.mentor]
        == ["Brontë", "Zoë", "11", "11B", "Ms Ortiz"])
    #expect(sheet.attendance["A101"]?["2026-10"] == 88)
    #expect(sheet.scales["Maths"] == .gcseNumbers)
  }

  @Test("A long sheet with a month column takes each row's month")
  func longSheetWithMonthColumn() throws {
    let text = """
      UPN,Surname,Forename,Month,Subject,Target,Working At
      A100,Brontë,Zoë,2026-09,Maths,6,5
      A100,Brontë,Zoë,2026-10,Maths,6,5+
      A100,Brontë,Zoë,Nov 2026,Maths,6,6-
      """

    let imported = try ImportFixtures.imported(text)

    #expect(imported.sheet.months == ["2026-09", "2026-10", "2026-11"])
    #expect(imported.sheet.people.count == 1)
    #expect(imported.sheet.result("A100", "Maths", "2026-11")?.workingAt.text == "6-")
    #expect(imported.report.header(for: .month) == "Month")
  }

  @Test("A wide sheet by subject reads fine grades and targets written as whole grades")
  func wideBySubjectWithFineGrades() throws {
    let text = """
      UPN,Surname,Forename,Maths - Target,Maths - Working At,Maths: Effort,\
      English_Target,English_Predicted,Art Target Grade,Art Current
      A100,Brontë,Zoë,6,5-,2,7,7+,,
      A101,O’Brien,Sam,5,5+,1,4,4-,5,4
      """

    let imported = try ImportFixtures.imported(text, options: DataSheetOptions(month: "2026-10"))

    #expect(imported.report.shape == .wideBySubject)
    #expect(imported.report.subjects == ["Maths", "English", "Art"])
    let sheet = imported.sheet
    #expect(sheet.results.count == 5)
    let zoeMaths = try #require(sheet.result("A100", "Maths", "2026-10"))
    #expect(zoeMaths.target == .grade("6", position: 6))
    #expect(zoeMaths.workingAt == .grade("5-", position: 5 - 1.0 / 3))
    #expect(zoeMaths.effort == 2)
    #expect(
      sheet.result("A101", "Maths", "2026-10")?.workingAt.position(on: .gcseNumbers)
        == 5 + 1.0 / 3)
    #expect(sheet.result("A100", "English", "2026-10")?.predicted.text == "7+")
    #expect(sheet.result("A100", "Art", "2026-10") == nil)
    #expect(sheet.result("A101", "Art", "2026-10")?.workingAt.text == "4")
    #expect(sheet.scales == ["Maths": .gcseNumbers, "English": .gcseNumbers, "Art": .gcseNumbers])
  }

  @Test(
    "A wide sheet by period makes each period column a month of working-at grades",
    arguments: [
      (["G1", "G2", "G3"], ["G1", "G2", "G3"]),
      (["2026-09", "2026-10"], ["2026-09", "2026-10"]),
      (["Sep 2026", "October 2026"], ["2026-09", "2026-10"]),
      (["Autumn 1", "Autumn 2"], ["Autumn1", "Autumn2"]),
      (["HT 1", "HT 2"], ["HT1", "HT2"]), (["Term 1", "Term 2"], ["Term1", "Term2"]),
    ]
  )
  func wideByPeriod(headers: [String], months: [String]) throws {
    let grades = (1...headers.count).map { String(3 + $0) }
    let text = """
      UPN,Surname,Subject,Target,\(headers.joined(separator: ","))
      A100,Brontë,Maths,7,\(grades.joined(separator: ","))
      A100,Brontë,English,6,\(grades.reversed().joined(separator: ","))
      """

    let imported = try ImportFixtures.imported(text)

    #expect(imported.report.shape == .wideByPeriod)
    #expect(imported.sheet.months == months)
    #expect(imported.sheet.results.count == 2 * headers.count)
    let last = try #require(months.last)
    let maths = try #require(imported.sheet.result("A100", "Maths", last))
    #expect(maths.workingAt.text == grades.last)
    #expect(maths.target.text == "7")
  }

  @Test(
    "A period column's month is the one --month gives for the column's name",
    arguments: ["G1", "HT 2", "Autumn 1", "Spring-2", "Term 3", "Sep 2026", "2026-10"])
  func periodColumnAgreesWithMonthOption(header: String) throws {
    let text = "UPN,Subject,\(header)\nA100,Maths,5"

    let imported = try ImportFixtures.imported(text)

    let spaced = header.replacingOccurrences(of: "-", with: " ")
    #expect(imported.sheet.months == [try Month.label(spaced)])
  }

  @Test(
    "A column named by a month without a year, or a word alone, is not a period",
    arguments: ["Nov", "Nov 26", "Autumn", "Setp"])
  func wordColumnsAreNotPeriods(header: String) throws {
    let text = "UPN,Subject,Target,\(header)\nA100,Maths,6,5"

    let imported = try ImportFixtures.imported(text, options: DataSheetOptions(month: "2026-10"))

    #expect(imported.report.shape == .long)
    #expect(imported.report.unusedColumns == [header])
  }

  @Test("A wide sheet by period without a subject column takes the subject given")
  func wideByPeriodWithSubjectGiven() throws {
    let text = """
      school;age;G1;G2;G3
      "GP";16;"12";"13";14
      "MS";17;"8";"9";10
      """
    let options = DataSheetOptions(subject: "Mathematics", idPrefix: "MAT")

    let imported = try ImportFixtures.imported(text, options: options)

    #expect(imported.sheet.people.map(\.id) == ["MAT0001", "MAT0002"])
    #expect(imported.sheet.result("MAT0002", "Mathematics", "G3")?.workingAt.text == "10")
    #expect(imported.sheet.scales["Mathematics"] == .numeric(0, 20))
    #expect(imported.report.unusedColumns == ["school", "age"])
  }

  @Test("A shape given wins over the shape the header suggests")
  func shapeGiven() throws {
    let text = """
      UPN,Subject,G1,Working At
      A100,Maths,12,5
      """
    let detected = try ImportFixtures.imported(text, options: DataSheetOptions(month: "2026-10"))
    let options = DataSheetOptions(shape: .wideByPeriod)

    let given = try ImportFixtures.imported(text, options: options)

    #expect(detected.report.shape == .long)
    #expect(given.report.shape == .wideByPeriod)
    #expect(given.report.shapeGiven)
    #expect(given.sheet.result("A100", "Maths", "G1")?.workingAt.text == "12")
  }

  @Test("Shapes are named in options as they are in the report")
  func shapeNames() {
    #expect(DataSheetShape(name: "wide-by-subject") == .wideBySubject)
    #expect(DataSheetShape(name: "Wide by period") == .wideByPeriod)
    #expect(DataSheetShape(name: "LONG") == .long)
    #expect(DataSheetShape(name: "tall") == nil)
  }
}
