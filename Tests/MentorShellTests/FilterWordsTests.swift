import Testing

@testable import MentorShell

@Suite("Reading the filter words of 'list mentees' and 'target'")
struct FilterWordsTests {
  @Test("One subject and a status judge that subject")
  func subjectAndStatus() throws {
    let filter = try FilterWords.parse(["where", "subject", "Maths", "status", "well", "below"])

    #expect(filter.subjects == ["Maths"])
    #expect(filter.status == .wellBelow)
  }

  @Test("A subject named again adds to the subjects instead of replacing the first")
  func severalSubjects() throws {
    let words = ["where", "subject", "Maths", "and", "subject", "Art", "and", "below-in", "2"]

    let filter = try FilterWords.parse(words)

    #expect(filter.subjects == ["Maths", "Art"])
    #expect(filter.belowAtLeast == 2)
  }

  @Test("No subject named leaves every subject to judge")
  func noSubject() throws {
    let filter = try FilterWords.parse(["year", "Y11", "below", "1"])

    #expect(filter.subjects.isEmpty)
    #expect(filter.year == "11")
    #expect(filter.belowAtLeast == 1)
  }
}
