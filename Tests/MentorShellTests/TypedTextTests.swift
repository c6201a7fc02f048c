import Testing

@testable import MentorShell

/// What text typed into a record may hold, and how long it may be.
@Suite("Typed text refuses hidden characters and is held to a length")
struct TypedTextTests {
  @Test(
    "Control, direction override and isolate characters are refused, naming the character",
    arguments: [
      ("a\u{202E}b", "U+202E", false), ("a\u{202A}b", "U+202A", false),
      ("a\u{2066}b", "U+2066", false), ("a\u{2069}b", "U+2069", false),
      ("a\u{1B}[2Jb", "U+001B", true), ("a\u{7}b", "U+0007", true), ("a\nb", "U+000A", true),
    ])
  func refusesHidden(_ text: String, _ code: String, _ isControl: Bool) {
    let kind = isControl ? "a control character" : "a character that reorders text"
    #expect {
      _ = try TypedText.checked(text, "note", limit: 100)
    } throws: { error in
      (error as? ShellError)?.message
        == "The note holds \(code), \(kind), which could hide or garble it on a sheet or in"
        + " a message; type it without control or direction characters"
    }
  }

  @Test("A tab, as a pasted table cell brings, is kept as a space")
  func tabIsASpace() throws {
    #expect(try TypedText.checked("call\thome\t", "action", limit: 100) == "call home")
  }

  @Test("Right-to-left letters, accents and emoji are kept")
  func keepsLetters() throws {
    #expect(try TypedText.checked(" مرحبا Zoë 👍 ", "note", limit: 100) == "مرحبا Zoë 👍")
  }

  @Test("Text at the limit is kept; one character over is refused, saying the limit")
  func limit() throws {
    #expect(
      try TypedText.checked(String(repeating: "é", count: 500), "action", limit: 500)
        .count == 500)
    #expect {
      _ = try TypedText.checked(String(repeating: "a", count: 501), "action", limit: 500)
    } throws: { error in
      (error as? ShellError)?.message == "The action is 501 characters long; the limit is 500"
    }
  }

  @Test(
    "Plain ASCII is kept as it is, held to the limit in bytes; spaces at either end go",
    arguments: [
      ("catch-up on Tuesdays", "catch-up on Tuesdays"), ("x", "x"), (" x", "x"),
      ("x ", "x"), ("  catch-up  ", "catch-up"), ("a~b", "a~b"),
    ])
  func plainText(_ typed: String, _ kept: String) throws {
    #expect(try TypedText.required(typed, "action", limit: 20) == kept)
    #expect(try TypedText.checked(typed, "action", limit: 20) == kept)
  }

  @Test("Plain text one byte over the limit is refused, as is text with nothing in it")
  func plainLimit() {
    #expect {
      _ = try TypedText.required(String(repeating: "a", count: 21), "action", limit: 20)
    } throws: { error in
      (error as? ShellError)?.message == "The action is 21 characters long; the limit is 20"
    }
    #expect(throws: ShellError.self) { _ = try TypedText.required("   ", "action", limit: 20) }
  }

  @Test(
    "Every command that keeps typed text checks it, and stores nothing when it fails",
    arguments: [
      "agree marek student 'a\u{202E}b'",
      "agree marek student '\(String(repeating: "a", count: 501))'",
      "note marek 'a\u{2067}b'", "note marek '\(String(repeating: "a", count: 2001))'",
      "praise marek for Maths 'a\u{7}b'", "excuse marek 'a\u{202D}b'",
      "excuse marek 'too hard' answer 'a\u{202C}b'", "escalate marek to leader 'a\u{202E}b'",
      "escalate marek to leader '\(String(repeating: "a", count: 2001))'",
    ])
  func commandsCheck(_ line: String) throws {
    let test = try MentoringFixture.shell()
    #expect(test.run("agree marek student 'catch-up'").succeeded)

    #expect(!test.run(line).succeeded)
    #expect(test.errors.contains("hide or garble") || test.errors.contains("the limit is"))
    #expect(test.shell.school.interventions.count == 1)
    #expect(test.shell.school.meetings.isEmpty)
    #expect(test.shell.school.escalations.isEmpty)
  }

  @Test("Revise checks its action too")
  func revise() throws {
    let test = try MentoringFixture.shell()
    #expect(test.run("agree marek student 'catch-up'").succeeded)

    #expect(!test.run("revise I1 'a\u{202E}b'").succeeded)
    #expect(test.shell.school.interventions.count == 1)
  }

  @Test("A note of 2000 characters is kept")
  func longNote() throws {
    let test = try MentoringFixture.shell()

    #expect(test.run("note marek '\(String(repeating: "a", count: 2000))'").succeeded)
  }
}
