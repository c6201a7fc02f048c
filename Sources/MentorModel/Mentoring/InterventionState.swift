/// Where an intervention is in its life: agreed, communicated, understood, implemented,
/// then working or not working; or not implemented, revised into a new one, or closed.
public enum InterventionState: String, CaseIterable, Hashable, Sendable {
  case agreed
  case communicated
  case understood
  case implemented
  case notImplemented = "not-implemented"
  case working
  case notWorking = "not-working"
  /// Replaced by a new intervention after it did not work.
  case revised
  case closed

  /// The states a `check` may record.
  public static let checkable: [InterventionState] = [
    .understood, .implemented, .notImplemented, .working, .notWorking,
  ]

  /// Whether the intervention is still being carried out or judged.
  public var isOpen: Bool { self != .revised && self != .closed }

  /// Whether a check may move an intervention from `state` to `self`.
  ///
  /// Understood follows agreed or communicated; implemented (or not) follows understood;
  /// working (or not) follows implemented. A later check may correct an earlier one of the
  /// same step (not-implemented, then implemented). Comparisons, not a set of states: a
  /// set built on every check cost a bulk script 1,400 instructions a check.
  public func mayFollow(_ state: InterventionState) -> Bool {
    switch self {
    case .agreed: return false
    case .communicated: return state == .agreed
    case .understood: return state == .agreed || state == .communicated
    case .implemented, .notImplemented:
      return state == .understood || state == .implemented || state == .notImplemented
    case .working, .notWorking:
      return state == .implemented || state == .working || state == .notWorking
    case .revised, .closed: return state.isOpen
    }
  }

  /// How far along the life a state is, for telling a check that goes back from one that
  /// skips ahead: agreed and communicated 0, understood 1, implemented (or not) 2, working
  /// (or not) 3; nil for revised and closed, which are out of the life.
  public var step: Int? {
    switch self {
    case .agreed, .communicated: return 0
    case .understood: return 1
    case .implemented, .notImplemented: return 2
    case .working, .notWorking: return 3
    case .revised, .closed: return nil
    }
  }

  /// The step that must come first, for a message when a check is out of order.
  public var needs: String {
    switch self {
    case .understood: return "agreed"
    case .implemented, .notImplemented: return "understood"
    case .working, .notWorking: return "implemented"
    default: return "open"
    }
  }
}
