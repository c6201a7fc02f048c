import Foundation
import Testing

@Suite("mentor starts as a user would run it")
struct LaunchTests {
  @Test("The tests run the mentor that was just built")
  func executableIsBuilt() {
    let path = MentorProcess.executable.path
    #expect(FileManager.default.isExecutableFile(atPath: path), "no mentor at \(path)")
  }

  @Test("--help prints the usage and every option, and opens no database")
  func help() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    let outcome = try mentor.run(["--help"])

    #expect(outcome.status == 0)
    #expect(outcome.errors.isEmpty)
    #expect(outcome.output.hasPrefix("Usage: mentor "))
    for option in ["--db", "--memory", "-c", "--bail", "--echo", "--format", "--version"] {
      #expect(outcome.output.contains("  \(option) "), "--help does not explain \(option)")
    }
    #expect(outcome.output.contains("~/.local/share/mentor/mentor.db"))
    #expect(outcome.output.contains("MENTOR_DB"))
    #expect(mentor.contents().isEmpty)
  }

  @Test("-h is --help")
  func shortHelp() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    let short = try mentor.run(["-h"])
    let long = try mentor.run(["--help"])

    #expect(short.output == long.output)
    #expect(short.status == 0)
  }

  @Test("--version prints one line with the version number")
  func version() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    let outcome = try mentor.run(["--version"])

    #expect(outcome.status == 0)
    #expect(outcome.errors.isEmpty)
    #expect(outcome.output.wholeMatch(of: /mentor \d+\.\d+\.\d+\n/) != nil, "\(outcome.output)")
    #expect(mentor.contents().isEmpty)
  }

  @Test("With no terminal and no script, mentor runs standard input and prints no banner")
  func noBannerWithoutTerminal() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    let outcome = try mentor.run(["--memory"], input: .text("echo hello\n"))

    #expect(outcome.output == "hello\n")
    #expect(outcome.errors.isEmpty)
    #expect(outcome.status == 0)
  }
}
