import Foundation
import Testing

/// Standard error may be kept in a log, so it names no mentee the person did not type.
@Suite("--verbose and errors print no mentee's name beyond what was typed")
struct LogPrivacyEndToEndTests {
  /// Every forename, surname and whole name of the demo school's mentees.
  static func demoNames() throws -> Set<String> {
    let sheet = try String(
      contentsOf: MentorProcess.packageRoot.appendingPathComponent("demo/2026-11.csv"),
      encoding: .utf8)
    var names: Set<String> = []
    for line in sheet.split(whereSeparator: \.isNewline).dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard fields.count > 2 else { continue }
      names.formUnion([fields[1], fields[2], "\(fields[2]) \(fields[1])"])
    }
    return names
  }

  /// A bulk script that succeeds and fails in loops, sends and warns, on the demo school.
  static let script = """
    source demo/school.mentor
    list mentees where year 11 and below-in 3
    for each mentee where form 11B and below-in 3 do agree $MENTEE curriculum 'weekly planner'
    for each mentee where form 11B and below-in 3 do praise $MENTEE for Latin
    for each mentee where form 11B and below-in 3 do sheet $MENTEE
    for each mentee where form 11B and below-in 3 do agree $MENTEE student 'x' for Music
    for each intervention where state agreed do check $INTERVENTION working
    for each mentee where form 11B and below-in 3 do escalate $MENTEE to parent 'late'
    notify
    report cohort
    report interventions list
    escalations
    due
    history K210400000011
    show mentee K000000000000
    target all 5 where year 10

    """

  @Test("A bulk script run with --verbose leaves no mentee's name on standard error")
  func bulkScript() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let path = try mentor.write("bulk.mentor", Self.script)

    let run = try mentor.run(
      ["--db", mentor.path("school.db"), "--verbose", path],
      directory: MentorProcess.packageRoot)

    #expect(run.status == 1, "some commands of the script fail on purpose")
    #expect(run.errors.contains("mentor: 'for each' took"))
    #expect(run.errors.contains("error: for "), "a failing round is named")
    let names = try Self.demoNames().filter { !Self.script.contains($0) && $0.count > 2 }
    #expect(names.count > 200)
    let leaked = names.filter { run.errors.contains($0) }
    #expect(leaked.isEmpty, "standard error names \(leaked.sorted()):\n\(run.errors)")
  }
}
