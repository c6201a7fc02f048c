import Foundation
import Testing

/// A whole meeting typed at the prompt through a terminal, and the same meeting run as a
/// script: both must record the same history.
@Suite("A meeting typed at the prompt records what the same meeting scripted records")
final class MeetingAtTerminalTests {
  let home: URL

  /// The meeting, line by line, as a mentor types it once `meet` has opened it.
  static let meeting = [
    "praise",
    "excuse 'the teacher picks on me' answer 'sit at the front'",
    "understood",
    "serious",
    "agree student 'catch-up on Tuesdays' for Maths with Fletcher review +2w",
    "note 'wants to study medicine'",
  ]

  init() throws {
    home = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-meeting-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: home)
  }

  /// A new database holding the demo school.
  private func demoDatabase(_ name: String) throws -> String {
    let database = home.appendingPathComponent(name).path
    let loading = try TerminalSession(
      arguments: ["--db", database, "demo/school.mentor"], home: home)
    #expect(try loading.waitForExit() == .exited(0))
    return database
  }

  /// The history of Zoë Brontë in a database, without the times.
  private func history(_ database: String) throws -> [String] {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let outcome = try mentor.run(
      ["--db", database, "-c", "history zoe"], directory: MentorProcess.packageRoot)
    return outcome.output.split(separator: "\n").dropFirst().map { line in
      String(line.drop(while: { $0 != "," }).dropFirst())
    }
  }

  @Test("Typed and scripted, the meeting leaves the same record, and the prompt names the mentee")
  func typedEqualsScripted() throws {
    let typed = try demoDatabase("typed.db")
    let session = try TerminalSession(
      arguments: ["--db", typed, "--as", "Mrs Fletcher"], home: home)
    defer { session.close() }
    try session.waitForPrompt()
    try session.type("meet zoë\r")
    try session.waitFor("mentor (Zoë Brontë)> ")
    try session.waitForEditingModes()
    for line in Self.meeting {
      try session.type(line + "\r")
      try session.waitFor("mentor (Zoë Brontë)> ")
      try session.waitForEditingModes()
    }
    try session.type("end\r")
    let ended = try session.waitForPrompt()
    #expect(ended.contains("ACTION SHEET"))
    #expect(ended.contains("catch-up on Tuesdays"))
    try session.type("quit\r")
    #expect(try session.waitForExit() == .exited(0))

    let scripted = try demoDatabase("scripted.db")
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let script = try mentor.write(
      "meeting.mentor", (["meet zoë"] + Self.meeting + ["end"]).joined(separator: "\n") + "\n")
    let outcome = try mentor.run(
      ["--db", scripted, "--as", "Mrs Fletcher", script], directory: MentorProcess.packageRoot)
    #expect(outcome.status == 0, "\(outcome.errors)")

    let typedHistory = try history(typed)
    #expect(typedHistory.count == 9)
    #expect(typedHistory.first == "Mrs Fletcher,Opened meeting M1 on 2026-11")
    #expect(typedHistory == (try history(scripted)))
  }
}
