import Foundation
import Testing

/// `notify` and `escalate` run by the built `mentor` on the demo school, as a school would
/// run them: a database file, the outbox beside it, the clock fixed by `MENTOR_NOW`.
@Suite("Messages written by the built mentor: where they go and who may read them")
struct MessageEndToEndTests {
  /// The environment of each run: a fixed clock and the Progress Leader at the keyboard.
  static let environment = ["MENTOR_NOW": "2026-12-04T15:30:00Z", "MENTOR_USER": "Dr Osei"]

  /// The permission bits of a file or folder.
  static func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  /// Loads the demo school into `database`, agrees two interventions and raises a concern.
  static func prepare(_ mentor: MentorProcess, database: String) throws {
    let made = try mentor.run(
      [
        "--db", database, "--bail", "-c", "source demo/school.mentor",
        "-c", "agree zoe student 'catch-up on Tuesdays' for Maths with Fletcher",
        "-c", "agree chloe resources 'lunchtime study centre' for French with Ahmed",
      ], directory: MentorProcess.packageRoot, environment: environment)
    try #require(made.status == 0, "\(made.errors)")
  }

  @Test("With a permissive umask, the outbox beside the database is 0700 and each message 0600")
  func privateUnderPermissiveUmask() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let database = mentor.path("school.db")
    try Self.prepare(mentor, database: database)

    let run = try mentor.runShell(
      "umask 000; \"$MENTOR\" --db '\(database)' -c 'escalate zoe to leader \"no homework\"'"
        + " -c notify",
      environment: Self.environment)

    #expect(run.status == 0, "\(run.errors)")
    let outbox = mentor.path("outbox")
    #expect(try Self.mode(outbox) == 0o700)
    let names = try FileManager.default.contentsOfDirectory(atPath: outbox).sorted()
    #expect(
      names == [
        "20261204-153000-01-dr-osei.eml", "20261204-153000-01-miss-ahmed.eml",
        "20261204-153000-02-mrs-fletcher.eml",
      ])
    for name in names {
      #expect(try Self.mode("\(outbox)/\(name)") == 0o600, "\(name)")
    }
    let text = try String(contentsOfFile: "\(outbox)/\(names[2])", encoding: .utf8)
    #expect(text.contains("\r\nDate: Fri, 04 Dec 2026 15:30:00 +0000\r\n"))
    #expect(text.hasPrefix("From: Dr Osei <osei@demo-school.example>\r\n"))
  }

  @Test("What one process sent, a later process does not send again")
  func neverTwiceAcrossProcesses() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let database = mentor.path("school.db")
    try Self.prepare(mentor, database: database)

    let first = try mentor.run(["--db", database, "-c", "notify"], environment: Self.environment)
    let second = try mentor.run(["--db", database, "-c", "notify"], environment: Self.environment)

    #expect(first.output.contains("Wrote 2 messages to '\(mentor.path("outbox"))':"))
    #expect(second.status == 0)
    #expect(second.output.hasPrefix("Nothing to send"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: mentor.path("outbox")).count == 2)
  }

  @Test("MENTOR_OUTBOX names the outbox, and MENTOR_SENDMAIL the program --sendmail runs")
  func environmentChoices() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let database = mentor.path("school.db")
    try Self.prepare(mentor, database: database)
    let captured = mentor.path("captured")
    let fake = try mentor.write(
      "fake-sendmail",
      "#!/bin/sh\nmkdir -p '\(captured)'\ncat > \"$(mktemp '\(captured)/m-XXXXXX')\"\n")
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: fake)
    var environment = Self.environment
    environment["MENTOR_OUTBOX"] = mentor.path("chosen")
    environment["MENTOR_SENDMAIL"] = fake

    let escalated = try mentor.run(
      ["--db", database, "-c", "escalate zoe to leader 'no homework'"],
      environment: environment)
    let sent = try mentor.run(
      ["--db", database, "-c", "notify --sendmail"], environment: environment)

    #expect(escalated.status == 0, "\(escalated.errors)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: mentor.path("chosen")).count == 1)
    #expect(sent.status == 0, "\(sent.errors)")
    #expect(sent.output.contains("Gave 2 messages to '\(fake)':"))
    let messages = try FileManager.default.contentsOfDirectory(atPath: captured)
    #expect(messages.count == 2)
    #expect(!mentor.contents().contains("outbox"))
  }

  @Test("With --memory nothing is written: an escalation's message waits for notify --outbox")
  func memoryWritesNothing() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    let run = try mentor.run(
      [
        "--memory", "-c", "source demo/school.mentor",
        "-c", "escalate zoe to leader 'no homework'", "-c", "notify --dry-run",
      ], directory: MentorProcess.packageRoot, environment: Self.environment)

    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("Its message waits for 'notify --outbox DIR'"))
    #expect(run.output.contains("Would send 1 message; a dry run sends and changes nothing:"))
    #expect(mentor.contents().isEmpty)
  }
}
