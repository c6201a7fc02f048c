import Foundation
import Testing

/// `scripts/demo.mentor`, the trainer's tour, run by the built `mentor` from the package
/// root on a demo school made afresh from `demo/school.mentor` in a temporary folder.
@Suite("The trainer's demo script, run on a fresh demo school")
struct DemoScriptTests {
  /// What making the demo school printed, and what the tour printed after it.
  struct Runs {
    var school: MentorProcess.Outcome
    var tour: MentorProcess.Outcome
  }

  /// The one run of the tour that every test reads.
  static let runs = Result { () throws -> Runs in
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let database = mentor.path("demo.db")
    let root = MentorProcess.packageRoot
    let school = try mentor.run(
      ["--db", database, "--bail", "demo/school.mentor"], directory: root)
    let tour = try mentor.run(["--db", database, "scripts/demo.mentor"], directory: root)
    return Runs(school: school, tour: tour)
  }

  /// A line the tour must print, and what it shows.
  struct Expected: CustomTestStringConvertible, Sendable {
    let step: String
    let line: String
    var testDescription: String { step }
  }

  @Test("The demo school loads, and the tour runs through with exit status 0")
  func runsWithoutError() throws {
    let runs = try Self.runs.get()

    #expect(runs.school.status == 0)
    #expect(runs.school.errors.isEmpty)
    #expect(runs.tour.status == 0)
    #expect(runs.tour.errors.isEmpty)
  }

  @Test("Every echo line of the tour is printed as written, accents and apostrophes kept")
  func printsEveryEcho() throws {
    let script = try String(
      contentsOf: MentorProcess.packageRoot.appendingPathComponent("scripts/demo.mentor"),
      encoding: .utf8)
    let echoed = script.split(separator: "\n").filter { $0.hasPrefix("echo \"") }
      .map { $0.dropFirst(6).dropLast() }
    let printed = Set(try Self.runs.get().tour.output.split(separator: "\n"))

    #expect(echoed.count > 20)
    for line in echoed {
      #expect(printed.contains(line), "'\(line)' was not printed")
    }
  }

  @Test(
    "Each step of the tour prints what it shows",
    arguments: [
      Expected(step: "the months loaded", line: "2026-11,873,2026-11.csv"),
      Expected(
        step: "Mrs Fletcher's caseload",
        line: "X797211371138,Brontë,Zoë,11,11B,Mrs Fletcher,7,2,0,100,"),
      Expected(
        step: "Zoë Brontë's feedback sheet by name",
        line: "X797211371138,2026-11,Maths,5,4,4,4,below,0,1,80,"),
      Expected(
        step: "Zola Brown found by more of her name",
        line: "Y697752071649,2026-11,Maths,6,2,3-,3-,well below,-1/3,3,74,"),
      Expected(
        step: "the December sheet of 11B loaded",
        line: "Stored 30 results for 15 mentees from 'demo/2026-12-wide.csv'."),
      Expected(step: "December in the months", line: "2026-12,30,2026-12-wide.csv"),
      Expected(
        step: "Zoë's Maths change since November",
        line: "X797211371138,2026-12,Maths,5,5-,,5-,on target,+2/3,,,"),
      Expected(step: "the thresholds", line: "well-below-from 2"),
    ])
  func printsStep(_ expected: Expected) throws {
    let lines = try Self.runs.get().tour.output.split(separator: "\n")

    #expect(lines.contains(Substring(expected.line)))
  }
}
