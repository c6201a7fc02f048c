import Foundation
import Testing

@testable import MentorShell

/// What loading a new month says and does about interventions: not working, review due,
/// and nothing for those already revised or closed.
@Suite("Loading a month judges open interventions, and tells not working from review due")
struct InterventionJudgementTests {
  /// December: Marek's Maths stays at 6 (target 6), his Art rises from 4 to 5.
  static let december = """
    UPN,Surname,Forename,Year,Form,Mentor,Subject,Target,Working At
    C0001,Novák,Marek,10,10C,Ms Ríos,Maths,7,6
    C0001,Novák,Marek,10,10C,Ms Ríos,Art,5,5
    C0002,Quinn,Aoife,10,10C,Ms Ríos,Maths,7,7
    C0003,Adler,Tomás,10,10C,Mr Oduya,Maths,6,5

    """

  /// The fixture with I1 (Maths, review in a week) and I2 (Art, review in a week) agreed
  /// for Marek, and the clock moved past both review dates.
  static func shell() throws -> (TestShell, String) {
    let test = try MentoringFixture.shell()
    #expect(
      test.run(
        "agree marek student 'Maths club' for Maths review +1w",
        "agree marek student 'Art portfolio' for Art review +1w"
      ).succeeded, "\(test.errors)")
    test.shell.clock = Clock(fixed: ISO8601DateFormatter().date(from: "2026-12-20T10:00:00Z"))
    return (test, try TestShell.sheet(december))
  }

  @Test("A passed review with improvement is review due; without improvement, not working")
  func reviewDueAndNotWorking() throws {
    let (test, path) = try Self.shell()
    defer { try? FileManager.default.removeItem(atPath: path) }

    let loaded = test.run("load '\(path)' --month 2026-12")

    #expect(loaded.succeeded, "\(test.errors)")
    #expect(
      loaded.output.contains(
        "Flagged 1 intervention not working (no improvement since agreed): change it;"
          + " 1 review due (the date has passed): check it ('due' lists them)."),
      "\(loaded.output)")
    let flags = test.run("list interventions --format csv").output
      .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    #expect(
      flags.map { $0.last ?? "" } == [
        "flag", "not working: Maths has not improved since 2026-11",
        "review due: the review date 2026-12-11 has passed",
      ])
    #expect(
      test.run("list interventions where not-working --count").output == "1 of 2 interventions\n")
    #expect(
      test.run("for each intervention where not-working do echo $INTERVENTION").output
        .hasPrefix("I1\n"))
    #expect(
      test.run("for each intervention where review-due do echo $INTERVENTION").output
        .hasPrefix("I2\n"))
    #expect(test.run("list interventions where overdue --count").output == "2 of 2 interventions\n")
  }

  @Test("Loading the month again leaves revised interventions and their history as they were")
  func reloadLeavesRevised() throws {
    let (test, path) = try Self.shell()
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(test.run("load '\(path)' --month 2026-12").succeeded, "\(test.errors)")
    #expect(test.run("revise I1 teacher 'sit at the front in Maths'").succeeded, "\(test.errors)")
    let before = try test.shell.store.history(of: "C0001")

    let again = test.run("load '\(path)' --month 2026-12")

    #expect(again.succeeded, "\(test.errors)")
    let after = try test.shell.store.history(of: "C0001")
    #expect(after.count == before.count, "\(after.suffix(after.count - before.count))")
    #expect(test.shell.school.interventions["I1"]?.notWorkingFlag != nil)
    #expect(!again.output.contains("Flagged"), "\(again.output)")
    #expect(!again.output.contains("cleared"), "\(again.output)")
  }

  @Test("An improvement clears the flag, and the load says so")
  func improvementClears() throws {
    let (test, path) = try Self.shell()
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(test.run("load '\(path)' --month 2026-12").succeeded, "\(test.errors)")
    let january = try TestShell.sheet(
      Self.december.replacingOccurrences(of: "Maths,7,6", with: "Maths,7,7"))
    defer { try? FileManager.default.removeItem(atPath: january) }

    let loaded = test.run("load '\(january)' --month 2027-01")

    #expect(
      loaded.output.contains("Cleared the not-working flag of 1 intervention (improved)"),
      "\(loaded.output)")
    #expect(test.shell.school.interventions["I1"]?.notWorkingFlag == nil)
  }

  @Test("The Staff column shows who carries it out; Named staff only the one named")
  func staffColumn() throws {
    let test = try MentoringFixture.shell()
    #expect(
      test.run(
        "agree marek parent 'homework diary'", "agree aoife teacher 'seat' with Fénwick"
      ).succeeded, "\(test.errors)")

    let rows = test.run("list interventions where staff rios --format json").output

    #expect(rows.contains(#""staff": "Ms Ríos", "named_staff": null"#), "\(rows)")
    let named = test.run("list interventions where staff fenwick --format csv").output
    #expect(named.contains(",Mrs Fénwick,Mrs Fénwick,"), "\(named)")
    let report = test.run("report interventions list --format csv").output
    #expect(report.contains(",Ms Ríos,agreed,"), "\(report)")
  }

  @Test("The flagged rows of 'report interventions' count what 'list interventions' flags")
  func reportCountsFlags() throws {
    let (test, path) = try Self.shell()
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(test.run("load '\(path)' --month 2026-12").succeeded, "\(test.errors)")

    let counts = test.run("report interventions counts --format csv").output

    #expect(counts.contains("\nflagged not working,0,0,1,0,0,1\n"), "\(counts)")
    #expect(counts.contains("\nflagged review due,0,0,1,0,0,1\n"), "\(counts)")
  }
}
