import Foundation
import Testing

@Suite("The exit status says whether every command succeeded")
struct ExitStatusTests {
  @Test("0 when every command succeeded")
  func allSucceeded() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let script = try mentor.write(
      "ok.mentor", "load \(MentorProcess.fixture("long.csv")) --month 2026-10\nlist months\n")

    let outcome = try mentor.run(["--memory", script])

    #expect(outcome.status == 0)
    #expect(outcome.errors.isEmpty)
  }

  @Test("1 when any command failed, though the commands after it still ran")
  func oneFailed() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let script = try mentor.write("some.mentor", "echo one\nshow mentee nobody\necho three\n")

    let outcome = try mentor.run(["--memory", script])

    #expect(outcome.status == 1)
    #expect(outcome.output == "one\nthree\n")
    #expect(outcome.errors.contains("some.mentor:2: error: "))
  }

  @Test("1 when a -c command failed")
  func commandFailed() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    let outcome = try mentor.run(["--memory", "-c", "frobnicate", "-c", "echo after"])

    #expect(outcome.status == 1)
    #expect(outcome.output == "after\n")
  }

  @Test("2 when a script named on the command line cannot be read: a usage error")
  func missingScript() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    let outcome = try mentor.run(["--memory", "no-such-script.mentor", "-c", "echo never"])

    #expect(outcome.status == 2)
    #expect(outcome.output.isEmpty)
    #expect(outcome.errors.contains("'no-such-script.mentor'"))
  }

  @Test(
    "2 for a command line mentor cannot read, before anything runs",
    arguments: [
      ["--frobnicate"], ["--db"], ["-c"], ["--format", "xml"], ["--format"],
      ["--colour", "-c", "echo never"],
    ])
  func badCommandLine(arguments: [String]) throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    let outcome = try mentor.run(["--memory"] + arguments)

    #expect(outcome.status == 2)
    #expect(outcome.output.isEmpty)
    #expect(outcome.errors.hasPrefix("mentor: error: "))
    #expect(outcome.errors.filter { $0 == "\n" }.count == 1)
  }

  @Test("2 when --db names a folder")
  func databaseIsAFolder() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    try FileManager.default.createDirectory(
      atPath: mentor.path("school"), withIntermediateDirectories: true)

    let outcome = try mentor.run(["--db", mentor.path("school"), "-c", "echo never"])

    #expect(outcome.status == 2)
    #expect(outcome.output.isEmpty)
    #expect(outcome.errors.hasPrefix("mentor: error: "))
    #expect(outcome.errors.contains("school"))
  }

  @Test("2 when --db names a text file, which is left as it was")
  func databaseIsText() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let text = "Year 10 mentoring notes, not a database.\n" + String(repeating: "x", count: 200)
    let path = try mentor.write("notes.db", text)

    let outcome = try mentor.run(["--db", path, "-c", "echo never"])

    #expect(outcome.status == 2)
    #expect(outcome.output.isEmpty)
    #expect(outcome.errors.hasPrefix("mentor: error: "))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
  }

  @Test("2 when --db names a file in a folder that does not exist")
  func databaseFolderMissing() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    let outcome = try mentor.run(["--db", mentor.path("no/such/folder/school.db")])

    #expect(outcome.status == 2)
    #expect(outcome.errors.hasPrefix("mentor: error: "))
  }
}
