import Foundation
import Testing

/// `scripts/examples/month-end.mentor`, the Progress Leader's bulk script, run on a fresh
/// demo school: first as a dry run, then with `--atomic --bail` as the README says.
@Suite("The month-end script, dry run then atomic, on a fresh demo school")
struct MonthEndScriptTests {
  /// What each run printed.
  struct Runs {
    var dryRun: MentorProcess.Outcome
    var afterDryRun: MentorProcess.Outcome
    var atomic: MentorProcess.Outcome
    var afterAtomic: MentorProcess.Outcome
    var outbox: [String]
    var again: MentorProcess.Outcome
    var afterAgain: MentorProcess.Outcome
    var outboxAfterAgain: [String]
  }

  /// The runs every test reads.
  static let runs = Result { () throws -> Runs in
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let database = mentor.path("demo.db")
    let root = MentorProcess.packageRoot
    let script = "scripts/examples/month-end.mentor"
    let outbox = mentor.path("outbox")
    let environment = ["MENTOR_OUTBOX": outbox, "MENTOR_NOW": "2026-12-04T10:00:00Z"]
    _ = try mentor.run(["--db", database, "--bail", "demo/school.mentor"], directory: root)
    let count = ["--db", database, "-c", "list interventions --count", "-c", "escalations"]
    let dryRun = try mentor.run(
      ["--db", database, "--dry-run", script], directory: root, environment: environment)
    let afterDryRun = try mentor.run(count, directory: root)
    let atomic = try mentor.run(
      ["--db", database, "--atomic", "--bail", script], directory: root,
      environment: environment)
    let afterAtomic = try mentor.run(count, directory: root)
    let files = (try? FileManager.default.contentsOfDirectory(atPath: outbox)) ?? []
    let again = try mentor.run(
      ["--db", database, "--atomic", "--bail", script], directory: root,
      environment: environment)
    let afterAgain = try mentor.run(count, directory: root)
    return Runs(
      dryRun: dryRun, afterDryRun: afterDryRun, atomic: atomic, afterAtomic: afterAtomic,
      outbox: files, again: again, afterAgain: afterAgain,
      outboxAfterAgain: (try? FileManager.default.contentsOfDirectory(atPath: outbox)) ?? [])
  }

  @Test("The dry run reports what it would store, and stores and sends nothing")
  func dryRunStoresNothing() throws {
    let runs = try Self.runs.get()

    #expect(runs.dryRun.status == 0)
    #expect(runs.dryRun.errors.contains("mentor: dry run: nothing was stored, sent or written"))
    #expect(runs.dryRun.output.contains("(dry run: would add 1 intervention (I1))"))
    #expect(runs.afterDryRun.output.hasPrefix("0 of 0 interventions\n"))
  }

  @Test("The dry run's notify shows what the real one sends: no escalation sent twice")
  func dryRunNotifyMatchesTheRealRun() throws {
    let runs = try Self.runs.get()

    #expect(runs.dryRun.output.contains("Would send 4 messages; a dry run sends nothing:"))
    #expect(runs.atomic.output.contains("Wrote 4 messages to"))
    #expect(runs.dryRun.errors.contains("; send 10 messages"))
  }

  @Test("The atomic run commits everything, then sends the messages it held")
  func atomicRunCommits() throws {
    let runs = try Self.runs.get()

    #expect(runs.atomic.status == 0)
    #expect(runs.atomic.errors == "mentor: committed: every command succeeded, and all is stored\n")
    #expect(runs.atomic.output.contains("Held until the script commits: the messages of 'notify'."))
    #expect(runs.afterAtomic.output.hasPrefix("23 of 23 interventions\n"))
    #expect(runs.afterAtomic.output.contains(",leader,open,"))
    #expect(runs.outbox.filter { $0.hasSuffix(".eml") }.count == 10)
  }

  @Test("Mrs Fletcher is told of the catch-up sessions she runs: nothing is checked first")
  func namedStaffAreTold() throws {
    let runs = try Self.runs.get()

    let fletcher = runs.atomic.output.split(separator: "\n").first {
      $0.hasPrefix("  Mrs Fletcher <")
    }
    #expect(fletcher?.contains("I7") == true)
  }

  @Test("A second run finds nobody left: it adds, escalates and sends nothing")
  func secondRunAddsNothing() throws {
    let runs = try Self.runs.get()

    #expect(runs.again.status == 0)
    #expect(runs.again.output.contains("Agreed") == false)
    #expect(runs.again.output.contains("Escalated") == false)
    #expect(runs.again.output.contains("Nothing to send"))
    #expect(runs.afterAgain.output == runs.afterAtomic.output)
    #expect(runs.outboxAfterAgain.count == runs.outbox.count)
  }
}

@Suite("The README shows the month-end script as the file holds it")
struct MonthEndScriptInReadmeTests {
  @Test("The README's copy of scripts/examples/month-end.mentor equals the file, line for line")
  func readmeCopyEqualsTheFile() throws {
    let root = MentorProcess.packageRoot
    let script = try String(
      contentsOf: root.appendingPathComponent("scripts/examples/month-end.mentor"),
      encoding: .utf8)
    let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)

    let indented = script.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
    #expect(readme.contains("\n\n" + indented + "\n"))
  }
}
