import Foundation
import Testing

@Suite("Standard output not at a terminal is written in pieces, in order with the rest")
struct OutputOrderTests {
  @Test("Results and errors sent to one file come in the order the commands ran")
  func resultsAndErrorsInterleave() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let lines = (1...300).map { "echo 'line \($0)'" + ($0 % 100 == 0 ? "\nshow x\($0)" : "") }
    try mentor.write("mixed.mentor", lines.joined(separator: "\n") + "\n")

    let outcome = try mentor.runShell(#""$MENTOR" --memory mixed.mentor 2>&1"#)

    let seen = outcome.output.split(separator: "\n").map(String.init)
    #expect(seen.count == 303)
    for number in [100, 200, 300] {
      let index = try #require(seen.firstIndex(of: "line \(number)"))
      try #require(index + 1 < seen.count)
      #expect(seen[index + 1].hasPrefix("mixed.mentor:"))
      #expect(seen[index + 1].contains("x\(number)"))
      if number < 300 { #expect(seen[index + 2] == "line \(number + 1)") }
    }
    #expect(outcome.status == 1)
  }

  @Test("The answer to a line read from a pipe is out before the next line is read")
  func answerBeforeNextLine() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    // The writer sends the second line only once the first one's answer is in the file,
    // and gives up after about five seconds.
    let outcome = try mentor.runShell(
      """
      mkfifo in
      "$MENTOR" --memory < in > out &
      exec 3> in
      echo 'echo first' >&3
      tries=0
      while ! grep -q first out && [ $tries -lt 50 ]; do sleep 0.1; tries=$((tries + 1)); done
      cp out seen
      echo 'echo second' >&3
      exec 3>&-
      wait
      cat seen; echo ---; cat out
      """)

    #expect(outcome.output == "first\n---\nfirst\nsecond\n")
  }

  @Test("A long script's output is whole and in order")
  func longOutputWhole() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let count = 20_000
    let script = (1...count).map { "echo 'line number \($0) of the long script'" }
    let path = try mentor.write("long.mentor", script.joined(separator: "\n") + "\n")

    let outcome = try mentor.run(["--memory", path])

    let expected = (1...count).map { "line number \($0) of the long script\n" }.joined()
    #expect(outcome.output == expected)
    #expect(outcome.status == 0)
  }
}
