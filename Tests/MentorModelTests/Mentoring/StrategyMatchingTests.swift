import Testing

@testable import MentorModel

@Suite("Strategies suggested for a problem described in words")
struct StrategyMatchingTests {
  @Test("Coursework not handed in finds the Parent strategy first, then the Student one")
  func courseworkNotHandedIn() throws {
    let found = Strategy.matching("not handing in coursework", in: Strategy.seed)
    let categories = found.map(\.category)

    #expect(categories.first == .parent)
    let parent = try #require(categories.firstIndex(of: .parent))
    let student = try #require(categories.firstIndex(of: .student))
    #expect(parent < student)
  }

  @Test("Strategies that match equally well keep the library's order")
  func tiesInLibraryOrder() {
    let found = Strategy.matching("coursework", in: Strategy.seed)

    #expect(found.map(\.category) == [.student, .parent])
  }

  @Test(
    "A word matches the start of a word of the problem or strategy, ignoring case",
    arguments: [
      ("WORKLOAD", InterventionCategory.curriculum), ("manag", .curriculum),
      ("seating", .teacher), ("Peers", .teacher), ("sanctions", .parent),
      ("lunchtime", .resources), ("catch", .student),
    ])
  func wordStarts(words: String, category: InterventionCategory) {
    let found = Strategy.matching(words, in: Strategy.seed)

    #expect(found.map(\.category) == [category])
  }

  @Test("Words of one or two letters are ignored, and nothing matches nothing")
  func shortWordsIgnored() {
    #expect(Strategy.matching("in on at", in: Strategy.seed).isEmpty)
    #expect(Strategy.matching("xylophone", in: Strategy.seed).isEmpty)
    #expect(Strategy.matching("", in: Strategy.seed).isEmpty)
  }

  @Test("Matching searches the library it is given, such as one a school added to")
  func schoolLibrary() {
    let added = Strategy(
      category: .teacher, problem: "talks over the teacher",
      strategy: "a seat at the front and a report card for a fortnight")

    let found = Strategy.matching("talks in class", in: Strategy.seed + [added])

    #expect(found == [added])
  }

  @Test("The seed holds at least one strategy in each of the five categories")
  func seedCoversEveryCategory() {
    #expect(Set(Strategy.seed.map(\.category)) == Set(InterventionCategory.allCases))
  }
}
