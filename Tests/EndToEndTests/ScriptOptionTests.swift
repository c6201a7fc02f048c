import Foundation
import Testing

@Suite("Options that change how commands and scripts run")
struct ScriptOptionTests {
  @Test("--bail stops a script at its first failing command")
  func bailInScript() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let script = try mentor.write("bail.mentor", "echo one\nshwo mentee\necho three\n")

    let outcome = try mentor.run(["--memory", "--bail", script])

    #expect(outcome.output == "one\n")
    #expect(outcome.status == 1)
    #expect(outcome.errors.hasPrefix("\(script):2: error: "))
  }

  @Test("--bail stops every script, including the ones that sourced the failing one")
  func bailInNestedScript() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    try mentor.write("inner.mentor", "echo inner\nshwo\necho inner after\n")
    try mentor.write("outer.mentor", "echo outer\nsource inner.mentor\necho outer after\n")
    try mentor.write("next.mentor", "echo next script\n")

    let outcome = try mentor.run(["--memory", "--bail", "outer.mentor", "next.mentor"])

    #expect(outcome.output == "outer\ninner\n")
    #expect(outcome.status == 1)
    #expect(outcome.errors.hasPrefix("outer.mentor:2: in inner.mentor:2: error: "))
  }

  @Test("--bail stops -c commands and the scripts after them")
  func bailInCommands() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    try mentor.write("after.mentor", "echo script\n")

    let outcome = try mentor.run([
      "--memory", "--bail", "-c", "echo one", "-c", "nonsense", "-c", "echo three",
      "after.mentor",
    ])

    #expect(outcome.output == "one\n")
    #expect(outcome.status == 1)
  }

  @Test("--bail stops standard input at its first failing line")
  func bailOnStandardInput() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    let outcome = try mentor.run(
      ["--memory", "--bail"], input: .text("echo one\nnonsense\necho three\n"))

    #expect(outcome.output == "one\n")
    #expect(outcome.status == 1)
  }

  @Test("Without --bail, a failing command does not stop the script")
  func noBail() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let script = try mentor.write("go-on.mentor", "echo one\nshwo mentee\necho three\n")

    let outcome = try mentor.run(["--memory", script])

    #expect(outcome.output == "one\nthree\n")
    #expect(outcome.status == 1)
  }

  @Test("--echo prints each command before its output, and skips comments and blank lines")
  func echo() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let script = try mentor.write(
      "echo.mentor", "# a comment\necho one\n\n  echo 'two  words'\nlist months --format csv\n")

    let outcome = try mentor.run(["--memory", "--echo", script])

    #expect(
      outcome.output
        == "echo one\none\necho 'two  words'\ntwo  words\nlist months --format csv\n"
        + "month,results,sheets\n")
    #expect(outcome.status == 0)
  }

  @Test("-c commands run in the order given, then mentor leaves")
  func commandsInOrder() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    let outcome = try mentor.run(
      ["--memory", "-c", "echo one", "-c", "echo two", "--command", "echo three"],
      input: .text("echo never read\n"))

    #expect(outcome.output == "one\ntwo\nthree\n")
    #expect(outcome.status == 0)
  }

  @Test("-c commands share one session: a load is seen by the next command")
  func commandsShareASession() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    let outcome = try mentor.run([
      "--memory", "-c", "load \(MentorProcess.fixture("long.csv")) --month 2026-10",
      "-c", "show mentee 'zoe b' --format csv",
    ])

    #expect(outcome.status == 0)
    #expect(outcome.output.contains("K210400000011,2026-10,Maths,6,5+,6,6,on target"))
  }

  @Test("Scripts named on the command line run one after another in one session")
  func scriptsInOrder() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    try mentor.write("first.mentor", "load \(MentorProcess.fixture("long.csv")) --month 2026-10\n")
    try mentor.write("second.mentor", "list months --format csv\n")

    let outcome = try mentor.run(["--memory", "first.mentor", "second.mentor"])

    #expect(outcome.status == 0)
    #expect(outcome.output.hasSuffix("month,results,sheets\n2026-10,20,long.csv\n"))
  }

  @Test("--verbose adds counts on standard error, and leaves standard output as it was")
  func verbose() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let commands = [
      "-c", "load \(MentorProcess.fixture("long.csv")) --month 2026-10",
      "-c", "list mentees year 11 --format csv",
    ]

    let quiet = try mentor.run(["--memory"] + commands)
    let verbose = try mentor.run(["--memory", "--verbose"] + commands)

    #expect(verbose.output == quiet.output)
    #expect(quiet.errors.isEmpty)
    #expect(verbose.errors.contains("3 of 7 mentees"))
    #expect(verbose.status == 0)
  }

  @Test(
    "--format on the command line sets how records print",
    arguments: [
      ("csv", "month,results,sheets\n"), ("json", "[]\n"),
      ("table", "Month  Results  Sheets\n-----  -------  ------\n"),
    ])
  func formatOption(format: String, output: String) throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    let outcome = try mentor.run(["--memory", "--format", format, "-c", "list months"])

    #expect(outcome.output == output)
    #expect(outcome.status == 0)
  }
}
