import MentorExchange
import MentorModel
import Testing

@Suite("Header names that school systems use")
struct HeaderSynonymTests {
  /// A header name and the role it should be read as.
  struct Synonym: CustomTestStringConvertible, Sendable {
    var header: String
    var role: ColumnRole
    var testDescription: String { "'\(header)' as \(role.rawValue)" }
  }

  /// A long sheet's columns: the default header of each role and a value that fits it.
  static let columns: [(ColumnRole, String, String)] = [
    (.upn, "UPN", "A100"), (.surname, "Surname", "Brontë"), (.forename, "Forename", "Zoë"),
    (.year, "Year", "11"), (.form, "Form", "11B"), (.subject, "Subject", "Maths"),
    (.target, "Target", "6"), (.workingAt, "Working At", "5"), (.predicted, "Predicted", "6"),
    (.effort, "Effort", "2"), (.homework, "Homework", "Good"), (.attendance, "Attendance", "97"),
    (.mentor, "Mentor", "Ms Ortiz"), (.month, "Month", "2026-10"),
  ]

  static let synonyms: [Synonym] =
    ([
      ("UPN", .upn), ("Student ID", .upn), ("ID", .upn), ("Admission No", .upn),
      ("Surname", .surname), ("Legal Surname", .surname), ("Forename", .forename),
      ("Legal Forename", .forename), ("First name", .forename), ("Preferred Forename", .forename),
      ("Reg Group", .form), ("Form", .form), ("Tutor group", .form), ("Year", .year),
      ("Year Group", .year), ("Subject", .subject), ("Target", .target),
      ("Target Grade", .target), ("Working At", .workingAt), ("working_at", .workingAt),
      ("Current", .workingAt), ("Current Grade", .workingAt), ("Predicted", .predicted),
      ("Predicted Grade", .predicted), ("Effort", .effort), ("ATL", .effort),
      ("Attitude to Learning", .effort), ("Homework", .homework), ("Attendance", .attendance),
      ("Attendance %", .attendance), ("Mentor", .mentor), ("Month", .month),
      ("MONTH", .month),
    ] as [(String, ColumnRole)]).map { Synonym(header: $0.0, role: $0.1) }

  @Test("A header a school system writes is read for its role", arguments: synonyms)
  func synonymIsFound(synonym: Synonym) throws {
    let header = Self.columns.map { $0.0 == synonym.role ? synonym.header : $0.1 }
    let row = Self.columns.map(\.2)
    let text = [header, row].map { $0.joined(separator: ",") }.joined(separator: "\n")

    let imported = try ImportFixtures.imported(text)

    #expect(imported.report.header(for: synonym.role) == synonym.header)
    let result = try #require(imported.sheet.results.first)
    #expect(result.target.text == "6")
    #expect(result.workingAt.text == "5")
  }

  @Test("A full name is split whether it is written surname first or forename first")
  func fullNameColumn() throws {
    let text = """
      UPN,Name,Subject,Working At
      A100,"Brontë, Zoë",Maths,5
      A101,Sam O’Brien,Maths,4
      A102,Ana María de Souza,Maths,6
      """

    let imported = try ImportFixtures.imported(text, options: DataSheetOptions(month: "2026-10"))

    #expect(imported.report.header(for: .name) == "Name")
    let zoe = try #require(imported.sheet.person("A100"))
    #expect((zoe.surname, zoe.forename) == ("Brontë", "Zoë"))
    let sam = try #require(imported.sheet.person("A101"))
    #expect((sam.surname, sam.forename) == ("O’Brien", "Sam"))
    let ana = try #require(imported.sheet.person("A102"))
    #expect((ana.surname, ana.forename) == ("Souza", "Ana María de"))
  }

  @Test("Separate name columns win over a full name column")
  func separateNamesWin() throws {
    let text = """
      UPN,Name,Surname,Forename,Subject,Working At
      A100,Zoe B,Brontë,Zoë,Maths,5
      """

    let imported = try ImportFixtures.imported(text, options: DataSheetOptions(month: "2026-10"))

    #expect(imported.report.header(for: .name) == nil)
    #expect(imported.report.unusedColumns == ["Name"])
    #expect(imported.sheet.person("A100")?.forename == "Zoë")
  }

  @Test(
    "Year groups written with a word are kept as the number",
    arguments: [("Year 11", "11"), ("Y11", "11"), ("yr 9", "9"), ("11", "11"), ("Y07", "7")]
  )
  func yearGroupIsNormalised(written: String, kept: String) throws {
    let text = "UPN,Year,Subject,Working At\nA100,\(written),Maths,5"

    let imported = try ImportFixtures.imported(text, options: DataSheetOptions(month: "2026-10"))

    #expect(imported.sheet.person("A100")?.year == kept)
  }

  @Test(
    "Attendance is read as a percentage with or without a percent sign",
    arguments: [("96.5", 96.5), ("96.5%", 96.5), ("100 %", 100), ("0", 0)]
  )
  func attendanceIsRead(written: String, percent: Double) throws {
    let text = "UPN,Attendance,Subject,Working At\nA100,\(written),Maths,5"

    let imported = try ImportFixtures.imported(text, options: DataSheetOptions(month: "2026-10"))

    #expect(imported.sheet.attendance["A100"]?["2026-10"] == percent)
  }
}
