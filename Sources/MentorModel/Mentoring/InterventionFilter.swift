/// Which interventions `list interventions` and `for each intervention` ask for; every
/// condition given must hold.
public struct InterventionFilter: Hashable, Sendable {
  /// The states admitted; `open` stands for every state that is not revised or closed.
  public var states: Set<InterventionState> = []
  public var category: InterventionCategory?
  /// The subject, ignoring case.
  public var subject: String?
  /// Who carries it out (the member of staff named, else the mentee's mentor), matched as
  /// `list mentees` matches mentors: the whole name or one word of it.
  public var staff: String?
  /// The mentee's mentor, matched as `list mentees` matches mentors.
  public var mentor: String?
  /// The mentee's id.
  public var menteeID: String?
  /// Only those whose review date has passed, while still open.
  public var overdue = false
  /// Only those open and not working: checked so, or no improvement since agreed.
  public var notWorking = false
  /// Only those whose review is due and that are not flagged not working.
  public var reviewDue = false

  /// Creates a filter that lets every intervention through.
  public init() {}

  /// Whether an intervention passes, judged in `school` on the day `today` (YYYY-MM-DD).
  public func admits(_ intervention: Intervention, in school: School, today: String) -> Bool {
    if !states.isEmpty, !states.contains(intervention.state) { return false }
    if let category, intervention.category != category { return false }
    if let subject, intervention.subject?.lowercased() != subject.lowercased() { return false }
    if let staff, !School.mentor(school.carrierOut(of: intervention), matches: staff) {
      return false
    }
    if let mentor {
      let mentee = school.mentees[intervention.menteeID]
      guard School.mentor(mentee?.mentor ?? "", matches: mentor) else { return false }
    }
    if let menteeID, intervention.menteeID != menteeID { return false }
    if overdue {
      guard intervention.state.isOpen, let review = intervention.review, review < today else {
        return false
      }
    }
    if notWorking, !intervention.isNotWorking { return false }
    if reviewDue, intervention.flag(today: today)?.keyword != "review-due" { return false }
    return true
  }
}

extension School {
  /// The interventions a filter admits, by number: `I2` before `I10`.
  public func interventions(_ filter: InterventionFilter, today: String) -> [Intervention] {
    interventions.values.filter { filter.admits($0, in: self, today: today) }
      .sorted { Self.number($0.id) < Self.number($1.id) }
  }
}
