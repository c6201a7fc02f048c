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

@Suite("Help's paragraphs are joined and broken again on a narrow terminal")
struct ProseReflowTests {
  @Test("Lines of a paragraph join before breaking; indented lines and the usage stay apart")
  func reflowsParagraphs() {
    let text = """
      Usage: load FILE [--month MONTH]

      Reads long sheets (one row per mentee and subject), wide sheets (columns such as
      'Maths - Target') and sheets with a column per period.

      Examples:
        load demo/2026-11.csv --month 2026-11

      """

    let lines = ProseWrap.reflow(text, width: 40).split(separator: "\n").map(String.init)

    #expect(lines.allSatisfy { $0.count <= 40 })
    #expect(lines[0] == "Usage: load FILE [--month MONTH]")
    #expect(lines.contains("  load demo/2026-11.csv --month 2026-11"))
    let paragraph = lines[1..<lines.firstIndex(of: "Examples:")!].joined(separator: " ")
    #expect(paragraph.contains("wide sheets (columns such as 'Maths - Target') and sheets"))
  }

  @Test("Text that fits is left as it is")
  func fits() {
    #expect(
      ProseWrap.reflow("Usage: x\n\nShort.\nLines.\n", width: 60) == "Usage: x\n\nShort.\nLines.\n")
  }
}
