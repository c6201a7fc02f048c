/// Figures about interventions: which were agreed in a date range, how many are in each
/// category and state, and how often each category was followed by improvement.
extension School {
  /// Interventions agreed from `from` to `to` (`YYYY-MM-DD`, both days included; nil for
  /// no limit), by the day agreed, then by id.
  public func interventions(agreedFrom from: String?, to: String?) -> [Intervention] {
    interventions.values.filter { intervention in
      let day = String(intervention.agreedAt.prefix(10))
      return day >= (from ?? "") && day <= (to ?? "9999-99-99")
    }.sorted {
      ($0.agreedAt, Self.number($0.id)) < ($1.agreedAt, Self.number($1.id))
    }
  }

  /// How many interventions are in each category and state.
  public static func counts(of interventions: [Intervention])
    -> [InterventionCategory: [InterventionState: Int]]
  {
    var counts: [InterventionCategory: [InterventionState: Int]] = [:]
    for intervention in interventions {
      counts[intervention.category, default: [:]][intervention.state, default: 0] += 1
    }
    return counts
  }

  /// The member of staff who carries an intervention out: the one it names, else the
  /// mentee's mentor; blank when neither is known.
  public func carrierOut(of intervention: Intervention) -> String {
    intervention.staff ?? mentees[intervention.menteeID]?.mentor ?? ""
  }

  /// The change in steps after an intervention, or nil when there is nothing to compare.
  ///
  /// Compares the current grade of its subject in the first month loaded after the month
  /// it was agreed in with the grade in that month. One without a subject compares every
  /// subject graded in both months, and the change is their mean. Nil when no month was
  /// loaded after it, or no subject is graded in both.
  public func changeAfter(_ intervention: Intervention) -> Double? {
    guard let index = months.firstIndex(of: intervention.month), index + 1 < months.count
    else { return nil }
    let next = months[index + 1]
    let subjects =
      intervention.subject.map { [$0] } ?? Array(results(of: intervention.menteeID).keys)
    let changes = subjects.compactMap { subject -> Double? in
      guard let scale = self.subjects[subject] else { return nil }
      let grade = { (month: String) in
        self.result(of: intervention.menteeID, in: subject, month: month)?
          .current(self.settings.currentGrade).position(on: scale)
      }
      guard let before = grade(intervention.month), let after = grade(next) else { return nil }
      return after - before
    }
    guard !changes.isEmpty else { return nil }
    return changes.reduce(0, +) / Double(changes.count)
  }

  /// For each category with an intervention among `interventions`: how many had a month
  /// to compare, how many of those improved (a change above nothing), and the mean change.
  public func improvement(after interventions: [Intervention]) -> [CategoryImprovement] {
    InterventionCategory.allCases.compactMap { category in
      let inCategory = interventions.filter { $0.category == category }
      guard !inCategory.isEmpty else { return nil }
      let changes = inCategory.compactMap(changeAfter)
      return CategoryImprovement(
        category: category, interventions: inCategory.count, followed: changes.count,
        improved: changes.filter { $0 > 1e-9 }.count,
        meanChange: changes.isEmpty ? nil : changes.reduce(0, +) / Double(changes.count))
    }
  }
}

/// How often interventions of one category were followed by improvement.
public struct CategoryImprovement: Hashable, Sendable {
  public var category: InterventionCategory
  /// Interventions of the category in the range.
  public var interventions: Int
  /// Those with a month loaded after the one they were agreed in, graded in both.
  public var followed: Int
  /// Those followed by a rise in the current grade.
  public var improved: Int
  /// The mean change in steps over those followed; nil when none was.
  public var meanChange: Double?

  public init(
    category: InterventionCategory, interventions: Int, followed: Int, improved: Int,
    meanChange: Double?
  ) {
    self.category = category
    self.interventions = interventions
    self.followed = followed
    self.improved = improved
    self.meanChange = meanChange
  }

  /// The share of those followed that improved, in percent; nil when none was followed.
  public var share: Double? { CohortFigure.percent(improved, of: followed) }
}
