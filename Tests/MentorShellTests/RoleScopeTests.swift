import Foundation
import Testing

@testable import MentorShell

/// What each person sees and may do, whichever way a command arrives: typed, sourced, in a
/// loop or from the init file.
@Suite("Roles hold in scripts and loops, and lists show each person only what is theirs")
struct RoleScopeTests {
  /// The demo school with `user` at the keyboard, after the Progress Leader set it up.
  static func session(_ user: String, setup: [String] = []) throws -> DemoSession {
    let session = try DemoSession()
    for line in setup {
      try #require(session.shell.execute(line), "\(line): \(session.errors.text)")
    }
    session.shell.options.user = user
    session.errors.text = ""
    session.output.text = ""
    return session
  }

  /// A script file holding `lines`.
  static func script(_ lines: String...) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-roles-\(UUID().uuidString).mentor").path
    try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test("A school-wide command in a sourced script is refused, naming the Progress Leader")
  func sourcedScript() throws {
    let session = try Self.session("Ms Patel")
    let path = try Self.script("load staff demo/staff.csv", "echo after")

    session.shell.execute("source \(path)")
    #expect(session.errors.text.contains("Only the Progress Leader (Dr Osei) can use 'load staff'"))
    #expect(session.output.text.contains("after"))
  }

  @Test("The init file's commands are checked like any other")
  func initFile() throws {
    let session = try Self.session("Ms Patel")
    let path = try Self.script("assign R160046041851 to Okafor")

    try session.shell.runInitFile(path)

    #expect(session.errors.text.contains("Only the Progress Leader (Dr Osei) can use 'assign'"))
    #expect(session.shell.school.mentees["R160046041851"]?.mentor == "Ms Patel")
  }

  @Test("A mentor's loop over mentees visits their own mentees only")
  func loopOverOwnMentees() throws {
    let session = try Self.session("Ms Patel")
    let own = session.shell.school.mentees.values.filter { $0.mentor == "Ms Patel" }

    #expect(session.shell.execute("for each mentee do show mentee $MENTEE --format csv"))
    #expect(session.output.text.contains("Ran it for \(own.count) mentees"))
    #expect(session.errors.text.isEmpty, "\(session.errors.text)")
  }

  @Test("A mentor sees others' mentees by name only, and conditions judge their own only")
  func namesOnly() throws {
    let session = try Self.session("Ms Patel")

    #expect(session.shell.execute("list mentees --format csv"))
    let rows = session.output.text.split(separator: "\n").dropFirst()
    #expect(rows.count == session.shell.school.mentees.count)
    #expect(rows.contains { $0.hasPrefix("R160046041851,Mirza,Archie,") })
    #expect(rows.contains { $0 == ",Eze,Adaeze,,,,,,,," })

    session.output.text = ""
    #expect(session.shell.execute("list mentees where year 10 --format csv"))
    let judged = session.output.text.split(separator: "\n").dropFirst()
    #expect(!judged.isEmpty)
    #expect(judged.allSatisfy { $0.contains(",Ms Patel,") })
  }

  @Test("A teacher lists the interventions that name them, and no others")
  func teacherSeesTheirs() throws {
    let session = try Self.session(
      "Mr Brennan",
      setup: RoleRulesTests.setup)

    #expect(!session.shell.execute("check I2 understood"))
    #expect(
      session.errors.text
        == "error: I2 is not about a mentee of yours: ask the Progress Leader (Dr Osei)\n")
    #expect(session.shell.execute("list interventions --format csv"))
    let ids = session.output.text.split(separator: "\n").dropFirst().map { $0.prefix(3) }
    #expect(ids == ["I1,"])

    session.output.text = ""
    #expect(session.shell.execute("escalations --format csv"))
    let escalations = session.output.text.split(separator: "\n").dropFirst().map { $0.prefix(3) }
    #expect(escalations == ["E1,"])
  }

  @Test("Someone not on the staff list may ask for help and is told whom to ask")
  func unknownPerson() throws {
    let session = try Self.session("Ms Nobody")

    #expect(session.shell.execute("help list mentees"))
    #expect(!session.shell.execute("list mentees"))
    #expect(
      session.errors.text.contains(
        "'Ms Nobody' is not on the staff list: ask the Progress Leader (Dr Osei) to add you"))
    #expect(session.errors.text.contains("--as NAME"))
  }

  @Test("A new school has no staff list, so whoever sets it up may load it")
  func settingUp() throws {
    let shell = try TestShell(user: "anyone")

    #expect(shell.run("load demo/2026-11.csv", "load staff demo/staff.csv").succeeded)
    #expect(!shell.run("load parents demo/parents.csv").succeeded)
    #expect(shell.errors.contains("'anyone' is not on the staff list"))
  }

  @Test("A mentor reads settings and changes one for the session, not for the school")
  func sessionSetting() throws {
    let session = try Self.session("Ms Patel")

    #expect(session.shell.execute("setting"))
    #expect(session.shell.execute("setting well-below-from 1 --session"))
    #expect(!session.shell.execute("setting well-below-from 1"))
    #expect(
      session.errors.text.contains(
        "Only the Progress Leader (Dr Osei) can change the school's settings; use --session"
          + " to change it for this session"))
  }

  @Test("The prompt's opening lines say who the person is taken to be")
  func standingLine() throws {
    #expect(try Self.session("osei").shell.standingLine == "You are Dr Osei (progress leader).")
    #expect(
      try Self.session("Ms Patel").shell.standingLine
        == "You are Ms Patel (mentor, subject teacher).")
    #expect(
      try Self.session("Ms Nobody").shell.standingLine.hasPrefix(
        "'Ms Nobody' is not on the staff list: ask the Progress Leader (Dr Osei)"))
    #expect(
      try TestShell(user: "anyone").shell.standingLine
        == "No staff list names a Progress Leader yet, so you act as the Progress Leader"
        + " until 'load staff' reads one.")
  }

  @Test("A mentor lists their own mentees' parents only")
  func ownParents() throws {
    let session = try Self.session("Ms Patel")

    #expect(session.shell.execute("list parents --format csv"))
    let rows = session.output.text.split(separator: "\n").dropFirst()
    let ids = Set(rows.map { String($0.prefix { $0 != "," }) })
    let own = session.shell.school.mentees.values.filter { $0.mentor == "Ms Patel" }.map(\.id)
    #expect(!ids.isEmpty)
    #expect(ids.isSubset(of: Set(own)))
    #expect(!session.shell.execute("list parents \(RoleRulesTests.okafors)"))
  }

  @Test("A mentor's caseload report is their own; another mentor's is refused")
  func caseloadReport() throws {
    let session = try Self.session("Ms Patel")

    #expect(session.shell.execute("report mentor --format csv"))
    let rows = session.output.text.split(separator: "\n").dropFirst()
    #expect(rows.count == 1)
    #expect(rows.first?.hasPrefix("Ms Patel,") == true)
    #expect(!session.shell.execute("report mentor Okafor"))
    #expect(session.errors.text.contains("That is Mr Okafor's caseload: ask Mr Okafor"))
  }
}
