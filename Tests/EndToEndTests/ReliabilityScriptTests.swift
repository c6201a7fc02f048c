import Foundation
import Testing

/// Short runs of the reliability scripts in `scripts/`, against the built `mentor`; the
/// figures in RELIABILITY.md come from long runs of the same scripts.
@Suite("Killed at random and run side by side, mentor loses nothing it confirmed")
struct ReliabilityScriptTests {
  /// The command that runs `name` from `scripts/` with `arguments` and the built mentor.
  private func script(_ name: String, _ arguments: String) -> String {
    let path = MentorProcess.packageRoot.appendingPathComponent("scripts/\(name)").path
    return "'\(path)' --mentor \"$MENTOR\" \(arguments)"
  }

  @Test func fiftyKillsAtRandomMomentsLeaveFiftyCleanDatabases() throws {
    let run = MentorProcess()
    defer { run.cleanUp() }
    let seed = Int.random(in: 1...1_000_000)

    let outcome = try run.runShell(
      script("crash-test", "--kills 50 --commands 1200 --seed \(seed) --quiet"),
      timeLimit: 120)

    #expect(outcome.errors == "")
    #expect(outcome.output.contains("crash-test: 50 kills, 50 clean databases (seed \(seed)"))
    #expect(outcome.status == 0, "\(outcome.output)")
  }

  @Test func writersSideBySideStoreEveryChangeAndShowNoBusyError() throws {
    let run = MentorProcess()
    defer { run.cleanUp() }

    let outcome = try run.runShell(
      script("concurrency-test", "--processes 4 --changes 300"), timeLimit: 120)

    #expect(outcome.errors == "")
    #expect(outcome.output.contains("4 processes x 300 changes: 1200 stored of 1200, 0 busy"))
    #expect(outcome.status == 0, "\(outcome.output)")
  }
}
