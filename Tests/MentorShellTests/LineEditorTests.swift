import Foundation
import Testing

@testable import MentorShell

@Suite("Line editor")
struct LineEditorTests {
  @Test(
    "Refuses to start when standard input is not a terminal",
    .enabled(if: !standardInputIsTerminal(), "standard input is a terminal"))
  func needsTerminal() {
    #expect(throws: LineReadingError.notATerminal) {
      try LineEditor()
    }
  }

  @Test("Error messages name the path and give the reason without a final full stop")
  func messages() {
    let saving = LineReadingError.cannotSaveHistory(path: "/home/t/.mentor/history", code: 0)
    #expect(saving.description == "Cannot save the history file '/home/t/.mentor/history'")

    let folder = LineReadingError.cannotCreateHistoryFolder(path: "/srv/x", code: EACCES)
    #expect(folder.description == "Cannot create the history folder '/srv/x': Permission denied")
  }
}
