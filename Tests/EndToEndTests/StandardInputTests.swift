import Foundation
import Testing

@Suite("Standard input runs as a script, line by line as it arrives")
struct StandardInputTests {
  /// A script with output, a comment, a quote and a failing line.
  static let script = """
    # a script read from a file or from standard input
    echo 'first line'
    load \(MentorProcess.fixture("long.csv")) --month 2026-10
    show mentee nobody
    list mentees form 10a --format csv
    echo last line

    """

  @Test("mentor < FILE prints what mentor FILE prints, with <stdin> for the file's name")
  func redirectEqualsFile() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let path = try mentor.write("same.mentor", Self.script)

    let fromFile = try mentor.run(["--memory", path])
    let redirected = try mentor.run(["--memory"], input: .file(path))

    #expect(redirected.output == fromFile.output)
    #expect(redirected.status == fromFile.status)
    #expect(fromFile.status == 1)
    #expect(redirected.errors == fromFile.errors.replacingOccurrences(of: path, with: "<stdin>"))
    #expect(redirected.errors.hasPrefix("<stdin>:4: error: "))
  }

  @Test("A dash on the command line reads standard input in its place")
  func dashReadsStandardInput() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    try mentor.write("before.mentor", "echo before\n")
    try mentor.write("after.mentor", "echo after\n")

    let outcome = try mentor.run(
      ["--memory", "before.mentor", "-", "after.mentor"], input: .text("echo piped\n"))

    #expect(outcome.output == "before\npiped\nafter\n")
    #expect(outcome.status == 0)
  }

  @Test("A pipe that delivers slowly runs every line, each as it comes")
  func slowPipe() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let database = mentor.path("school.db")
    let loaded = try mentor.run([
      "--db", database, "-c", "load \(MentorProcess.fixture("long.csv")) --month 2026-10",
    ])
    try #require(loaded.status == 0)

    let started = Date()
    let outcome = try mentor.runShell(
      """
      (echo 'list months'; sleep 2; echo 'list subjects') \
      | "$MENTOR" --db '\(database)' --format csv
      """, timeLimit: 30)

    #expect(Date().timeIntervalSince(started) >= 2)
    #expect(!outcome.timedOut)
    #expect(outcome.status == 0)
    #expect(outcome.errors.isEmpty)
    #expect(
      outcome.output.hasPrefix("month,results,sheets\n2026-10,20,long.csv\nsubject,scale,"))
    #expect(outcome.output.contains("\nMaths,gcse,2026-10,7,5,1,1,0\n"))
  }

  @Test("The first command's output comes before the pipe delivers the second line")
  func outputBeforeInputEnds() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    // The second line is written only once the first command's output has come back,
    // so a mentor that waited for the end of its input would never answer.
    let outcome = try mentor.runShell(
      """
      mkfifo in out
      "$MENTOR" --memory < in > out &
      exec 3> in
      exec 4< out
      echo 'echo one' >&3
      read first <&4
      echo "got: $first"
      echo 'echo two' >&3
      exec 3>&-
      read second <&4
      echo "then: $second"
      wait
      """, timeLimit: 20)

    #expect(!outcome.timedOut)
    #expect(outcome.output == "got: one\nthen: two\n")
    #expect(outcome.status == 0)
  }

  @Test("A long script through a pipe runs every line, across many reads")
  func longPipe() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    let outcome = try mentor.runShell(
      "yes 'echo line' | head -n 20000 | \"$MENTOR\" --memory", timeLimit: 60)

    #expect(outcome.status == 0)
    #expect(outcome.output == String(repeating: "line\n", count: 20000))
  }

  @Test("A long script given as text runs every line")
  func longText() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let lines = (1...3000).map { "echo \($0)" }

    let outcome = try mentor.run(["--memory"], input: .text(lines.joined(separator: "\n")))

    #expect(outcome.status == 0)
    #expect(outcome.output == (1...3000).map { "\($0)\n" }.joined())
  }

  @Test("A last line without a line end still runs")
  func lastLineWithoutLineEnd() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    let outcome = try mentor.run(["--memory"], input: .text("echo one\necho two"))

    #expect(outcome.output == "one\ntwo\n")
    #expect(outcome.status == 0)
  }

  @Test("A byte-order mark and CRLF line ends on standard input are not part of the words")
  func byteOrderMarkAndCRLF() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    let outcome = try mentor.run(
      ["--memory"], input: .text("\u{FEFF}echo one\r\nlist months --format csv\r\n"))

    #expect(outcome.output == "one\nmonth,results,sheets\n")
    #expect(outcome.errors.isEmpty)
    #expect(outcome.status == 0)
  }

  @Test("quit on standard input leaves without reading the rest")
  func quit() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    let outcome = try mentor.run(
      ["--memory"], input: .text("echo one\nquit\necho never\n"))

    #expect(outcome.output == "one\n")
    #expect(outcome.status == 0)
  }
}
