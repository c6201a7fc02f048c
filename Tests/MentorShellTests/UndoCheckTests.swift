import Foundation
import MentorStore
import Testing

@testable import MentorShell

@Suite("Undo takes back checks a command at a time, and only as they were left")
struct UndoCheckTests {
  /// A school of two mentees in a new file in `folder`, with one intervention, I1.
  static func session(in folder: String) throws -> TestShell {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    let sheet = try TestShell.sheet(
      """
      UPN,Surname,Forename,Year,Form,Mentor,Subject,Target,Working At
      Q900000000001,Quennell,Ottoline,10,10A,Ms Adeyemi,Maths,6,5
      Q900000000002,Brown,Zola,10,10A,Ms Adeyemi,Maths,5,5
      """)
    let session = try TestShell(store: Store(path: folder + "/school.db"))
    #expect(session.run("load \(sheet) --month 2026-10").succeeded, "\(session.errors)")
    #expect(session.run("agree ottoline student 'lantern club' for Maths").succeeded)
    return session
  }

  /// A new folder for a test's database, removed by the caller.
  static func folder() -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-undo-\(UUID().uuidString)").path
  }

  @Test("Checks are taken back newest first, each to the state it found, down to a stop")
  func newestFirst() throws {
    let folder = Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let session = try Self.session(in: folder)
    #expect(session.run("check I1 understood", "check i1 impl 'seen in class'").succeeded)

    #expect(session.run("undo").output == "Undid: Checked I1: implemented (seen in class).\n")
    #expect(session.shell.school.interventions["I1"]?.state == .understood)
    #expect(session.run("undo").output == "Undid: Checked I1: understood.\n")
    #expect(session.shell.school.interventions["I1"]?.state == .agreed)
    #expect(session.run("undo").succeeded)
    #expect(session.shell.school.interventions["I1"] == nil)

    // The load before them cannot be taken back, and stays the last change to undo.
    #expect(!session.run("undo", "undo").succeeded)
    #expect(session.errors.components(separatedBy: "error: Cannot undo the load of").count == 3)
    let stored = try Store(path: folder + "/school.db").loadSchool()
    #expect(stored.interventions["I1"] == nil)
  }

  @Test("A check changed since in another session stays, and undo goes on to the change before")
  func changedElsewhere() throws {
    let folder = Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let first = try Self.session(in: folder)
    #expect(first.run("check I1 understood").succeeded)
    let second = try TestShell(store: Store(path: folder + "/school.db"))
    #expect(second.run("check I1 implemented").succeeded, "\(second.errors)")

    #expect(!first.run("undo").succeeded)

    #expect(first.errors.contains("I1 has been changed since, in another session"))
    #expect(first.shell.school.interventions["I1"]?.state == .implemented)
    // The refused step is gone: the next undo is of the agreement, which is refused too.
    #expect(!first.run("undo").succeeded)
    #expect(first.shell.school.interventions["I1"]?.state == .implemented)
  }

  @Test("An undo refused half-way through a command's changes takes back none of them")
  func refusedHalfWay() throws {
    let folder = Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let first = try Self.session(in: folder)
    #expect(first.run("meet ottoline", "agree student 'reading log' for Maths").succeeded)
    let meeting = try #require(first.shell.school.meetings.values.first)
    #expect(meeting.agreed == ["I2"])
    let second = try TestShell(store: Store(path: folder + "/school.db"))
    #expect(second.run("check I2 understood").succeeded, "\(second.errors)")

    // The agreement's two steps: I2 added to the meeting, then I2 itself, which changed.
    #expect(!first.run("undo").succeeded)

    #expect(first.errors.contains("I2 has been changed since, in another session"))
    #expect(first.shell.school.meetings[meeting.id]?.agreed == ["I2"])
    let stored = try Store(path: folder + "/school.db").loadSchool()
    #expect(stored.meetings[meeting.id]?.agreed == ["I2"])
    #expect(stored.interventions["I2"]?.state == .understood)
    #expect(!first.run("history ottoline").output.contains("Undid"))
  }

  @Test("A check's evidence is held to the rules of typed text, and nothing is stored when not")
  func evidenceChecked() throws {
    let folder = Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let session = try Self.session(in: folder)
    #expect(!session.run("check I1 understood 'seen \u{202E}by her'").succeeded)
    #expect(session.errors.contains("The evidence holds U+202E"))
    let long = String(repeating: "a", count: 501)
    #expect(!session.run("check I1 understood '\(long)'").succeeded)
    #expect(session.errors.contains("The evidence is 501 characters long; the limit is 500"))
    #expect(session.shell.school.interventions["I1"]?.state == .agreed)
    #expect(try Store(path: folder + "/school.db").checks(of: "I1").isEmpty)

    let done = session.run("check I1 understood 'seen\tin class'")
    #expect(done.output == "Checked I1: understood (seen in class).\n")
  }

  @Test("A check's undo is refused once its mentee has another mentor, and the check stays")
  func ruleCheckedAgain() throws {
    let (path, folder) = try RoleEdgeTests.demoFile()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let leader = try TestShell(store: Store(path: path))
    let patel = try TestShell(store: Store(path: path), user: "Ms Patel")
    #expect(patel.run("agree \(RoleEdgeTests.haoLi) student 'homework club'").succeeded)
    let id = try #require(
      patel.shell.school.interventions.values.first {
        $0.menteeID == RoleEdgeTests.haoLi && $0.action == "homework club"
      }?.id)
    #expect(patel.run("check \(id.lowercased()) understood").succeeded, "\(patel.errors)")
    #expect(leader.run("assign \(RoleEdgeTests.haoLi) to Okafor").succeeded, "\(leader.errors)")

    #expect(!patel.run("undo").succeeded)

    #expect(patel.errors.hasPrefix("error: The last change cannot be undone now"))
    #expect(patel.errors.contains(id), "\(patel.errors)")
    let school = try Store(path: path).loadSchool()
    #expect(school.interventions[id]?.state == .understood)
  }
}
