import Testing

@testable import MentorShell

@Suite("Colour only on a terminal that can show it, and only when wanted")
struct ConsoleColourTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let isTerminal: Bool
    let environment: [String: String]
    let colour: Bool
    var testDescription: String {
      let variables = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      let place = isTerminal ? "terminal" : "not a terminal"
      return ([place] + variables).joined(separator: ", ")
    }
  }

  @Test(
    "Colour is used on a terminal with a TERM that can show it, unless NO_COLOR is set",
    arguments: [
      Case(isTerminal: true, environment: ["TERM": "xterm-256color"], colour: true),
      Case(isTerminal: true, environment: ["TERM": "xterm", "NO_COLOR": ""], colour: true),
      Case(isTerminal: true, environment: ["TERM": "dumb"], colour: false),
      Case(isTerminal: true, environment: ["TERM": ""], colour: false),
      Case(isTerminal: true, environment: [:], colour: false),
      Case(isTerminal: true, environment: ["TERM": "xterm", "NO_COLOR": "1"], colour: false),
      Case(isTerminal: true, environment: ["TERM": "xterm", "NO_COLOR": "0"], colour: false),
      Case(isTerminal: false, environment: ["TERM": "xterm", "NO_COLOR": ""], colour: false),
      Case(isTerminal: false, environment: ["TERM": "xterm"], colour: false),
    ])
  func colourDecision(_ example: Case) {
    let colour = Console.usesColour(
      isTerminal: example.isTerminal, environment: example.environment)

    #expect(colour == example.colour)
  }
}
