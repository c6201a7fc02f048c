import Testing

@testable import MentorShell

/// `revise`: the clauses of `agree`, a fresh review date, and nothing stored on bad input.
@Suite("'revise' takes the clauses of 'agree' and gives the replacement its own review date")
struct ReviseTests {
  /// A shell where Marek has I1, for Maths with Mrs Fénwick, reviewed on 18 December.
  static func shell() throws -> TestShell {
    let test = try MentoringFixture.shell()
    #expect(
      test.run("agree marek student 'catch-up' for Maths with Fenwick review +2w").succeeded,
      "\(test.errors)")
    return test
  }

  @Test("A review clause gives the replacement that date, and the action keeps no clause")
  func reviewClause() throws {
    let test = try Self.shell()

    #expect(test.run("revise I1 parent 'diary signed' review +3w").succeeded, "\(test.errors)")
    let new = try #require(test.shell.school.interventions["I2"])
    #expect(new.action == "diary signed")
    #expect(new.review == "2026-12-25")
    #expect(new.replaces == "I1")
    #expect(test.shell.school.interventions["I1"]?.state == .revised)
  }

  @Test("Without a review clause the replacement has none, as 'agree' gives; never the old")
  func noReviewClause() throws {
    let test = try Self.shell()

    #expect(test.run("revise I1 'lunchtime catch-up'").succeeded, "\(test.errors)")
    let new = try #require(test.shell.school.interventions["I2"])
    #expect(new.review == nil)
    #expect(new.category == .student)
  }

  @Test("Subject and staff stay unless 'for' or 'with' changes them")
  func subjectAndStaff() throws {
    let test = try Self.shell()

    #expect(test.run("revise I1 'sketchbook check' for art with hale").succeeded)
    #expect(test.shell.school.interventions["I2"]?.subject == "Art")
    #expect(test.shell.school.interventions["I2"]?.staff == "Mr Hale")
    #expect(test.run("revise I2 'sketchbook check twice a week'").succeeded)
    #expect(test.shell.school.interventions["I3"]?.subject == "Art")
    #expect(test.shell.school.interventions["I3"]?.staff == "Mr Hale")
  }

  @Test(
    "Bad clauses are refused and nothing is stored",
    arguments: [
      ("revise I1 parent 'diary' review +2w extra", "'extra' is not understood here"),
      ("revise I1 parent diary signed", "'signed' is not understood here"),
      ("revise I1 parent 'diary' review", "'review' needs a value after it"),
      ("revise I1 parent 'diary' review 2020-01-01", "2020-01-01"),
      ("revise I1 parent 'diary' with Nobody", "No member of staff 'Nobody'"),
      ("revise I1 parent 'diary' for Art for Maths", "'for' is given twice"),
    ])
  func badClauses(_ line: String, _ message: String) throws {
    let test = try Self.shell()

    #expect(!test.run(line).succeeded)
    #expect(test.errors.contains(message), "\(test.errors)")
    #expect(test.shell.school.interventions.count == 1)
    #expect(test.shell.school.interventions["I1"]?.state == .agreed)
  }

  @Test("A subject the mentee has no results in is refused")
  func subjectNotTaken() throws {
    let test = try MentoringFixture.shell()
    #expect(test.run("agree aoife student 'catch-up'").succeeded)

    #expect(!test.run("revise I1 'sketchbook' for Art").succeeded)
    #expect(test.errors.contains("C0002 has no results in 'Art'"))
    #expect(test.shell.school.interventions.count == 1)
  }
}
