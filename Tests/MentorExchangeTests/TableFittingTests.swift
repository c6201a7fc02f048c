import Testing

@testable import MentorExchange

@Suite("A text table fits the terminal's width")
struct TableFittingTests {
  static func table() -> Table {
    var table = Table(columns: [
      .init("id", "Id"), .init("name", "Name", shrinks: true),
      .init("form", "Form", dropOrder: 2), .init("notes", "Notes", shrinks: true, dropOrder: 1),
    ])
    table.append(["A1", "Zoë Brontë-Whitfield", "11B", "effort 3 or 4 in English Language"])
    return table
  }

  @Test("A wide terminal shows every column in full")
  func wide() {
    let text = Self.table().text(width: 200)
    #expect(text.contains("Zoë Brontë-Whitfield"))
    #expect(text.contains("effort 3 or 4 in English Language"))
  }

  @Test("Free text is shortened with an ellipsis before any column is left out")
  func shortened() {
    let text = Self.table().text(width: 50)
    #expect(text.contains("Form"))
    #expect(text.contains("…"))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 50 })
  }

  @Test("A narrow terminal leaves out droppable columns, lowest drop order first")
  func dropped() {
    let text = Self.table().text(width: 30)
    #expect(!text.contains("Notes"))
    #expect(text.contains("Form"))
    #expect(text.contains("A1"))
  }

  @Test("Without a width nothing is shortened or left out")
  func unlimited() {
    let text = Self.table().text()
    #expect(text.contains("effort 3 or 4 in English Language"))
    #expect(!text.contains("…"))
  }

  @Test("A column with nothing in it is left out before any name is cut short")
  func emptyColumnFirst() {
    var table = Table(columns: [
      .init("review", "Review"), .init("id", "Id"), .init("mentee", "Mentee", shrinks: true),
      .init("state", "State"), .init("action", "Action", shrinks: true),
      .init("flag", "Flag", shrinks: true),
    ])
    table.append([
      "2026-12-18", "I1", "Tobi Adebayo", "agreed",
      "a catch-up session with the Maths teacher after school on Tuesdays", "",
    ])
    let narrow = table.text(width: 60)
    #expect(!narrow.contains("Flag"))
    #expect(narrow.contains("Tobi Adebayo  "))
    #expect(table.text(width: 120).contains("Flag"))
  }

  /// Counts of interventions by state and category: seven columns that no narrowing fits
  /// into 60.
  static func counts() -> Table {
    var table = Table(
      columns: [.init("state", "State")]
        + ["Curriculum", "Teacher", "Student", "Resources", "Parent", "Total"].map {
          .init($0.lowercased(), $0, alignsRight: true)
        })
    table.append(["not-implemented", "1", "2", "3", "4", "5", "15"])
    table.append(["total", "10", "20", "30", "40", "50", "150"])
    return table
  }

  @Test("A table too wide even so is stacked in parts, each with the first column again")
  func stacked() {
    let text = Self.counts().text(width: 60)
    let parts = text.components(separatedBy: "\n\n")
    #expect(parts.count == 2)
    #expect(!text.contains("…"))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 60 })
    #expect(parts.allSatisfy { $0.hasPrefix("State") && $0.contains("not-implemented") })
    #expect(parts[1].contains("Parent") && parts[1].contains("Total"))
    #expect(parts[1].contains("150"))
    #expect(!Self.counts().text(width: 80).contains("\n\n"))
  }

  /// A caseload-like table: an id, names, counts under wide headings, and free text.
  static func caseload() -> Table {
    var table = Table(columns: [
      .init("id", "Id"), .init("surname", "Surname", shrinks: true),
      .init("below", "Below", alignsRight: true),
      .init("well_below", "Well below", alignsRight: true),
      .init("on_or_above", "On or above", alignsRight: true),
      .init("flags", "Flags", shrinks: true),
    ])
    table.append([
      "X797211371138", "Brontë", .init("2", colour: .amber), .init("1", colour: .red), "5",
      "attendance concern; effort 3 or 4 in Combined Science, Drama",
    ])
    table.append(["L782309592178", "Eze", "0", "0", "7", ""])
    return table
  }

  /// The number of characters a person sees on a line: colour escapes do not count.
  static func visible(_ line: Substring) -> Int {
    line.replacing(#/\x{1B}\[[0-9;]*m/#, with: "").count
  }

  @Test("No line is ever wider than the terminal, in colour or not", arguments: 10...130)
  func neverWider(width: Int) {
    for colour in [false, true] {
      let text = Self.caseload().text(width: width, colour: colour)
      for line in text.split(separator: "\n") {
        #expect(Self.visible(line) <= width, "too wide at \(width): '\(line)'")
      }
      #expect(text.split(separator: "\n").count >= 4, "a heading, a rule and two rows")
    }
  }

  @Test("A heading wider than its numbers wraps onto two lines before text is cut short")
  func headingsWrap() {
    let lines = Self.caseload().text(width: 60).split(separator: "\n")

    #expect(lines[0].hasSuffix("Well  On or"))
    #expect(lines[1].hasPrefix("Id             Surname  Below  below  above  Flags"))
    #expect(lines[2].hasPrefix("-------------  -------  -----  -----  -----  "))
    #expect(lines[3].contains("Brontë "), "the name is whole")
    #expect(lines[3].hasSuffix("…"))
  }

  @Test("With room enough, headings stay on one line")
  func headingsStayWhole() {
    let lines = Self.caseload().text(width: 200).split(separator: "\n")

    #expect(lines[0].hasPrefix("Id             Surname  Below  Well below  On or above  Flags"))
    #expect(lines[1].hasPrefix("---"))
  }

  @Test("A line cut short in a colour ends the colour after the ellipsis")
  func cutEndsColour() {
    let cut = Table.cut("ab\u{1B}[31mcdefgh", to: 5)

    #expect(cut == "ab\u{1B}[31mcd…\u{1B}[0m")
    #expect(Table.cut("abc", to: 3) == "abc")
    #expect(Table.cut("abcd", to: 3) == "ab…")
  }
}
