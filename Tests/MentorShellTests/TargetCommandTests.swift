import Foundation
import Testing

/// `target` on a small fictional form with no targets in its data sheet.
@Suite("Setting targets in bulk from the shell")
struct TargetCommandTests {
  /// Two forms; Maths and Art without targets.
  static let sheet = """
    UPN,Surname,Forename,Year,Form,Subject,Working At
    T0001,Ávila,Inès,11,11B,Maths,4
    T0001,Ávila,Inès,11,11B,Art,6
    T0002,Okafor,Sam,11,11C,Maths,7
    T0002,Okafor,Sam,11,11C,Art,3

    """

  /// A shell with the sheet loaded for October 2026.
  static func loaded() throws -> TestShell {
    let test = try TestShell()
    let path = try TestShell.sheet(sheet)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(test.run("load \(path) --month 2026-10").succeeded)
    return test
  }

  @Test("A form limits whom the targets are set for")
  func limitedByForm() throws {
    let test = try Self.loaded()

    let set = test.run("target Maths 6 where form 11B")

    #expect(set.succeeded)
    #expect(set.output == "Set 1 target for 1 mentee.\n")
  }

  @Test(
    "A condition on grades is refused, not ignored",
    arguments: [
      ("status below", "status"), ("below-in 1", "below-in"), ("subject Art", "subject"),
      ("attendance", "attendance"),
    ])
  func gradeConditionRefused(condition: String, word: String) throws {
    let test = try Self.loaded()

    let set = test.run("target Maths 6 where \(condition)")

    #expect(!set.succeeded)
    #expect(set.output.isEmpty)
    #expect(test.errors.hasSuffix("not by '\(word)'\n"))
    #expect(test.run("list mentees where status no-target --count").output == "2 of 2 mentees\n")
  }
}
