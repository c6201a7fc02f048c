import Testing

@testable import MentorShell

@Suite("Replacing $NAME in a line with the variable's value")
struct VariableExpansionTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let line: String
    let words: [String]
    var testDescription: String { line }
  }

  /// The values the cases read.
  static let values = ["who": "Zoë Brontë", "id": "I12", "empty": ""]

  static func split(_ line: String) throws -> [String] {
    try WordSplitter.split(line) { (name: String) throws(ShellError) -> String in
      guard let value = values[name] else { throw ShellError.unknownVariable(name) }
      return value
    }
  }

  @Test(
    "A value stands in one word, spaces and all; quotes and \\$ keep a $ as typed",
    arguments: [
      Case(line: "meet $who", words: ["meet", "Zoë Brontë"]),
      Case(line: "check ${id} working", words: ["check", "I12", "working"]),
      Case(line: "echo \"with $who\"", words: ["echo", "with Zoë Brontë"]),
      Case(line: "echo '$who'", words: ["echo", "$who"]),
      Case(line: "echo \\$who", words: ["echo", "$who"]),
      Case(line: "echo \"\\$who\"", words: ["echo", "$who"]),
      Case(line: "echo ${id}x$id", words: ["echo", "I12xI12"]),
      Case(line: "echo costs $5 and $", words: ["echo", "costs", "$5", "and", "$"]),
      Case(line: "echo $empty", words: ["echo", ""]),
      Case(line: "echo # $nobody in a comment", words: ["echo"]),
    ])
  func expands(_ example: Case) throws {
    #expect(try Self.split(example.line) == example.words)
  }

  @Test("A variable that is not set is an error naming it, not an empty word")
  func unknownVariableIsAnError() {
    #expect {
      _ = try Self.split("meet $nobody")
    } throws: { error in
      (error as? ShellError)?.message.contains("'nobody'") == true
    }
  }

  @Test("Without a way to look variables up, a $ stays as typed")
  func plainSplitLeavesDollars() throws {
    #expect(try WordSplitter.split("echo $who ${id}") == ["echo", "$who", "${id}"])
  }

  @Test("A loop's command is kept as typed, from the word after 'do'")
  func loopBodyKeptAsTyped() {
    let line = "for each mentee where year 11 do agree $MENTEE student 'a plan'"
    #expect(WordSplitter.text(of: line, fromWord: 7) == "agree $MENTEE student 'a plan'")
    #expect(WordSplitter.text(of: "for each", fromWord: 7) == nil)
  }

  @Test("set refuses built-in names and names that are not names; unset an unknown one")
  func variableNames() throws {
    var variables = Variables()
    try variables.set("who_2", to: "zoe")
    #expect(try variables.value(of: "who_2") == "zoe")
    #expect(throws: ShellError.self) { try variables.set("LAST", to: "I1") }
    #expect(throws: ShellError.self) { try variables.set("2nd", to: "x") }
    #expect(throws: ShellError.self) { try variables.set("a-b", to: "x") }
    #expect(throws: ShellError.self) { try variables.unset("nobody") }
    #expect(throws: ShellError.self) { try variables.value(of: "LAST") }
    variables.recordCreated("I3")
    variables.commandSucceeded("agree", createdBefore: 0)
    #expect(try variables.value(of: "LAST") == "I3")
  }

  @Test("$LAST is cleared by a failure, and by a command made to create that created nothing")
  func lastCleared() throws {
    var variables = Variables()
    variables.recordCreated("I1")
    variables.commandSucceeded("agree", createdBefore: 0)
    variables.commandSucceeded("check", createdBefore: 1)
    #expect(try variables.value(of: "LAST") == "I1")
    variables.commandFailed()
    #expect {
      try variables.value(of: "LAST")
    } throws: { error in
      (error as? ShellError)?.message.hasPrefix("'$LAST' has no value: a command") == true
    }
    variables.recordCreated("M1")
    variables.commandSucceeded("meet", createdBefore: 1)
    #expect(try variables.value(of: "LAST") == "M1")
    variables.commandSucceeded("meet", createdBefore: 2)
    #expect(throws: ShellError.self) { try variables.value(of: "LAST") }
  }
}
