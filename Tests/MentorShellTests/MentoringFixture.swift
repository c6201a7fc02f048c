import Foundation

@testable import MentorShell

/// A small fictional school for the mentoring commands: two mentees of Ms Ríos, one of
/// Mr Oduya, a staff list, and the clock fixed on Friday 4 December 2026.
enum MentoringFixture {
  /// The data sheet: Marek takes Art; the others do not.
  static let sheet = """
    UPN,Surname,Forename,Year,Form,Mentor,Subject,Target,Working At
    C0001,Novák,Marek,10,10C,Ms Ríos,Maths,6,6
    C0001,Novák,Marek,10,10C,Ms Ríos,Art,5,4
    C0002,Quinn,Aoife,10,10C,Ms Ríos,Maths,7,7
    C0003,Adler,Tomás,10,10C,Mr Oduya,Maths,6,5

    """

  /// The staff list: two teachers and the two mentors.
  static let staff = """
    Name,Email,Role,Subjects
    Mrs Fénwick,fenwick@school.example,Teacher,Maths
    Mr Hale,hale@school.example,Teacher,Art
    Ms Ríos,rios@school.example,Mentor,
    Mr Oduya,oduya@school.example,Mentor,

    """

  /// A shell with the sheet loaded for November 2026 and the staff list, at a fixed time.
  static func shell() throws -> TestShell {
    let test = try TestShell()
    test.shell.clock = Clock(fixed: ISO8601DateFormatter().date(from: "2026-12-04T10:00:00Z"))
    let sheetPath = try TestShell.sheet(sheet)
    let staffPath = try TestShell.sheet(staff)
    defer {
      try? FileManager.default.removeItem(atPath: sheetPath)
      try? FileManager.default.removeItem(atPath: staffPath)
    }
    _ = test.run("load '\(sheetPath)' --month 2026-11", "load staff '\(staffPath)'")
    return test
  }
}
