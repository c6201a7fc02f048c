import MentorExchange
import MentorModel
import Testing

@Suite("Problems that stop a data sheet from being stored")
struct ImportProblemTests {
  static let october = DataSheetOptions(month: "2026-10")

  @Test("A second row for the same mentee, subject and month is rejected with both lines")
  func duplicateRow() throws {
    let text = """
      UPN,Surname,Subject,Working At
      A100,Brontë,Maths,5
      A101,O’Brien,Maths,4
      A100,Brontë,Maths,6
      """

    let failure = try ImportFixtures.problems(text, options: Self.october)

    let expected = ImportProblem.Reason.duplicateRow(
      id: "A100", subject: "Maths", month: "2026-10", firstLine: 2)
    #expect(failure.problems == [ImportProblem(line: 4, expected)])
    #expect(
      failure.lines == [
        "sheet.csv:4: error: A second row for 'A100' in 'Maths' for 2026-10; "
          + "the first is on line 2"
      ])
  }

  @Test("A grade that is not on the scale given is rejected at its line")
  func unknownGrade() throws {
    let text = """
      UPN,Subject,Target,Working At
      A100,Maths,6,5
      A101,Maths,6,Q
      """
    let options = DataSheetOptions(month: "2026-10", scale: .gcseNumbers)

    let failure = try ImportFixtures.problems(text, options: options)

    let reason = ImportProblem.Reason.unknownGrade(
      grade: "Q", subject: "Maths", scale: .gcseNumbers)
    #expect(failure.problems == [ImportProblem(line: 3, reason)])
    #expect(failure.problems[0].message == "'Q' is not a grade of the scale of 'Maths' (gcse)")
  }

  @Test("A subject whose grades fit no scale is named with some grades that do not fit")
  func noScaleFits() throws {
    let text = """
      UPN,Subject,Target,Working At
      A100,Maths,6,5+
      A101,Maths,6,5
      A102,Maths,7,Q
      A103,English,6,6
      """

    let failure = try ImportFixtures.problems(text, options: Self.october)

    #expect(
      failure.problems == [
        ImportProblem(line: 4, .noScaleFits(subject: "Maths", examples: ["Q"]))
      ])
  }

  @Test("One bad row means no data sheet at all")
  func badRowMeansNoSheet() {
    let text = ImportFixtures.longSheet + "\nA102,Brontë,Anne,11,11B,Maths,6,5,6,7,,,"

    let result = ImportFixtures.read(text, options: Self.october)

    guard case .failure(let failure) = result else {
      Issue.record("A sheet was read although a row is bad")
      return
    }
    #expect(failure.problems == [ImportProblem(line: 5, .badEffort("7", subject: "Maths"))])
  }

  @Test("Every problem in a sheet is reported, in line order")
  func everyProblemIsReported() throws {
    let text = """
      UPN,Surname,Forename,Month,Subject,Target,Working At,Effort,Attendance
      A100,Brontë,Zoë,2026-10,Maths,6,5,1,97
      A100,Bronte,Anne,2026-10,English,6,5,2,97
      A101,O’Brien,Sam,2026-13,Maths,6,5,2,97
      A102,Okafor,Ada,2026-10,Maths,6,5,5,101
      A103,Lind,Ola,2026-10,,6,5,1,97
      A104,Lind,Per,2026-10,Maths,6
      ,Lind,Kai,2026-10,Maths,6,5,1,97
      """

    let failure = try ImportFixtures.problems(text)

    #expect(
      failure.problems == [
        ImportProblem(
          line: 3,
          .sameIDDifferentName(
            id: "A100", name: "Anne Bronte", firstName: "Zoë Brontë", firstLine: 2)),
        ImportProblem(line: 4, .badMonth("2026-13")),
        ImportProblem(line: 5, .badAttendance("101")),
        ImportProblem(line: 5, .badEffort("5", subject: "Maths")),
        ImportProblem(line: 6, .blankSubject),
        ImportProblem(line: 7, .wrongFieldCount(found: 6, expected: 9)),
        ImportProblem(line: 8, .blankID(column: "UPN")),
      ])
  }

  @Test("Two mentees with the same name and different ids are two mentees")
  func sameNameDifferentIDs() throws {
    let text = """
      UPN,Surname,Forename,Subject,Working At
      A100,Brontë,Zoë,Maths,5
      A200,Brontë,Zoë,Maths,6
      """

    let imported = try ImportFixtures.imported(text, options: Self.october)

    #expect(imported.sheet.people.map(\.id) == ["A100", "A200"])
  }

  @Test("The same name written with other accents or case is the same name")
  func sameNameOtherAccents() throws {
    let text = """
      UPN,Surname,Forename,Subject,Working At
      A100,Brontë,Zoë,Maths,5
      A100,BRONTE,zoe,English,6
      """

    let imported = try ImportFixtures.imported(text, options: Self.october)

    #expect(imported.sheet.people.count == 1)
  }

  @Test("More problems than the limit are counted in a last line")
  func problemsAreCapped() throws {
    let rows = (1...60).map { "A\($0),Maths,6,Q" }
    let text = (["UPN,Subject,Target,Working At"] + rows).joined(separator: "\n")
    let options = DataSheetOptions(month: "2026-10", scale: .gcseNumbers)

    let failure = try ImportFixtures.problems(text, options: options)

    #expect(failure.problems.count == ImportFailure.limit)
    #expect(failure.omitted == 10)
    #expect(failure.lines.count == 51)
    #expect(failure.lines.last == "and 10 more problems")
    #expect(failure.problems.first?.line == 2)
  }

  @Test("A sheet with no month anywhere asks for one")
  func noMonth() throws {
    let failure = try ImportFixtures.problems(ImportFixtures.longSheet)

    #expect(failure.problems == [ImportProblem(line: nil, .noMonth)])
    #expect(
      failure.lines == [
        "sheet.csv: error: The data sheet gives no month; give it with --month, "
          + "such as --month 2026-10"
      ])
  }

  @Test(
    "A month that does not exist is rejected, given or as a column",
    arguments: ["2026-13", "13/2026", "Smarch 2026"]
  )
  func invalidMonth(month: String) throws {
    let given = try ImportFixtures.problems(
      ImportFixtures.longSheet, options: DataSheetOptions(month: month))
    let column = "UPN,Month,Subject,Working At\nA100,\(month),Maths,5"

    let inColumn = try ImportFixtures.problems(column)

    #expect(given.problems == [ImportProblem(line: nil, .badMonth(month))])
    #expect(inColumn.problems == [ImportProblem(line: 2, .badMonth(month))])
  }

  @Test("A period column that cannot be a month is rejected at the header")
  func invalidPeriodColumn() throws {
    let text = "UPN,Subject,2026-12,2026-13\nA100,Maths,5,6"

    let failure = try ImportFixtures.problems(text)

    #expect(failure.problems == [ImportProblem(line: 1, .badMonth("2026-13"))])
  }

  @Test("A long sheet without a subject column asks for the subject")
  func missingSubject() throws {
    let text = "UPN,Target,Working At\nA100,6,5"

    let failure = try ImportFixtures.problems(text, options: Self.october)

    #expect(failure.problems.map(\.reason) == [.missingColumn(.subject)])
    #expect(failure.problems[0].message.contains("--subject"))
  }

  @Test("A sheet without any grade column is rejected")
  func noGradeColumns() throws {
    let text = "UPN,Subject,Teacher\nA100,Maths,Mr Dale"

    let failure = try ImportFixtures.problems(text, options: Self.october)

    #expect(failure.problems.map(\.reason) == [.noGradeColumns(.long)])
  }

  @Test("A header with no rows under it is rejected")
  func noRows() throws {
    let failure = try ImportFixtures.problems(
      "UPN,Subject,Working At\n", options: Self.october)

    #expect(failure.problems.map(\.reason) == [.noRows])
  }

  @Test("An error of the CSV reader becomes a problem at the line it names")
  func csvErrorIsAProblem() throws {
    let text = "UPN,Subject,Working At\nA100,Maths,5\nA101,\"Maths,5\nA102,Maths,6"

    let failure = try ImportFixtures.problems(text, options: Self.october)

    #expect(failure.problems == [ImportProblem(.unterminatedQuote(line: 3))])
    #expect(failure.problems[0].line == 3)
  }

  @Test("A file that cannot be read is a problem naming the file")
  func missingFile() {
    let result = DataSheetImporter.read(path: "/nonexistent/folder/october.csv")

    guard case .failure(let failure) = result else {
      Issue.record("A missing file was read")
      return
    }
    #expect(failure.name == "october.csv")
    #expect(failure.problems.count == 1)
    #expect(failure.problems.first?.line == nil)
  }
}
