import Foundation
import Testing

@testable import MentorShell

/// `load`, `load staff`, `load parents` and `assign --file` refuse a file with a cell that
/// could hide or reorder text.
@Suite("Files loaded may hold no characters that hide or reorder text")
struct HiddenCharacterFileTests {
  /// A line to run, a file holding a hidden character, and what stays as it was.
  struct Case: CustomTestStringConvertible, Sendable {
    var command: String
    var text: String
    var line: Int
    var column: String
    var testDescription: String { command }
  }

  static let cases = [
    Case(
      command: "load",
      text: "UPN,Surname,Forename,Subject,Working At\n"
        + "C9001,Quist,Ann\u{202E},Maths,5\n", line: 2, column: "Forename"),
    Case(
      command: "load staff",
      text: "Name,Email,Role,Subjects\n"
        + "Mrs Fénwick,fenwick@school.example,Teacher,Maths\n"
        + "Mr Oduya,oduya,Mentor,\n"
        + "Mr Ha\u{2066}le,hale@school.example,Teacher,Art\n", line: 4, column: "Name"),
    Case(
      command: "load parents",
      text: "UPN,Name,Relationship,Email\n"
        + "C0001,Ann Novák\u{7},Mother,ann@home.example\n", line: 2, column: "Name"),
    Case(
      command: "assign --file", text: "UPN,Mentor\nC0002,Mr Oduya\u{202B}\n", line: 2,
      column: "Mentor"),
  ]

  @Test("The cell is reported as FILE:LINE and nothing is stored", arguments: cases)
  func refused(_ example: Case) throws {
    let test = try MentoringFixture.shell()
    let path = try TestShell.sheet(example.text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let before = test.shell.school
    let month = example.command == "load" ? " --month 2026-11" : ""

    #expect(!test.run("\(example.command) '\(path)'\(month)").succeeded)

    #expect(
      test.errors.contains(
        "\(path):\(example.line): error: The cell in column '\(example.column)' holds the"
          + " character U+"), "\(test.errors)")
    if example.command == "load staff" {
      #expect(test.errors.contains("\(path):3: error: 'oduya' is not an e-mail address"))
    }
    for school in [test.shell.school, try test.shell.store.loadSchool()] {
      #expect(school.mentees == before.mentees)
      #expect(school.staff == before.staff)
      #expect(school.carers == before.carers)
      #expect(school.months == before.months)
    }
  }
}
