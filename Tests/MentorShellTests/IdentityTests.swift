import Foundation
import MentorModel
import MentorStore
import Testing

@testable import MentorShell

/// One person is one name in every record, however they named themselves at the keyboard.
@Suite("Changes are recorded under the staff list's name for the person at the keyboard")
struct IdentityTests {
  /// Ms Patel's mentee Archie Mirza.
  static let patels = RoleRulesTests.patels

  @Test(
    "Her name, a word of it, her email and her login all record Ms Patel",
    arguments: ["Ms Patel", "Patel", "ms patel", "patel@demo-school.example", "patel"])
  func recordedUnderTheStaffName(user: String) throws {
    let session = try RoleScopeTests.session(user)

    #expect(session.shell.execute("agree \(Self.patels) student 'planner each evening'"))
    #expect(session.shell.execute("escalate \(Self.patels) to leader 'no homework'"))
    #expect(session.shell.execute("check I1 understood"))
    #expect(session.shell.execute("note \(Self.patels) 'wants to study medicine'"))

    let school = session.shell.school
    #expect(school.interventions["I1"]?.agreedBy == "Ms Patel")
    #expect(school.escalations["E1"]?.raisedBy == "Ms Patel")
    #expect(school.meetings.values.map(\.mentor) == ["Ms Patel"])
    let rows = try session.shell.store.auditEntries(about: Self.patels)
    #expect(!rows.isEmpty)
    #expect(rows.allSatisfy { $0.by == "Ms Patel" }, "\(rows.map(\.by))")
  }

  @Test(
    "The audit finds a person by name, email or login, and by names recorded before",
    arguments: ["Ms Patel", "patel@demo-school.example", "patel"])
  func auditFindsEveryName(asked: String) throws {
    let session = try RoleScopeTests.session("patel@demo-school.example")
    #expect(session.shell.execute("note \(Self.patels) 'likes chess'"))
    // A row recorded under the typed address, as before names were resolved.
    try session.shell.store.audit(
      AuditEntry(
        at: "2026-12-01T09:00:00Z", by: "patel@demo-school.example", kind: "staff",
        what: "Loaded 1 member of staff"))
    session.shell.options.user = "Dr Osei"
    session.output.text = ""

    #expect(session.shell.execute("audit '\(asked)' --format csv"))
    let rows = session.output.text.split(separator: "\n").dropFirst()
    let stored = try session.shell.store.auditEntries().filter { $0.by.contains("atel") }
    #expect(stored.count >= 2)
    #expect(rows.count == stored.count, "\(session.output.text)")
    #expect(rows.contains { $0.contains("patel@demo-school.example") })
    #expect(!rows.contains { $0.contains("Dr Osei") })
  }

  @Test("Before a staff list exists, the name as typed is recorded")
  func typedBeforeStaffList() throws {
    let shell = try TestShell(user: "osei")
    let sheet = try TestShell.sheet(
      """
      UPN,Surname,Forename,Subject,Target,Working At
      A1,Brown,Zola,Maths,6,5
      """)

    #expect(shell.run("load \(sheet) --month 2026-10").succeeded, "\(shell.errors)")

    #expect(try shell.shell.store.auditEntries().map(\.by) == ["osei"])
  }
}
