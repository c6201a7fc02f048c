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

    let actual = try Self.runs(of: name).map { step in try Self.perform(step, name, mentor) }
      .joined()
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

  /// The runs of a transcript: `--memory NAME.mentor`, unless `NAME.runs` lists others,
  /// one a line: the arguments of `mentor`, split at spaces outside single quotes, with
  /// `$DB` for a database in the test's folder; or `init FILE`, which makes FILE the test's
  /// init file.
  static func runs(of name: String) throws -> [[String]] {
    let file = folder.appendingPathComponent("\(name).runs")
    guard FileManager.default.fileExists(atPath: file.path) else {
      return [["--memory", "\(name).mentor"]]
    }
    return try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
      .map(arguments)
  }

  /// The words of a line of a `.runs` file: spaces separate, single quotes group.
  static func arguments(_ line: Substring) -> [String] {
    var words: [String] = []
    var word: String?
    var quoted = false
    for character in line {
      if character == "'" {
        quoted.toggle()
        word = word ?? ""
      } else if character == " " && !quoted {
        if let done = word { words.append(done) }
        word = nil
      } else {
        word = (word ?? "") + String(character)
      }
    }
    if let done = word { words.append(done) }
    return words
  }

  /// Does one run, and returns what it printed and its exit status; a run listed in a
  /// `.runs` file is headed by its arguments.
  static func perform(_ step: [String], _ name: String, _ mentor: MentorProcess) throws -> String {
    if step.first == "init", step.count == 2 {
      let text = try String(
        contentsOf: folder.appendingPathComponent(step[1]), encoding: .utf8)
      _ = try mentor.write("config/mentor/init.mentor", text)
      return "--- init file \(step[1])\n"
    }
    let arguments = step.map { $0 == "$DB" ? mentor.path("school.db") : $0 }
    let outcome = try mentor.run(
      arguments, directory: Self.folder,
      environment: ["MENTOR_NOW": "2026-12-04T10:00:00Z", "MENTOR_USER": "Dr Osei"])
    #expect(!outcome.timedOut, "transcript \(name) did not finish")
    let listed = FileManager.default.fileExists(
      atPath: folder.appendingPathComponent("\(name).runs").path)
    let heading = listed ? "--- mentor \(step.joined(separator: " "))\n" : ""
    let printed =
      heading + outcome.output + "--- standard error\n" + outcome.errors
      + "--- exit status \(outcome.status)\n"
    return printed.replacingOccurrences(of: mentor.folder.path, with: "$HOME")
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
