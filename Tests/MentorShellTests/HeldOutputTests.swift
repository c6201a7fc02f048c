import Testing

@testable import MentorShell

@Suite("Output held back until a transaction ends comes out whole and in order")
struct HeldOutputTests {
  /// The pieces a console wrote, each with the stream it went to.
  private final class Written {
    var pieces: [String] = []
  }

  /// A console that notes each piece written in `written`.
  private func console(_ written: Written) -> Console {
    Console(
      isTerminal: false, usesColour: false,
      out: { written.pieces.append("out: " + $0) },
      error: { written.pieces.append("error: " + $0) })
  }

  @Test func nothingIsWrittenUntilTheWorkEndsAndThenAllInOrder() throws {
    let written = Written()
    let console = console(written)
    var seenInside: [String] = []

    try console.holdingBack { () throws(ShellError) in
      console.print("Agreed I4 Student: reads aloud [agreed].")
      console.printError("warning: I4 has no review date")
      console.print("Checked I4: understood (seen).")
      seenInside = written.pieces
    }

    #expect(seenInside.isEmpty)
    #expect(
      written.pieces == [
        "out: Agreed I4 Student: reads aloud [agreed].\n",
        "error: warning: I4 has no review date\n",
        "out: Checked I4: understood (seen).\n",
      ])
  }

  @Test func whatWasPrintedBeforeAFailureStillComesOut() {
    let written = Written()
    let console = console(written)

    #expect(throws: ShellError.self) {
      try console.holdingBack { () throws(ShellError) in
        console.print("Data sheet 'year10.csv': long (detected)")
        throw .store(.full)
      }
    }

    #expect(written.pieces == ["out: Data sheet 'year10.csv': long (detected)\n"])
  }

  @Test func outputAfterwardsIsWrittenAtOnceAgain() throws {
    let written = Written()
    let console = console(written)

    try console.holdingBack { () throws(ShellError) in console.print("held") }
    console.print("at once")

    #expect(written.pieces == ["out: held\n", "out: at once\n"])
  }

  @Test func aLineGoesToTheLineSinkWholeAndHeldLinesInOrder() throws {
    let written = Written()
    let console = Console(
      isTerminal: false, usesColour: false, out: { written.pieces.append("out: " + $0) },
      error: { written.pieces.append("error: " + $0) },
      outLine: { written.pieces.append("line: " + $0) })

    console.print("Checked I4: understood (seen).")
    console.write("no break")
    try console.holdingBack { () throws(ShellError) in console.print("held") }
    console.print()

    #expect(
      written.pieces == [
        "line: Checked I4: understood (seen).", "out: no break", "out: held\n", "line: ",
      ])
  }
}
