/// Why an open intervention needs the mentor's attention: it is not working, or its review
/// is due.
///
/// The two differ in what they ask for. Not working (checked so, or its subject has not
/// improved since it was agreed) asks for a change of intervention; review due (its review
/// date has passed, and nothing shows it failing) asks for a check, not a change.
public enum InterventionFlag: Hashable, Sendable {
  /// Checked not working, or no improvement since it was agreed, with the reason.
  case notWorking(String)
  /// The review date (`YYYY-MM-DD`) has passed.
  case reviewDue(String)

  /// The words of a filter that asks for this flag: `not-working` or `review-due`.
  public var keyword: String {
    switch self {
    case .notWorking: return "not-working"
    case .reviewDue: return "review-due"
    }
  }

  /// The flag as a table shows it: "not working: Maths has not improved since 2026-10".
  public var text: String {
    switch self {
    case .notWorking(let reason): return "not working: \(reason)"
    case .reviewDue(let date): return "review due: the review date \(date) has passed"
    }
  }
}

extension Intervention {
  /// The flag an intervention carries on the day `today` (`YYYY-MM-DD`), or nil.
  ///
  /// Only an open intervention carries one; not working outranks review due.
  public func flag(today: String) -> InterventionFlag? {
    guard state.isOpen else { return nil }
    if let notWorkingFlag { return .notWorking(notWorkingFlag) }
    if state == .notWorking { return .notWorking("checked not working") }
    if let review, isReviewDue(today: today) { return .reviewDue(review) }
    return nil
  }

  /// Whether the review date is before `today` while the intervention is open and not
  /// checked working.
  public func isReviewDue(today: String) -> Bool {
    guard state.isOpen, state != .working, let review else { return false }
    return review < today
  }
}
