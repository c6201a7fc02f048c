import Foundation
import Testing

/// Golden transcripts: each `Transcripts/NAME.mentor` runs with `mentor --memory`, and its
/// standard output, standard error and exit status must equal `Transcripts/NAME.expected`.
///
/// Re-record on purpose with `MENTOR_RECORD_TRANSCRIPTS=1 swift test --filter Transcript`,
/// then read the difference before committing it.
@Suite("Golden transcripts of scripts run by the built mentor")
struct TranscriptTests {
  static let folder = MentorProcess.packageRoot.appendingPathComponent(
    "Tests/EndToEndTests/Transcripts")

  static let names: [String] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".mentor") }.map { String($0.dropLast(7)) }.sorted()
  }()

  @Test("The transcripts folder is not empty")
  func thereAreTranscripts() {
    #expect(Self.names.count >= 5)
  }

  @Test("Each transcript prints what it printed when recorded", arguments: names)
  func transcript(_ name: String) throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let outcome = try mentor.run(["--memory", "\(name).mentor"], directory: Self.folder)
    let actual =
      outcome.output + "--- standard error\n" + outcome.errors
      + "--- exit status \(outcome.status)\n"
    let expectedFile = Self.folder.appendingPathComponent("\(name).expected")
    if ProcessInfo.processInfo.environment["MENTOR_RECORD_TRANSCRIPTS"] == "1" {
      try actual.write(to: expectedFile, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: expectedFile, encoding: .utf8)
    #expect(actual == expected, "transcript \(name) differs from \(name).expected")
  }
}
