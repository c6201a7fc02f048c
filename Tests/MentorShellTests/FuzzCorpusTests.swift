import Foundation
import Testing

@testable import MentorShell

/// Every input in the fuzzers' seed corpus, `fuzz/corpus/NAME/`, replayed through the entry
/// point the fuzzer calls (`scripts/fuzz NAME SECONDS` runs the fuzzer itself).
///
/// A crash here fails the whole run, as it would fail the fuzzer; an input that crashed
/// once is added to the corpus when it is fixed, so that it stays fixed.
@Suite("The fuzzers' seed corpus runs through each entry point without a crash")
struct FuzzCorpusTests {
  /// The corpus folder of `target`.
  static func corpus(of target: FuzzTarget) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("fuzz/corpus/\(target.rawValue)")
  }

  /// The files of `target`'s corpus, sorted by name.
  static func inputs(of target: FuzzTarget) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus(of: target).path))
    return (names ?? []).sorted().map { corpus(of: target).appendingPathComponent($0) }
  }

  @Test(arguments: FuzzTarget.allCases)
  func everyCorpusInputRuns(target: FuzzTarget) throws {
    let inputs = Self.inputs(of: target)
    #expect(inputs.count >= 5, "the corpus of \(target.rawValue) has too few inputs")

    for input in inputs {
      target.run([UInt8](try Data(contentsOf: input)))
    }
  }

  @Test func scriptLinesThatReachOutsideTheDatabaseAreLeftOut() {
    let script =
      "list mentees\nload school.csv\nreport cohort --out ../x.csv\nnotify\n"
      + "pause 60\nQuit\nshow mentee F000001\n"

    let kept = ScriptFile.lines(of: Array(script.utf8)).filter(
      ScriptFuzzing.staysInTheDatabase)

    #expect(kept.count == 2)
    #expect(kept.first.map { "\($0)" } == "text(\"list mentees\")")
  }
}
