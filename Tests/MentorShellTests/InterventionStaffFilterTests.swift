import Testing

@testable import MentorShell

/// The `staff`, `mentor` and `subject` conditions of `list interventions`, run in a shell.
@Suite("Intervention filters match names as 'agree' does, and refuse names nobody has")
struct InterventionStaffFilterTests {
  /// Marek's I1 names Mrs Fénwick; Aoife's I2 and Tomás's I3 name nobody, so their mentors
  /// carry them out.
  static func shell() throws -> TestShell {
    let test = try MentoringFixture.shell()
    #expect(
      test.run(
        "agree marek student 'catch-up' for Maths with Fenwick",
        "agree aoife parent 'diary signed'", "agree tomas parent 'diary signed'"
      ).succeeded, "\(test.errors)")
    return test
  }

  @Test(
    "Staff is the member of staff named, else the mentor, by a word of the name",
    arguments: [
      ("staff fenwick", "I1"), ("staff 'MRS FÉNWICK'", "I1"), ("staff rios", "I2"),
      ("staff 'Ms Ríos'", "I2"), ("staff oduya", "I3"), ("mentor RIOS", "I1 I2"),
      ("mentor 'mr oduya'", "I3"), ("subject maths", "I1"), ("subject MATHS", "I1"),
    ])
  func matches(_ condition: String, _ ids: String) throws {
    let test = try Self.shell()

    let found = try test.shell.interventions(where: WordSplitter.split(condition))
    #expect(found.map(\.id).joined(separator: " ") == ids)
  }

  @Test(
    "A subject, member of staff or mentor nobody has is refused, like 'list mentees'",
    arguments: [
      ("subject Latin", "No subject 'Latin' is loaded"),
      ("staff Nobody", "Nobody on the staff list and no mentor is called 'Nobody'"),
      ("mentor Nobody", "No mentee has mentor 'Nobody'"),
      ("mentor hale", "No mentee has mentor 'hale'"),
    ])
  func refusesUnknown(_ condition: String, _ message: String) throws {
    let test = try Self.shell()

    #expect(!test.run("list interventions where \(condition)").succeeded)
    #expect(test.errors.contains(message), "\(test.errors)")
  }

  @Test("A member of staff who carries out nothing gives an empty list, not an error")
  func staffWithNothing() throws {
    let test = try Self.shell()

    let (output, succeeded) = test.run("list interventions where staff hale --count")
    #expect(succeeded, "\(test.errors)")
    #expect(output.hasPrefix("0 of 3"))
  }
}
