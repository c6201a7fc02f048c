import Testing

@testable import MentorShell

@Suite("Reading --atomic, --dry-run, --init and --no-init")
struct ScriptSafetyOptionsTests {
  @Test("The options are read, with --init's file")
  func readsOptions() throws {
    let options = try LaunchOptions.parse([
      "--atomic", "--dry-run", "--init", "mine.mentor", "--no-init", "a.mentor",
    ]).get()
    #expect(options.shell.atomic && options.shell.dryRun)
    #expect(options.initFile == "mine.mentor")
    #expect(options.noInit)
    #expect(options.files == ["a.mentor"])
  }

  @Test("--atomic or --dry-run with -i is refused: the prompt would hold the write lock")
  func refusedAtThePrompt() {
    #expect(
      LaunchOptions.parse(["--atomic", "-i", "a.mentor"])
        == .failure(.transactionAtPrompt("--atomic")))
    #expect(
      LaunchOptions.parse(["--dry-run", "-i"]) == .failure(.transactionAtPrompt("--dry-run")))
    #expect(LaunchOptions.parse(["--init"]) == .failure(.missingValue("--init")))
  }

  @Test("The init file is in the XDG config folder, else ~/.config")
  func initFilePath() {
    #expect(
      Paths.initFile(["XDG_CONFIG_HOME": "/tmp/cfg", "HOME": "/home/x"])
        == "/tmp/cfg/mentor/init.mentor")
    #expect(Paths.initFile(["HOME": "/home/x"]) == "/home/x/.config/mentor/init.mentor")
  }
}
