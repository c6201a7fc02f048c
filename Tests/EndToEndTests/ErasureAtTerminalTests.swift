import Foundation
import Testing

/// The question `erase mentee` asks at the prompt, answered at a terminal.
@Suite("The erasure question at a terminal")
final class ErasureAtTerminalTests {
  let home: URL

  init() throws {
    home = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-erase-terminal-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: home)
  }

  @Test("Ctrl-D answers no with a line break, and the next question waits afresh")
  func controlDAnswersNo() throws {
    let database = home.appendingPathComponent("school.db").path
    let loading = try TerminalSession(
      arguments: ["--db", database, "demo/school.mentor"], home: home)
    #expect(try loading.waitForExit() == .exited(0))
    let session = try TerminalSession(arguments: ["--db", database], home: home)
    defer { session.close() }
    try session.waitForPrompt()

    try session.type("erase mentee X797211371138\r")
    try session.waitFor("to go on: ")
    try session.type("\u{04}")
    let answered = try session.waitFor("Nothing erased")
    #expect(answered.hasPrefix("\r\n") || answered.hasPrefix("\n"), "\(answered)")
    try session.waitForPrompt()

    try session.type("erase mentee X797211371138\r")
    try session.waitFor("to go on: ")
    #expect(throws: (any Error).self) {
      try session.waitFor("Nothing erased", timeout: .milliseconds(700))
    }
    try session.type("no\r")
    try session.waitFor("Nothing erased")
    try session.waitForPrompt()
  }
}

@Suite("A dry run counts each training copy it would write")
struct TrainingCopyDryRunTests {
  @Test("Two exports under --dry-run are counted as two files, and neither is written")
  func twoExportsCounted() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-copies-\(UUID().uuidString)").path
    let outcome = try mentor.run([
      "--memory", "--dry-run", "-c", "export --pseudonymise --out \(folder)-1.db", "-c",
      "export --pseudonymise --out \(folder)-2.db",
    ])

    #expect(outcome.errors.contains("write 2 files"), "\(outcome.errors)")
    #expect(!FileManager.default.fileExists(atPath: folder + "-1.db"))
  }
}
