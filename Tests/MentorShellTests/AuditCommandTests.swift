import Foundation
import Testing

@testable import MentorShell

@Suite("The audit command shows every change, filtered by who made it, mentee and date")
struct AuditCommandTests {
  /// The demo school, run by Dr Osei, the Progress Leader, on 4 December 2026.
  static func session() throws -> DemoSession {
    try DemoSession { options in options.user = "Dr Osei" }
  }

  @Test("Loads, staff and parents are one row each with their counts, and no mentee")
  func schoolWideRows() throws {
    let session = try Self.session()

    #expect(session.shell.execute("audit --format csv"))

    let lines = session.output.text.split(separator: "\n").map(String.init)
    #expect(lines[0] == "at,by,kind,mentee,what,before,after")
    let loads = lines.filter { $0.contains(",load,") }
    #expect(loads.count == 3)
    #expect(loads.allSatisfy { $0.contains("Dr Osei,load,,Loaded '2026-") })
    #expect(loads[0].contains("873 results of 120 mentees"))
    #expect(lines.contains { $0.contains(",staff,,Loaded 12 members of staff") })
    #expect(lines.contains { $0.contains(",parents,,Loaded 197 parents or carers of 120") })
  }

  @Test("A setting, a check and an assignment keep their values before and after")
  func beforeAndAfter() throws {
    let session = try Self.session()
    for line in [
      "setting well-below-from 3", "agree zoe student 'catch-up session' for Maths",
      "check I1 understood", "assign zoe to 'Mr Okafor'",
      "escalate zoe to leader 'no homework diary'", "acknowledge E1",
    ] {
      #expect(session.shell.execute(line), "\(line): \(session.errors.text)")
    }
    session.output.text = ""

    #expect(session.shell.execute("audit --since 2026-12-04 --format csv"))

    let lines = session.output.text.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasSuffix(",setting,,Changed the setting 'well-below-from',2,3") })
    #expect(
      lines.contains { $0.contains(",check,X797211371138,") && $0.hasSuffix(",agreed,understood") })
    #expect(lines.contains { $0.contains(",assign,X797211371138,") && $0.hasSuffix(",Mr Okafor") })
    #expect(
      lines.contains { $0.contains(",intervention,X797211371138,") && $0.hasSuffix(",,agreed") })
    #expect(lines.contains { $0.contains(",escalation,X797211371138,") && $0.hasSuffix(",,open") })
    #expect(
      lines.contains {
        $0.contains(",escalation,X797211371138,") && $0.hasSuffix(",open,acknowledged")
      })
  }

  @Test("A change to the strategy library and its undoing are each a row")
  func strategyAndUndo() throws {
    let session = try Self.session()
    #expect(session.shell.execute("strategy edit 1 'A quieter seat near the front'"))
    #expect(session.shell.execute("undo"))
    session.output.text = ""

    #expect(session.shell.execute("audit --since 2026-12-04 --format csv"))

    let lines = session.output.text.split(separator: "\n").suffix(2)
    #expect(lines.first?.hasSuffix(",strategy,,Changed strategy 1,,") == true)
    #expect(lines.last?.hasSuffix(",undo,,Undid: Changed strategy 1,,") == true)
  }

  @Test(
    "Undoing a check says the check in the words it was made with, evidence and all",
    arguments: [
      ("check I1 understood", "Checked I1: understood"),
      ("check I1 understood 'seen by the tutor'", "Checked I1: understood (seen by the tutor)"),
      ("check i1 und seen by the tutor", "Checked I1: understood (seen by the tutor)"),
    ])
  func checkUndone(line: String, words: String) throws {
    let session = try Self.session()
    #expect(session.shell.execute("agree zoe student 'catch-up session'"))
    #expect(session.shell.execute(line))
    #expect(session.output.text.hasSuffix(words + ".\n"))
    #expect(session.shell.execute("undo"))
    #expect(session.output.text.contains("Undid: " + words))
    session.output.text = ""

    #expect(session.shell.execute("audit --since 2026-12-04 --format csv"))

    let lines = session.output.text.split(separator: "\n").suffix(2)
    #expect(lines.first?.hasSuffix(",check,X797211371138,\(words),agreed,understood") == true)
    #expect(
      lines.last?.hasSuffix(",undo,X797211371138,Undid: \(words),understood,agreed") == true)
  }

  @Test("WHO is the person who made the change; --mentee keeps one mentee's changes")
  func filters() throws {
    let session = try Self.session()
    #expect(session.shell.execute("meet zoe"))
    #expect(session.shell.execute("end"))
    session.shell.options.user = "Mr Okafor"
    #expect(session.shell.execute("meet adaeze"), "\(session.errors.text)")
    session.shell.options.user = "Dr Osei"
    session.output.text = ""

    #expect(session.shell.execute("audit okafor --format csv"))
    let byOkafor = session.output.text.split(separator: "\n").dropFirst()
    #expect(byOkafor.count == 1)
    #expect(byOkafor.allSatisfy { $0.contains("Mr Okafor,meeting,") })

    session.output.text = ""
    #expect(session.shell.execute("audit --mentee zoe --count"))
    #expect(session.output.text == "2 changes\n")
  }

  @Test("Someone on the staff list, or who once made a change, may have no changes to show")
  func personWithoutChanges() throws {
    let session = try Self.session()

    #expect(session.shell.execute("audit Okafor --count"), "\(session.errors.text)")
    #expect(session.output.text == "0 changes\n")
    #expect(session.shell.execute("audit Osei --since 2027-01-01"), "\(session.errors.text)")
  }

  @Test(
    "A bad date or an unknown mentee is refused with a clear message",
    arguments: [
      ("audit --since yesterday", "'yesterday' is not a date"),
      ("audit --since 2026-13-01", "'2026-13-01' is not a date"),
      ("audit --mentee nobody-at-all", "nobody-at-all"),
      ("audit --format xml", "xml"),
      ("audit Nobody", "'Nobody' is not on the staff list and has made no change"),
      ("audit 'Mr Okafr' --since 2026-12-01", "'Mr Okafr' is not on the staff list"),
    ])
  func badInput(line: String, expected: String) throws {
    let session = try Self.session()

    #expect(!session.shell.execute(line))
    #expect(session.errors.text.contains(expected), "\(session.errors.text)")
    #expect(session.output.text.isEmpty)
  }
}
