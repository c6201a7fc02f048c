/// A typical strategy for a typical problem, in one intervention category.
public struct Strategy: Hashable, Sendable {
  public var category: InterventionCategory
  public var problem: String
  public var strategy: String

  public init(category: InterventionCategory, problem: String, strategy: String) {
    self.category = category
    self.problem = problem
    self.strategy = strategy
  }

  /// The strategies a school starts with, one or more per category.
  public static let seed: [Strategy] = [
    Strategy(
      category: .curriculum, problem: "workload too hard to manage",
      strategy: "help with time management; teachers and parents set up extra support"),
    Strategy(
      category: .teacher, problem: "grievance with a teacher or their style",
      strategy: "a mediation meeting of mentor, teacher and student"),
    Strategy(
      category: .teacher, problem: "distracted by peers in lessons",
      strategy: "change of seating; if it persists, the Progress Leader"),
    Strategy(
      category: .student, problem: "behind on coursework",
      strategy:
        "supervised catch-up in the student's own time, or after school with the subject"
        + " teacher, attendance checked"),
    Strategy(
      category: .resources, problem: "not completing work set in lessons",
      strategy: "consult subject teachers; lunchtime or after-school sessions; study centre"),
    Strategy(
      category: .parent, problem: "coursework not handed in",
      strategy: "inform parents and agree action; if it continues, home sanctions"),
  ]

  /// The strategies whose problem or strategy shares a word with `words`, best first,
  /// and those that match equally well in the library's order.
  public static func matching(_ words: String, in library: [Strategy]) -> [Strategy] {
    let wanted = Set(
      words.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        .filter { $0.count > 2 })
    let scored = library.enumerated().map { index, strategy -> (Strategy, Int, Int) in
      let text = (strategy.problem + " " + strategy.strategy).lowercased()
      let have = Set(text.split(whereSeparator: { !$0.isLetter }).map(String.init))
      let score = wanted.filter { word in have.contains { $0.hasPrefix(word) } }.count
      return (strategy, score, index)
    }
    // The index breaks ties, since `sorted` does not promise to keep equal elements in order.
    return scored.filter { $0.1 > 0 }
      .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 < $1.2 }
      .map(\.0)
  }
}
