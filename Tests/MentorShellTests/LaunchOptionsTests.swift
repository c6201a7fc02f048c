import Testing

@testable import MentorShell

@Suite("Reading mentor's command line")
struct LaunchOptionsTests {
  @Test("Scripts, -c commands and switches are all read, in order")
  func readsEverything() throws {
    let options = try LaunchOptions.parse([
      "--db", "school.db", "--bail", "--echo", "-c", "list months", "a.mentor", "-c",
      "list subjects", "b.mentor", "--format", "json",
    ]).get()
    #expect(options.databasePath == "school.db")
    #expect(options.shell.bail && options.shell.echo)
    #expect(options.commands == ["list months", "list subjects"])
    #expect(options.files == ["a.mentor", "b.mentor"])
    #expect(options.shell.format == .json)
  }

  @Test("Commands and scripts run in the order given")
  func order() throws {
    let options = try LaunchOptions.parse(["a.mentor", "-c", "list months", "b.mentor"]).get()
    #expect(options.steps == [.file("a.mentor"), .command("list months"), .file("b.mentor")])
  }

  @Test("Long options take their value after an equals sign too")
  func equalsSign() throws {
    let options = try LaunchOptions.parse(["--db=school.db", "--format=json"]).get()
    #expect(options.databasePath == "school.db")
    #expect(options.shell.format == .json)
  }

  @Test("A dash alone means standard input, and -- ends the options")
  func dashAndDoubleDash() throws {
    let options = try LaunchOptions.parse(["-", "--", "--odd-name.mentor"]).get()
    #expect(options.files == ["-", "--odd-name.mentor"])
  }

  @Test(
    "Bad command lines are refused with a message",
    arguments: [
      (["--nope"], LaunchOptions.Failure.unknownOption("--nope")),
      (["--db"], .missingValue("--db")),
      (["-c"], .missingValue("-c")),
      (["--format", "xml"], .badFormat("xml")),
      (["--memory", "--db", "x.db"], .memoryAndDatabase),
      (["--bail=yes"], .unknownOption("--bail=")),
    ])
  func refusals(_ arguments: [String], _ failure: LaunchOptions.Failure) {
    #expect(LaunchOptions.parse(arguments) == .failure(failure))
    #expect(!failure.message.hasSuffix("."))
  }

  @Test("The database defaults to MENTOR_DB, then the XDG data folder")
  func defaultDatabase() {
    #expect(Paths.database(["MENTOR_DB": "/tmp/x.db", "HOME": "/home/a"]) == "/tmp/x.db")
    #expect(Paths.database(["HOME": "/home/a"]) == "/home/a/.local/share/mentor/mentor.db")
    #expect(
      Paths.database(["HOME": "/home/a", "XDG_DATA_HOME": "/data"]) == "/data/mentor/mentor.db")
    #expect(Paths.history(["HOME": "/home/a"]) == "/home/a/.local/state/mentor/history")
  }
}
