import Foundation
import MentorStore
import Testing

@testable import MentorShell

/// The edges of the roles: a staff list without a Progress Leader, undoing a change about
/// a mentee who has moved, and the words of a few refusals.
@Suite("Roles hold at their edges, and their refusals say what to do")
struct RoleEdgeTests {
  /// Hao Li, Ms Patel's mentee in the demo school.
  static let haoLi = "G505907396552"

  @Test("Loading a staff list that names no Progress Leader warns; one that does, does not")
  func staffWithoutLeader() throws {
    let shell = try TestShell(user: "Ms Quill")
    let without = try TestShell.sheet(
      """
      Name,Email,Role,Subjects
      Ms Quill,quill@school.example,Mentor;Teacher,Maths
      """)
    let with = try TestShell.sheet(
      """
      Name,Email,Role,Subjects
      Dr Amos,amos@school.example,Progress Leader,
      """)

    #expect(shell.run("load staff \(without)").succeeded, "\(shell.errors)")
    #expect(
      shell.errors
        == "warning: The staff list names no Progress Leader, so whoever is at the keyboard"
        + " acts as the Progress Leader; give someone the role 'Progress Leader' and load it"
        + " again\n")
    #expect(shell.shell.school.staff.count == 1)

    #expect(shell.run("load staff \(with)").succeeded, "\(shell.errors)")
    #expect(shell.errors.components(separatedBy: "warning:").count == 2)
  }

  /// The demo school in a database file in a new folder, and the folder.
  static func demoFile() throws -> (path: String, folder: String) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-roles-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    let path = folder + "/school.db"
    _ = try DemoSession()  // enters the package root, where the demo's files are
    let leader = try TestShell(store: Store(path: path))
    #expect(leader.run("source demo/school.mentor").succeeded, "\(leader.errors)")
    return (path, folder)
  }

  @Test("Undo is refused when the mentee has since gone to another mentor, and kept")
  func undoAfterReassignment() throws {
    let (path, folder) = try Self.demoFile()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let leader = try TestShell(store: Store(path: path))
    let patel = try TestShell(store: Store(path: path), user: "Ms Patel")

    #expect(patel.run("agree \(Self.haoLi) student 'homework club'").succeeded)
    #expect(leader.run("assign \(Self.haoLi) to Okafor").succeeded, "\(leader.errors)")
    #expect(!patel.run("undo").succeeded)

    #expect(
      patel.errors.hasPrefix(
        "error: The last change cannot be undone now: '\(Self.haoLi)' is Mr Okafor's mentee"))
    let school = try Store(path: path).loadSchool()
    #expect(school.interventions.values.contains { $0.menteeID == Self.haoLi })
  }

  @Test("A meeting ended in another session is named by the mentee's id on standard error")
  func meetingEndedElsewhere() throws {
    let (path, folder) = try Self.demoFile()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let leader = try TestShell(store: Store(path: path))
    let patel = try TestShell(store: Store(path: path), user: "Ms Patel")

    #expect(patel.run("meet \(Self.haoLi)").succeeded, "\(patel.errors)")
    #expect(leader.run("end \(Self.haoLi)").succeeded, "\(leader.errors)")
    #expect(patel.run("echo next").succeeded)

    #expect(patel.errors == "The meeting with \(Self.haoLi) was ended in another session.\n")
  }

  @Test("Tab in a session left open no longer offers a mentee erased in another session")
  func completionAfterErasure() throws {
    let (path, folder) = try Self.demoFile()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let leader = try TestShell(store: Store(path: path))
    let patel = try TestShell(store: Store(path: path), user: "Ms Patel")
    let completer = Completer(shell: patel.shell)
    #expect(completer.candidates("show mentee Hao", "Hao", false).contains("Hao Li"))
    #expect(completer.candidates("show mentee G50", "G50", false).contains(Self.haoLi))

    #expect(leader.run("erase mentee \(Self.haoLi) --yes").succeeded, "\(leader.errors)")

    #expect(!completer.candidates("show mentee Hao", "Hao", false).contains("Hao Li"))
    #expect(!completer.candidates("show mentee G50", "G50", false).contains(Self.haoLi))
  }

  @Test(
    "Tab offers only the interventions and escalations that involve the person",
    arguments: [
      ("Ms Patel", ["I1"], ["E1"]), ("Mr Okafor", ["I2"], ["E2"]),
      ("Dr Osei", ["I1", "I2"], ["E1", "E2"]),
    ])
  func completionOfRecords(user: String, interventions: [String], escalations: [String])
    throws
  {
    let session = try RoleScopeTests.session(user, setup: RoleRulesTests.setup)
    let completer = Completer(shell: session.shell)

    #expect(completer.candidates("check I", "I", false) == interventions)
    #expect(completer.candidates("acknowledge E", "E", false) == escalations)
  }

  @Test("Undo of a change about one's own mentee still works")
  func undoOwn() throws {
    let session = try RoleScopeTests.session("Ms Patel")

    #expect(session.shell.execute("agree \(Self.haoLi) student 'homework club'"))
    #expect(session.shell.execute("undo"), "\(session.errors.text)")

    #expect(!session.shell.school.interventions.values.contains { $0.menteeID == Self.haoLi })
  }

  @Test("Assigning a mentee in an open meeting warns that it stays with its mentor")
  func assignDuringMeeting() throws {
    let session = try RoleScopeTests.session("Ms Patel")
    #expect(session.shell.execute("meet \(Self.haoLi)"))
    session.shell.options.user = "Dr Osei"
    session.errors.text = ""

    #expect(session.shell.execute("assign \(Self.haoLi) to Okafor"), "\(session.errors.text)")

    #expect(session.shell.school.mentees[Self.haoLi]?.mentor == "Mr Okafor")
    #expect(
      session.errors.text.contains(
        "warning: Meeting M1 with \(Self.haoLi) is open and stays with Ms Patel, who opened"
          + " it"), "\(session.errors.text)")
  }

  @Test("A teacher who mentors nobody is told they have no caseload")
  func teacherCaseload() throws {
    let session = try RoleScopeTests.session("Mr Brennan")

    #expect(!session.shell.execute("report mentor"))

    #expect(session.output.text.isEmpty)
    #expect(
      session.errors.text
        == "error: You have no mentees, so no caseload to report: ask the Progress Leader"
        + " (Dr Osei) for a mentor's report\n")
  }

  @Test("'end' with no meeting open says so")
  func endWithoutMeeting() throws {
    let session = try RoleScopeTests.session("Ms Patel")

    #expect(!session.shell.execute("end"))

    #expect(session.errors.text == "error: No meeting is open; 'meet WHO' opens one\n")
  }
}
