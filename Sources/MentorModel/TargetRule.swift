/// How targets are set in bulk, for sheets that come without them.
public enum TargetRule: Hashable, Sendable {
  /// The same grade for everyone.
  case grade(String)
  /// Each mentee's earliest grade in the subject plus this many steps, capped at the top.
  case earliestPlus(Double)
}

extension School {
  /// The results whose targets a bulk setting would change, with the new targets in place.
  ///
  /// Only results that have no target are changed unless `replacing` is true. Mentees the
  /// filter does not admit (by mentor, year or form) are left alone.
  ///
  /// - Parameters:
  ///   - subject: one subject, or nil for every subject.
  ///   - rule: a grade, or the earliest grade plus a number of steps.
  /// - Throws: `ModelError.unknownSubject`, or `.badGrade` when the grade is not on the
  ///   subject's scale.
  public func targetChanges(
    subject: String?, rule: TargetRule, replacing: Bool, filter: MenteeFilter = MenteeFilter()
  ) throws(ModelError) -> [MonthlyResult] {
    let chosen: [String]
    if let subject {
      guard let name = subjects.keys.first(where: { $0.lowercased() == subject.lowercased() })
      else { throw .unknownSubject(subject) }
      chosen = [name]
    } else {
      chosen = subjects.keys.sorted()
    }
    var changes: [MonthlyResult] = []
    for name in chosen {
      let scale = subjects[name]!
      var fixed: Mark?
      if case .grade(let text) = rule {
        guard let mark = Mark(text, on: scale), case .grade = mark else {
          throw .badGrade(grade: text, subject: name, scale: scale.name)
        }
        fixed = mark
      }
      changes += targetChanges(
        in: name, scale: scale, rule: rule, fixed: fixed,
        replacing: replacing, filter: filter)
    }
    return changes
  }

  private func targetChanges(
    in subject: String, scale: GradeScale, rule: TargetRule, fixed: Mark?, replacing: Bool,
    filter: MenteeFilter
  ) -> [MonthlyResult] {
    var changes: [MonthlyResult] = []
    for mentee in menteesByName where admitsPerson(mentee, filter) {
      guard let byMonth = results(of: mentee.id)[subject] else { continue }
      var target = fixed
      if case .earliestPlus(let steps) = rule {
        let earliest = months.lazy.compactMap {
          byMonth[$0]?.current(self.settings.currentGrade).position(on: scale)
        }.first
        guard let earliest else { continue }
        // A fine grade counts as its whole grade: 5- plus one step is 6, not 5.
        let position = min((scale.wholeGrade(at: earliest) + steps).rounded(.down), scale.top)
        let label = scale.grade(at: position)
        target = .grade(label, position: scale.position(of: label) ?? position)
      }
      guard let target else { continue }
      for month in months {
        guard var result = byMonth[month] else { continue }
        if result.target == target || (result.target.isPresent && !replacing) { continue }
        result.target = target
        changes.append(result)
      }
    }
    return changes
  }

  private func admitsPerson(_ mentee: Mentee, _ filter: MenteeFilter) -> Bool {
    if let mentor = filter.mentor, !School.mentor(mentee.mentor, matches: mentor) {
      return false
    }
    if let year = filter.year, mentee.year.lowercased() != year.lowercased() { return false }
    if let form = filter.form, mentee.form.lowercased() != form.lowercased() { return false }
    return true
  }
}
