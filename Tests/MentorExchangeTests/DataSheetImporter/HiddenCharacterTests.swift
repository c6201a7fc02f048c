import MentorExchange
import MentorModel
import Testing

@Suite("A data sheet whose cells hide or reorder text is refused, at each line")
struct HiddenCharacterTests {
  static let october = DataSheetOptions(month: "2026-10")

  @Test(
    "A direction override, isolate or control character in a cell read is refused",
    arguments: ["\u{202E}", "\u{202A}", "\u{2066}", "\u{2069}", "\u{7}", "\u{1B}", "\u{85}"])
  func refused(_ hidden: String) throws {
    let text = """
      UPN,Surname,Forename,Subject,Working At
      A100,Brontë,Zoë,Maths,5
      A101,Quist,An\(hidden)n,Maths,4
      """

    let failure = try ImportFixtures.problems(text, options: Self.october)

    let hex = String(hidden.unicodeScalars.first!.value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: 4 - hex.count) + hex
    #expect(
      failure.lines == [
        "sheet.csv:3: error: The cell in column 'Forename' holds the character \(code), which"
          + " can hide or reorder text; remove it from the sheet"
      ])
  }

  @Test("Every cell with one is named, in a header of a wide sheet too")
  func everyCell() throws {
    let text = """
      UPN,Surname,Maths\u{202E} - Working At
      A100,Brontë\u{2067},5
      A101,Quist,4\u{202D}
      """

    let failure = try ImportFixtures.problems(text, options: Self.october)

    let hidden = failure.problems.filter { $0.message.contains("can hide or reorder text") }
    #expect(hidden.map(\.line) == [1, 2, 3])
    #expect(
      failure.lines[0].hasPrefix("sheet.csv:1: error: The header 'Maths\u{202E} - Working At'"))
  }

  @Test("A column nothing reads is not checked, and ordinary accents and marks pass")
  func unusedColumnAndAccents() throws {
    let text = """
      UPN,Surname,Forename,Subject,Working At,Comment
      A100,Brontë,Zoë,Maths,5,"two
      lines\u{202E}"
      A101,O’Brien-Ní Dhálaigh,Seán,Maths,4,
      """

    let imported = try ImportFixtures.imported(text, options: Self.october)

    #expect(imported.sheet.people.map(\.forename) == ["Zoë", "Seán"])
  }
}
