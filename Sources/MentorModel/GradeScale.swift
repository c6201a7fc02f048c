/// An ordered list of grades, so that the distance between two grades can be counted in steps.
///
/// Schools use several scales at once. Each scale turns a grade as written in a data sheet
/// into a position counted in steps from the bottom of the scale; the distance between two
/// grades of one scale is the difference of their positions.
public struct GradeScale: Hashable, Sendable, CustomStringConvertible {
  /// The families of scales a school uses.
  public enum Kind: Hashable, Sendable {
    /// GCSE 9 to 1 and U, with fine grades (`5-`, `5`, `5+`) a third of a step apart.
    case gcseNumbers
    /// GCSE A* to G and U.
    case gcseLetters
    /// Key Stage 3 levels with sub-levels, `1c` to `8a`; each sub-level is a step.
    case keyStage3
    /// BTEC: U, Pass, Merit, Distinction, Distinction* (also written P, M, D, D*).
    case btec
    /// A level: A* to E and U.
    case aLevel
    /// Plain numbers from `low` to `high`, one step every `step`.
    case numeric(low: Double, high: Double, step: Double)
  }

  /// The family of this scale.
  public let kind: Kind

  /// Creates a scale of the given family.
  public init(_ kind: Kind) {
    self.kind = kind
  }

  /// GCSE 9 to 1 with fine grades.
  public static let gcseNumbers = GradeScale(.gcseNumbers)
  /// GCSE A* to G.
  public static let gcseLetters = GradeScale(.gcseLetters)
  /// Key Stage 3 levels with sub-levels.
  public static let keyStage3 = GradeScale(.keyStage3)
  /// BTEC grades.
  public static let btec = GradeScale(.btec)
  /// A level grades.
  public static let aLevel = GradeScale(.aLevel)
  /// Percentages, one step every 5 points.
  public static let percentage = GradeScale(.numeric(low: 0, high: 100, step: 5))

  /// A numeric scale from `low` to `high` with steps of `step`.
  public static func numeric(_ low: Double, _ high: Double, step: Double = 1) -> GradeScale {
    GradeScale(.numeric(low: low, high: high, step: step))
  }

  /// Every named scale, in the order in which `detect` tries them.
  public static let named: [GradeScale] = [
    .gcseNumbers, .keyStage3, .gcseLetters, .btec, .aLevel, .numeric(0, 20), .percentage,
  ]

  /// The name used in commands, settings and the database: `gcse`, `ks3`, `0-20`...
  public var name: String {
    switch kind {
    case .gcseNumbers: return "gcse"
    case .gcseLetters: return "gcse-letters"
    case .keyStage3: return "ks3"
    case .btec: return "btec"
    case .aLevel: return "a-level"
    case .numeric(let low, let high, let step):
      if low == 0, high == 100, step == 5 { return "percent" }
      let range = "\(Self.format(low))-\(Self.format(high))"
      return step == 1 ? range : "\(range)/\(Self.format(step))"
    }
  }

  public var description: String { name }

  /// A scale from its name, such as `gcse`, `btec`, `0-20`, `percent` or `1-7/0.5`.
  public init?(name: String) {
    let key = name.lowercased()
    if let scale = Self.named.first(where: { $0.name == key }) {
      self = scale
      return
    }
    let aliases: [String: GradeScale] = [
      "gcse-9-1": .gcseNumbers, "9-1": .gcseNumbers, "gcse-a*-g": .gcseLetters,
      "letters": .gcseLetters, "alevel": .aLevel, "a level": .aLevel,
      "percentage": .percentage, "%": .percentage, "ks3-levels": .keyStage3,
    ]
    if let scale = aliases[key] {
      self = scale
      return
    }
    guard let numeric = Self.parseNumericName(key) else { return nil }
    self = numeric
  }

  private static func parseNumericName(_ key: String) -> GradeScale? {
    let parts = key.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    let bounds = parts[0].split(separator: "-", maxSplits: 1)
    guard bounds.count == 2, let low = Double(bounds[0]), let high = Double(bounds[1]),
      low < high
    else { return nil }
    var step = 1.0
    if parts.count == 2 {
      guard let given = Double(parts[1]), given > 0 else { return nil }
      step = given
    }
    return .numeric(low, high, step: step)
  }

  /// Formats a number without a needless `.0`.
  public static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
