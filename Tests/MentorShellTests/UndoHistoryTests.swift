import Testing

@testable import MentorShell

@Suite("The undo history keeps steps in order across its pieces")
struct UndoHistoryTests {
  /// A step that says its number, as a stop's words.
  static func step(_ number: Int) -> Shell.UndoStep {
    Shell.UndoStep(change: .stop("\(number)"), beginsCommand: number % 3 == 0, origin: nil)
  }

  /// The words of every step of `history`, oldest first.
  static func words(_ history: Shell.UndoHistory) -> [String] {
    history.steps(from: 0, to: history.count).map(\.what)
  }

  @Test(
    "Steps read back in order after removals at, before and after a piece's end",
    arguments: [0, 1, 4095, 4096, 4097, 8191, 8192, 9000, 10_000])
  func removals(start: Int) {
    let size = Shell.UndoHistory.pieceSize
    var history = Shell.UndoHistory()
    for number in 0..<(2 * size + 9) { history.append(Self.step(number)) }
    #expect(history.count == 2 * size + 9)
    #expect(history[size].what == "\(size)")

    history.removeSteps(from: start)

    let kept = min(start, 2 * size + 9)
    #expect(Self.words(history) == (0..<kept).map { "\($0)" })
    for number in kept..<(kept + size + 1) { history.append(Self.step(number)) }
    #expect(Self.words(history) == (0..<(kept + size + 1)).map { "\($0)" })
    #expect(history.lastIndex(before: kept + 2, where: \.beginsCommand) == (kept + 1) / 3 * 3)
  }

  @Test("Removing steps in the middle keeps those after them, in order")
  func middle() {
    var history = Shell.UndoHistory()
    for number in 0..<5000 { history.append(Self.step(number)) }

    history.removeSteps(from: 4000, to: 4990)

    #expect(Self.words(history) == (0..<4000).map { "\($0)" } + (4990..<5000).map { "\($0)" })
  }
}
