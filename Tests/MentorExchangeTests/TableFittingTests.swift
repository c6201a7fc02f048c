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
}
