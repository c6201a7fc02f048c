/// The five kinds of intervention a mentor and mentee can agree.
public enum InterventionCategory: String, CaseIterable, Hashable, Sendable {
  case curriculum = "Curriculum"
  case teacher = "Teacher"
  case student = "Student"
  case resources = "Resources"
  case parent = "Parent"

  /// The category a user means, ignoring case, by unique prefix: `cur`, `par`, `T`.
  public init?(words: String) {
    if let found = Self.matchingASCII(words) {
      guard let category = found else { return nil }
      self = category
      return
    }
    let key = words.lowercased()
    guard !key.isEmpty else { return nil }
    let matches = Self.allCases.filter { $0.rawValue.lowercased().hasPrefix(key) }
    guard matches.count == 1 else { return nil }
    self = matches[0]
  }

  /// The category ASCII words mean, as `init(words:)` finds it, without lowering them
  /// into a new string or making a list of matches; nil when the words are not ASCII.
  private static func matchingASCII(_ words: String) -> InterventionCategory?? {
    let typed = words.utf8
    guard !typed.isEmpty else { return .some(nil) }
    guard typed.allSatisfy({ $0 < 0x80 }) else { return nil }
    var found: InterventionCategory?
    for category in allCases where category.rawValue.utf8.count >= typed.count {
      let begins = zip(typed, category.rawValue.utf8).allSatisfy { lower($0) == lower($1) }
      guard begins else { continue }
      guard found == nil else { return .some(nil) }
      found = category
    }
    return .some(found)
  }

  /// An ASCII byte with a capital letter lowered.
  private static func lower(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
  }
}
