import Foundation
import Testing

@testable import MentorShell

/// The clauses after an intervention's action, on a small fictional form.
@Suite("The for, with and review clauses of 'agree'")
struct InterventionClauseTests {
  /// Two students; only Marek takes Art, and two subjects start with 'Co'.
  static let sheet = """
    UPN,Surname,Forename,Year,Form,Subject,Target,Working At
    C0001,Novák,Marek,10,10C,Combined Science,6,5
    C0001,Novák,Marek,10,10C,Computer Science,6,6
    C0001,Novák,Marek,10,10C,Art,5,5
    C0002,Quinn,Aoife,10,10C,Combined Science,7,6
    C0002,Quinn,Aoife,10,10C,Computer Science,7,7

    """

  /// A shell with the sheet loaded for October 2026.
  static func loaded() throws -> TestShell {
    let test = try TestShell()
    let path = try TestShell.sheet(sheet)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(test.run("load \(path) --month 2026-10").succeeded)
    return test
  }

  @Test(
    "A subject is found by the start of its name, in any case",
    arguments: [
      ("combined", "Combined Science"), ("COMPUTER", "Computer Science"),
      ("'computer science'", "Computer Science"), ("ar", "Art"),
    ])
  func subjectByPrefix(typed: String, subject: String) throws {
    let test = try Self.loaded()

    let agreed = test.run("agree marek student 'extra practice' for \(typed)")

    #expect(agreed.succeeded)
    #expect(agreed.output.contains("for \(subject)"))
  }

  @Test("The start of two subjects' names is refused, naming both")
  func ambiguousSubject() throws {
    let test = try Self.loaded()

    #expect(!test.run("agree marek student 'extra practice' for co").succeeded)
    #expect(
      test.errors.contains(
        "'co' could be 'Combined Science', 'Computer Science'; give more of the name"))
  }

  @Test("A subject the mentee has no results in is refused")
  func subjectNotTaken() throws {
    let test = try Self.loaded()

    #expect(!test.run("agree aoife resources 'sketchbook' for Art").succeeded)
    #expect(test.errors.contains("C0002 has no results in 'Art'"))
  }

  @Test(
    "A clause given twice is refused",
    arguments: [
      ("for Art for combined", "for"), ("review +3 review +5", "review"),
      ("REVIEW +3 review +5", "review"),
    ])
  func repeatedClause(clauses: String, keyword: String) throws {
    let test = try Self.loaded()

    #expect(!test.run("agree marek student 'extra practice' \(clauses)").succeeded)
    #expect(test.errors.contains("'\(keyword)' is given twice"))
    #expect(test.shell.school.interventions.isEmpty)
  }
}
