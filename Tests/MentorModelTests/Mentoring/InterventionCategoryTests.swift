import Testing

@testable import MentorModel

@Suite("Intervention categories by name or unique prefix, ignoring case")
struct InterventionCategoryTests {
  @Test(
    "A unique prefix of a category's name, in any case, names it",
    arguments: [
      ("cur", InterventionCategory.curriculum), ("C", .curriculum),
      ("Curriculum", .curriculum), ("par", .parent), ("p", .parent), ("PARENT", .parent),
      ("t", .teacher), ("Teach", .teacher), ("s", .student), ("stu", .student),
      ("re", .resources), ("r", .resources), ("resources", .resources),
    ])
  func uniquePrefix(words: String, category: InterventionCategory) {
    #expect(InterventionCategory(words: words) == category)
  }

  @Test(
    "Words that begin no category, or run past its name, name none",
    arguments: [
      "", "x", "teachers", "parents", "curriculum support", "sudent", " cur", "stü", "é",
      "s\u{301}", "cur-", "[",
    ])
  func noCategory(words: String) {
    #expect(InterventionCategory(words: words) == nil)
  }

  @Test("No two categories share a first letter, so one letter is always enough")
  func firstLettersDiffer() {
    let initials = InterventionCategory.allCases.map { $0.rawValue.lowercased().first }

    #expect(Set(initials).count == InterventionCategory.allCases.count)
  }

  @Test("The message for an unknown category lists the five")
  func unknownCategoryMessage() {
    #expect(
      ModelError.unknownCategory("homework").message
        == "'homework' is not a category; use Curriculum, Teacher, Student, Resources, Parent")
  }
}

@Suite("The number in a record's id")
struct RecordNumberTests {
  @Test(
    "The number after the id's letters, or 0 when there is none",
    arguments: [
      ("I12", 12), ("M7", 7), ("E100000", 100_000), ("I", 0), ("", 0), ("12", 12),
      ("I12a", 0), ("Iab3", 3), ("ÉI4", 4), ("I-3", -3), ("I 3", 0), ("İ9", 9),
    ])
  func number(id: String, number: Int) {
    #expect(School.number(id) == number)
  }
}
