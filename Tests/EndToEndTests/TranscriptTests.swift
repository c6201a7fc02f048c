import Foundation
import Testing

/// Golden transcripts: each `Transcripts/NAME.mentor` runs with `mentor --memory`, and its
/// standard output, standard error and exit status must equal `Transcripts/NAME.expected`.
///
/// Scripts run from the `Transcripts` folder, so they name data sheets as
/// `../Fixtures/NAME.csv` and helper scripts as `scripts/NAME.mentor` (helpers are not
/// transcripts themselves). Re-record on purpose with
/// `MENTOR_RECORD_TRANSCRIPTS=1 swift test --filter TranscriptTests`, then read the
/// difference before committing it.
@Suite("Golden transcripts of scripts run by the built mentor")
struct TranscriptTests {
  static let folder = MentorProcess.packageRoot.appendingPathComponent(
    "Tests/EndToEndTests/Transcripts")

  /// The names of the files in the folder that end with `suffix`, without it.
  static func names(endingWith suffix: String) -> [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) }
      .sorted()
  }

  static let names = names(endingWith: ".mentor")

  static var recording: Bool {
    ProcessInfo.processInfo.environment["MENTOR_RECORD_TRANSCRIPTS"] == "1"
  }

  @Test("There are transcripts, and each has its expected output")
  func everyTranscriptHasItsExpectedOutput() {
    #expect(Self.names.count >= 12)
    guard !Self.recording else { return }
    #expect(Self.names(endingWith: ".expected") == Self.names)
  }

  @Test("Each transcript prints what it printed when recorded", arguments: names)
  func transcript(_ name: String) throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }

    let outcome = try mentor.run(
      ["--memory", "\(name).mentor"], directory: Self.folder,
      environment: ["MENTOR_NOW": "2026-12-04T10:00:00Z", "MENTOR_USER": "Ms Adeyemi"])

    #expect(!outcome.timedOut, "transcript \(name) did not finish")
    let actual =
      outcome.output + "--- standard error\n" + outcome.errors
      + "--- exit status \(outcome.status)\n"
    let expectedFile = Self.folder.appendingPathComponent("\(name).expected")
    if Self.recording {
      try actual.write(to: expectedFile, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: expectedFile, encoding: .utf8)
    #expect(
      actual == expected,
      "transcript \(name) differs from \(name).expected: \(Self.firstDifference(actual, expected))"
    )
  }

  /// Where two texts first differ, by line, to read in a test failure.
  static func firstDifference(_ actual: String, _ expected: String) -> String {
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(actualLines.count, expectedLines.count) {
      let got = index < actualLines.count ? String(actualLines[index]) : "(nothing)"
      let wanted = index < expectedLines.count ? String(expectedLines[index]) : "(nothing)"
      if got != wanted {
        return "line \(index + 1) is '\(got)' where '\(wanted)' was expected"
      }
    }
    return "no line differs"
  }
}
