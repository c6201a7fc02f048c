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
  /// into a new string or making a list of matches; nil when the words are not ASCII or
  /// not in one piece of storage, as typed words are.
  private static func matchingASCII(_ words: String) -> InterventionCategory?? {
    words.utf8.withContiguousStorageIfAvailable { typed -> InterventionCategory?? in
      guard !typed.isEmpty else { return .some(nil) }
      guard typed.allSatisfy({ $0 < 0x80 }) else { return nil }
      var found: InterventionCategory?
      for (category, name) in lowercasedNames where name.count >= typed.count {
        guard zip(typed, name).allSatisfy({ lower($0) == $1 }) else { continue }
        guard found == nil else { return .some(nil) }
        found = category
      }
      return .some(found)
    } ?? nil
  }

  /// Each category with the bytes of its name in lower case.
  private static let lowercasedNames = allCases.map { ($0, Array($0.rawValue.lowercased().utf8)) }

  /// An ASCII byte with a capital letter lowered.
  private static func lower(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
  }
}
