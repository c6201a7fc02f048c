import MentorExchange
import MentorModel
import Testing

@Suite("Column mappings given by the user")
struct ColumnMappingTests {
  static let customHeaders = """
    Student No;Last;First;Course;Aim;Now
    A100;Brontë;Zoë;Maths;6;5
    """

  @Test("A mapping given wins over detection and is shown as given in the report")
  func mappingWins() throws {
    let text = """
      UPN,Student No,Surname,Subject,Target,Working At
      X1,A100,Brontë,Maths,6,5
      """
    let options = DataSheetOptions(month: "2026-10", columns: [.upn: "Student No"])

    let imported = try ImportFixtures.imported(text, options: options)

    #expect(imported.sheet.people.map(\.id) == ["A100"])
    #expect(
      imported.report.columns.first { $0.header == "Student No" }?.use
        == .role(.upn, given: true))
    #expect(imported.report.unusedColumns == ["UPN"])
  }

  @Test("A mapping reads headers that no school system uses")
  func mappingReadsCustomHeaders() throws {
    let mapping = try #require(
      ColumnMapping(
        text: "upn=Student No;surname=Last;forename=First;subject=Course;"
          + "target=Aim;working-at=Now"))
    let options = DataSheetOptions(month: "2026-10", columns: mapping)

    let imported = try ImportFixtures.imported(Self.customHeaders, options: options)

    let result = try #require(imported.sheet.result("A100", "Maths", "2026-10"))
    #expect(result.target.text == "6")
    #expect(result.workingAt.text == "5")
    #expect(imported.sheet.person("A100")?.forename == "Zoë")
  }

  @Test("A mapping that names a header the file does not have is rejected")
  func unknownHeaderInMapping() throws {
    let options = DataSheetOptions(
      month: "2026-10", columns: [.upn: "Student No", .subject: "Course", .target: "Goal"])

    let failure = try ImportFixtures.problems(Self.customHeaders, options: options)

    #expect(
      failure.problems.contains(
        ImportProblem(line: 1, .unknownMappedHeader(role: .target, header: "Goal"))))
  }

  @Test("A mapping survives a round trip through its text form")
  func roundTrip() throws {
    let mapping: ColumnMapping = [
      .upn: "Student No", .surname: "Last", .subject: "Course", .workingAt: "Now; or=later\\",
    ]

    let text = mapping.description
    let read = try #require(ColumnMapping(text: text))

    #expect(text == #"upn=Student No;surname=Last;subject=Course;working-at=Now\; or\=later\\"#)
    #expect(read == mapping)
  }

  @Test(
    "The text form is read with spaces and other spellings of role names",
    arguments: [
      "upn=Student No;surname=Last;subject=Course",
      " UPN = Student No ; Surname=Last;subject=Course; ",
      "id=Student No;surname=Last;subject=Course",
    ]
  )
  func textFormIsLenient(text: String) throws {
    let mapping = try #require(ColumnMapping(text: text))

    #expect(mapping == [.upn: "Student No", .surname: "Last", .subject: "Course"])
  }

  @Test(
    "Text that is not a mapping is refused",
    arguments: ["upn", "colour=Red", "upn=A;upn=B", "upn=", "=Name"]
  )
  func badTextIsRefused(text: String) {
    #expect(ColumnMapping(text: text) == nil)
  }

  @Test("An empty text is an empty mapping")
  func emptyText() {
    #expect(ColumnMapping(text: "")?.isEmpty == true)
  }
}
