import Foundation
import Testing

@testable import MentorShell
@testable import MentorStore

/// Under `--atomic` or `--dry-run` the commands share one transaction without savepoints of
/// their own, so a write that fails half-way undoes the whole run. What the rest of the run
/// shows, and what the init file may still do, follow from that.
@Suite("A write failing half-way through a one-transaction run")
struct HalfWayFailureTests {
  /// Two fictional mentees, one result each.
  static let sheet = """
    UPN,Surname,Forename,Year,Form,Subject,Working At
    U0001,Quarry,Nell,10,10A,Maths,5
    U0002,Rook,Ada,10,10A,Maths,6

    """

  /// A shell with I1 (Nell) and I2 (Ada) agreed, and a rule, as a failing disk might, that
  /// makes a check with the evidence 'boom' fail after the intervention's state is set.
  static func prepared() throws -> TestShell {
    let test = try TestShell()
    let path = try TestShell.sheet(sheet)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(
      test.run(
        "load \(path) --month 2026-10", "agree U0001 student 'reads aloud'",
        "agree U0002 student 'reads aloud'"
      ).succeeded, "\(test.errors)")
    try test.shell.store.database.exec(
      """
      CREATE TRIGGER boom BEFORE INSERT ON intervention_checks WHEN NEW.evidence = 'boom'
      BEGIN SELECT RAISE(ABORT, 'boom'); END
      """)
    return test
  }

  @Test(
    "After the run is undone, later commands show what is stored, not what was undone",
    arguments: [false, true])
  func readsAfterUndoing(dryRun: Bool) throws {
    let test = try Self.prepared()
    test.shell.options.dryRun = dryRun
    var listed = ""
    test.shell.runAsOneTransaction {
      test.run("check I2 understood 'seen'")
      #expect(!test.run("check I1 understood 'boom'").succeeded)
      listed = test.run("list interventions --format csv").output
    }
    let line = listed.split(separator: "\n").first { $0.hasPrefix("I2,") } ?? ""
    #expect(line.contains("agreed") && !line.contains("understood"), "\(listed)")
    #expect(test.shell.school.interventions["I2"]?.state == .agreed)
    if dryRun {
      // Like the real run, which is undone: I2's check, made before, is not counted.
      #expect(test.errors.contains("1 command failed; it would change nothing"), "\(test.errors)")
    }
  }

  @Test("A write of the init file failing half-way takes back only itself")
  func initFile() throws {
    let test = try Self.prepared()
    let path = try TestShell.sheet("check I1 understood 'boom'\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    test.shell.runAsOneTransaction {
      #expect((try? test.shell.runInitFile(path)) != nil)
      #expect(test.run("check I2 understood 'seen'").succeeded, "\(test.errors)")
    }
    #expect(test.errors.contains("mentor: committed:"), "\(test.errors)")
    #expect(test.shell.failures == 0)
    let school = try test.shell.store.loadSchool()
    #expect(school.interventions["I2"]?.state == .understood)
    #expect(school.interventions["I1"]?.state == .agreed)
  }
}
