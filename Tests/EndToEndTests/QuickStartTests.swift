import Foundation
import Testing

/// The README's quick start, run word for word as a new user would run it.
@Suite("The README's quick start works as written")
struct QuickStartTests {
  /// The indented command lines of the README's "Quick start" section.
  static func quickStartCommands() throws -> [String] {
    let readme = try String(
      contentsOf: MentorProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let section = readme.components(separatedBy: "## Quick start").dropFirst().first ?? ""
    let body = section.components(separatedBy: "\n## ").first ?? ""
    return body.split(separator: "\n").filter { $0.hasPrefix("    ") }
      .map { $0.trimmingCharacters(in: .whitespaces) }
  }

  @Test("The quick start is two commands: open the demo school, run the tests")
  func twoCommands() throws {
    #expect(try Self.quickStartCommands() == ["scripts/demo", "scripts/test"])
  }

  @Test("CI runs the README's test command")
  func continuousIntegrationRunsTheTests() throws {
    let ci = try String(
      contentsOf: MentorProcess.packageRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
    #expect(ci.split(separator: "\n").contains { $0.contains("scripts/test") })
  }

  @Test("The first command builds and opens the shell on the demo school")
  func demoOpensTheShell() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let command = try Self.quickStartCommands().first ?? "scripts/demo"
    // The running tests hold the package's build folder, so the demo builds in its own:
    // a first build from scratch, as on a fresh machine.
    let outcome = try mentor.runShell(
      "printf 'list months\\nshow mentee zoe b --format table\\n' | \(command)",
      directory: MentorProcess.packageRoot,
      environment: ["MENTOR_BUILD_PATH": mentor.path("build")], timeLimit: 900)

    #expect(outcome.status == 0, "\(outcome.errors)")
    for month in ["2026-09", "2026-10", "2026-11"] {
      #expect(outcome.output.contains(month))
    }
    #expect(outcome.output.contains("Zoë Brontë"))
    let database = mentor.path(".local/state/mentor/demo.db")
    let mode = try FileManager.default.attributesOfItem(atPath: database)[.posixPermissions]
    #expect((mode as? Int) == 0o600)
  }
}
