/// The five kinds of intervention a mentor and mentee can agree.
public enum InterventionCategory: String, CaseIterable, Hashable, Sendable {
  case curriculum = "Curriculum"
  case teacher = "Teacher"
  case student = "Student"
  case resources = "Resources"
  case parent = "Parent"

  /// The category a user means, ignoring case, by unique prefix: `cur`, `par`, `T`.
  public init?(words: String) {
    let key = words.lowercased()
    guard !key.isEmpty else { return nil }
    let matches = Self.allCases.filter { $0.rawValue.lowercased().hasPrefix(key) }
    guard matches.count == 1 else { return nil }
    self = matches[0]
  }
}
