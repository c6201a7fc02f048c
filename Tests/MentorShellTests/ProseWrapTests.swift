import Testing

@testable import MentorShell

/// Prose on a narrow terminal breaks between words, never inside one.
@Suite("Prose lines break at spaces to fit the terminal")
struct ProseWrapTests {
  @Test("A line breaks at the last space that fits; no word is cut")
  func breaksAtSpaces() {
    let line = "mentor 0.1.0: 120 mentees, 9 subjects, 3 months (latest 2026-12) in '/tmp/demo.db'."

    let lines = ProseWrap.wrap(line: line, width: 60)

    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.count <= 60 })
    #expect(lines.joined(separator: " ") == line)
    #expect(lines[0].hasSuffix("(latest"))
  }

  @Test("A line that fits, and a line with a colour escape, are left as they are")
  func leftAlone() {
    #expect(ProseWrap.wrap(line: "short", width: 60) == ["short"])
    let coloured = "\u{1B}[31m" + String(repeating: "word ", count: 20) + "\u{1B}[0m"
    #expect(ProseWrap.wrap(line: coloured, width: 60) == [coloured])
  }

  @Test("A two-column line goes on under its second column")
  func hangsUnderTheSecondColumn() {
    let line = "  --month MONTH  the month of the sheet, when neither its name nor a column says it"

    let lines = ProseWrap.wrap(line: line, width: 50)

    let column = "  --month MONTH  ".count
    #expect(lines.count == 3)
    #expect(lines.allSatisfy { $0.count <= 50 })
    for continued in lines.dropFirst() {
      #expect(continued.prefix(while: { $0 == " " }).count == column)
    }
  }

  @Test("A word longer than the width is kept whole on a line of its own")
  func longWord() {
    let long = String(repeating: "x", count: 30)

    #expect(ProseWrap.wrap(line: "see \(long) now", width: 20) == ["see", long, "now"])
  }
}
