import MentorModel
import Testing

@testable import MentorExchange

@Suite("A column's repeated texts are read once and come back exactly")
struct RepeatedFieldTests {
  @Test("The same bytes in a column give one string; other bytes and columns their own")
  func repeatsShareAString() throws {
    let table = try CSVReader.read(
      text: "id,subject,grade\nA1,Maths,5\nA1,Art,5\nA1,Maths,\"5\"\nA2,Maths,5 \n")
    let rows = table.rows.map(\.fields)

    #expect(rows.map { $0[0] } == ["A1", "A1", "A1", "A2"])
    #expect(rows[0][0].isIdentical(to: rows[2][0]))
    #expect(rows[0][1].isIdentical(to: rows[2][1]))
    #expect(rows[0][2].isIdentical(to: rows[1][2]))
    #expect(rows[0][2].isIdentical(to: rows[2][2]))
    #expect(!rows[0][1].isIdentical(to: rows[1][1]))
    #expect(rows[3][2] == "5")
  }

  @Test("A column of more texts than it remembers reads every field as written")
  func manyTextsInOneColumn() throws {
    let values = (0..<100).map { "value \($0 % 37) ünï" } + ["", "value 3 ünï", "\"q\""]
    let text =
      "name\n"
      + values.map { $0.contains("\"") ? "\"\"\"q\"\"\"" : $0 }
      .joined(separator: "\n") + "\n"
    let table = try CSVReader.read(text: text)
    // A blank line is no record, so the empty value is not read.
    #expect(table.rows.map { $0.fields[0] } == values.filter { !$0.isEmpty })
  }

  @Test("A repeated text with a hidden character is refused on every line that has it")
  func repeatedHiddenCharacter() throws {
    let text = """
      UPN,Surname,Forename,Subject,Working At
      A100,Brontë,Zo\u{202E}ë,Maths,5
      A100,Brontë,Zo\u{202E}ë,Art,4
      A100,Brontë,Zoë,Music,4
      """

    let failure = try ImportFixtures.problems(text, options: DataSheetOptions(month: "2026-10"))

    let hidden = failure.problems.filter { $0.message.contains("can hide or reorder text") }
    #expect(hidden.map(\.line) == [2, 3])
  }

  @Test("A repeated cell with spaces around it is trimmed on every row")
  func repeatedTrimming() throws {
    let text = """
      UPN,Surname,Forename,Subject,Working At
      A100,Brontë,"  Zoë ",Maths,5
      A100,Brontë,"  Zoë ",Art,4
      """

    let imported = try ImportFixtures.imported(text, options: DataSheetOptions(month: "2026-10"))

    #expect(imported.sheet.people.map(\.forename) == ["Zoë"])
    #expect(imported.sheet.results.count == 2)
  }
}
