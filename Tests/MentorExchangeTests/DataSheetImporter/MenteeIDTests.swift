import MentorExchange
import MentorModel
import Testing

@Suite("Ids of mentees in sheets without an id column")
struct MenteeIDTests {
  static let withoutIDs = """
    Surname,Forename,Subject,Working At
    Brontë,Zoë,Maths,5
    O’Brien,Sam,Maths,4
    """

  @Test("Ids are made from the prefix given and the row number, and the report says so")
  func prefixAndRowNumber() throws {
    let text = """
      Surname,Forename,Maths - Working At
      Brontë,Zoë,5
      O’Brien,Sam,4
      """
    let options = DataSheetOptions(month: "2026-10", idPrefix: "MAT")

    let imported = try ImportFixtures.imported(text, options: options)

    #expect(imported.sheet.people.map(\.id) == ["MAT0001", "MAT0002"])
    #expect(imported.report.notes == [.idsFromRowNumbers(prefix: "MAT")])
    #expect(
      imported.report.lines.contains(
        "Note: no id column: ids made from prefix 'MAT' and the row number"))
  }

  @Test("Without a prefix given, the prefix is the last word of the file name")
  func prefixFromFileName() throws {
    let text = "Surname,G1\nBrontë,12"
    let options = DataSheetOptions(subject: "Mathematics")

    let imported = try ImportFixtures.imported(text, name: "student-mat.csv", options: options)

    #expect(imported.sheet.people.map(\.id) == ["MAT0001"])
  }

  @Test("A mentee with a row per subject keeps one made-up id across the rows")
  func madeUpIDsFollowNames() throws {
    let text = """
      Surname,Forename,Subject,Working At
      Brontë,Zoë,Maths,5
      O’Brien,Sam,Maths,4
      Brontë,Zoë,English,6
      O’Brien,Sam,English,3
      """
    let options = DataSheetOptions(month: "2026-10", idPrefix: "Y11")

    let imported = try ImportFixtures.imported(text, options: options)

    #expect(imported.sheet.people.map(\.id) == ["Y110001", "Y110002"])
    #expect(imported.sheet.result("Y110001", "English", "2026-10")?.workingAt.text == "6")
    #expect(imported.report.notes == [.idsFromNames(prefix: "Y11")])
  }

  @Test("Ids made from the values of columns are the same for the same student in two files")
  func idColumnsMatchAcrossFiles() throws {
    let maths = """
      school;sex;age;G1
      GP;F;16;12
      GP;M;17;9
      MS;F;16;14
      """
    let portuguese = """
      school;sex;age;G1
      MS;F;16;11
      GP;F;15;10
      gp;f;16;13
      """
    var options = DataSheetOptions(idColumns: ["school", "sex", "age"])
    options.subject = "Mathematics"
    let first = try ImportFixtures.imported(maths, options: options)
    options.subject = "Portuguese"

    let second = try ImportFixtures.imported(portuguese, options: options)

    let firstIDs = first.sheet.people.map(\.id)
    let secondIDs = second.sheet.people.map(\.id)
    #expect(Set(firstIDs).count == 3)
    #expect(secondIDs[0] == firstIDs[2])
    #expect(secondIDs[2] == firstIDs[0])
    #expect(!firstIDs.contains(secondIDs[1]))
    #expect(firstIDs.allSatisfy { $0.hasPrefix("S-") && $0.count == 10 })
    #expect(first.report.notes == [.idsFromValues(columns: ["school", "sex", "age"])])
  }

  @Test("Rows with the same id values are numbered in file order and counted in the report")
  func sharedValuesAreNumbered() throws {
    let text = """
      school;sex;age;G1
      GP;F;16;12
      GP;M;17;9
      GP;F;16;14
      GP;F;16;15
      """
    let options = DataSheetOptions(subject: "Mathematics", idColumns: ["school", "sex", "age"])

    let imported = try ImportFixtures.imported(text, options: options)

    let ids = imported.sheet.people.map(\.id)
    #expect(ids[2] == ids[0] + "-2")
    #expect(ids[3] == ids[0] + "-3")
    #expect(imported.report.notes.contains(.rowsNumbered(2)))
  }

  @Test("Ids made from values are numbered per subject, so one student keeps one id")
  func numberingIsPerSubject() throws {
    let text = """
      School,Sex,Subject,Working At
      GP,F,Maths,5
      GP,F,English,6
      GP,F,Maths,4
      GP,F,English,3
      """
    let options = DataSheetOptions(month: "2026-10", idColumns: ["School", "Sex"])

    let imported = try ImportFixtures.imported(text, options: options)

    #expect(imported.sheet.people.count == 2)
    #expect(imported.sheet.results.count == 4)
    #expect(imported.report.notes.contains(.rowsNumbered(2)))
  }

  @Test("An id column given to make ids from must be in the header")
  func unknownIDColumn() throws {
    let options = DataSheetOptions(month: "2026-10", idColumns: ["Surname", "Birthday"])

    let failure = try ImportFixtures.problems(Self.withoutIDs, options: options)

    #expect(failure.problems.map(\.reason) == [.unknownIDColumn("Birthday")])
    #expect(failure.problems.first?.line == 1)
  }

  @Test("Rows per subject with neither id nor name cannot be told apart")
  func nothingTellsMenteesApart() throws {
    let text = "Subject,Working At\nMaths,5"

    let failure = try ImportFixtures.problems(text, options: DataSheetOptions(month: "2026-10"))

    #expect(failure.problems.map(\.reason) == [.cannotTellMenteesApart])
  }
}
