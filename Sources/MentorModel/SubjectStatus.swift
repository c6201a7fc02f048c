/// Where a subject stands: the current grade against the target grade.
public enum SubjectStatus: String, Hashable, Sendable, CaseIterable {
  /// Over target (shown blue).
  case above
  /// On target (shown green).
  case onTarget = "on target"
  /// Under target by less than the well-below threshold (shown amber).
  case below
  /// Under target by the well-below threshold or more (shown red).
  case wellBelow = "well below"
  /// No target is set.
  case noTarget = "no target"
  /// No current grade (blank or absent).
  case noGrade = "no grade"

  /// Judges a current grade against a target on one scale.
  public static func judge(
    current: Mark, target: Mark, on scale: GradeScale, settings: Settings
  ) -> SubjectStatus {
    guard target.position(on: scale) != nil else { return .noTarget }
    guard let difference = scale.steps(from: target, to: current) else { return .noGrade }
    let tolerance = 1e-9
    if difference >= settings.aboveFrom - tolerance, difference > tolerance { return .above }
    if -difference >= settings.wellBelowFrom - tolerance { return .wellBelow }
    if -difference >= settings.belowFrom - tolerance, -difference > tolerance { return .below }
    return .onTarget
  }

  /// Whether the subject is under target (below or well below).
  public var isUnderTarget: Bool { self == .below || self == .wellBelow }

  /// Whether the subject is on or above target.
  public var isOnOrAbove: Bool { self == .onTarget || self == .above }

  /// A status from the words a user types: `above`, `on`, `on-target`, `below`, `well-below`.
  public init?(words: String) {
    let key = String(words.lowercased().map { $0 == "-" ? " " : $0 })
    switch key {
    case "on", "green": self = .onTarget
    case "well", "red": self = .wellBelow
    case "amber": self = .below
    case "blue": self = .above
    default:
      guard let status = SubjectStatus(rawValue: key) else { return nil }
      self = status
    }
  }
}
