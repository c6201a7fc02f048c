/// The school's choices that change how data is judged; kept in the database.
public struct Settings: Hashable, Sendable {
  /// Which recorded grade counts as current.
  public var currentGrade: CurrentGradeRule = .predictedFirst
  /// Steps under target from which a subject is below target (a fine grade is 1/3).
  public var belowFrom: Double = 1.0 / 3
  /// Steps under target from which a subject is well below target.
  public var wellBelowFrom: Double = 2
  /// Steps over target from which a subject is above target.
  public var aboveFrom: Double = 1.0 / 3
  /// Attendance in percent under which attendance is a concern.
  public var attendanceConcern: Double = 95
  /// Attendance in percent under which a mentee is persistently absent.
  public var persistentAbsence: Double = 90

  /// Creates the default settings.
  public init() {}

  /// The names of the settings, as the `setting` command takes them.
  public static let names = [
    "current-grade", "below-from", "well-below-from", "above-from", "attendance-concern",
    "persistent-absence",
  ]

  /// The value of a setting as text, or nil for an unknown name.
  public func value(of name: String) -> String? {
    switch name {
    case "current-grade": return currentGrade.rawValue
    case "below-from": return GradeScale.formatSteps(belowFrom)
    case "well-below-from": return GradeScale.formatSteps(wellBelowFrom)
    case "above-from": return GradeScale.formatSteps(aboveFrom)
    case "attendance-concern": return GradeScale.format(attendanceConcern)
    case "persistent-absence": return GradeScale.format(persistentAbsence)
    default: return nil
    }
  }

  /// Changes a setting from text, and refuses a value the settings cannot work with.
  ///
  /// Steps must be more than 0 and attendance a percentage from 0 to 100. The settings
  /// must also stay in order after the change: below-from no more than well-below-from,
  /// and persistent-absence no more than attendance-concern. A refused value changes
  /// nothing.
  ///
  /// - Throws: `ModelError.unknownSetting`, `ModelError.badSettingValue` for a value that
  ///   cannot be, or `ModelError.settingsOutOfOrder` for one that breaks the order.
  public mutating func set(_ name: String, to text: String) throws(ModelError) {
    var changed = self
    try changed.setAlone(name, to: text)

    if let pair = changed.pairOutOfOrder(involving: name) {
      let lowerValue = pair.lower == name ? text : changed.value(of: pair.lower) ?? ""
      let upperValue = pair.upper == name ? text : changed.value(of: pair.upper) ?? ""
      throw .settingsOutOfOrder(
        changed: name, lower: pair.lower, lowerValue: lowerValue, upper: pair.upper,
        upperValue: upperValue)
    }
    self = changed
  }

  /// Settings read back from the names and values kept in the database, taken together.
  ///
  /// Values are applied one by one as `set` would, except that the order between settings
  /// is checked once all are in: values kept in any order then arrive whole, although a
  /// pair of them may be out of order halfway. A name this build does not know, or a
  /// value it refuses, is left out; a pair still out of order at the end (from a build
  /// that did not check) goes back to its defaults.
  public init(stored: [(name: String, value: String)]) {
    for (name, value) in stored {
      try? setAlone(name, to: value)
    }

    let defaults = Settings()
    while let pair = pairOutOfOrder() {
      setNumber(pair.lower, defaults.number(of: pair.lower) ?? 0)
      setNumber(pair.upper, defaults.number(of: pair.upper) ?? 0)
    }
  }

  /// Pairs of settings in which the first must be no more than the second.
  private static let ordered = [
    (lower: "below-from", upper: "well-below-from"),
    (lower: "persistent-absence", upper: "attendance-concern"),
  ]

  /// The first pair of settings that is out of order, among those with a given setting
  /// or among all; nil when they are in order.
  private func pairOutOfOrder(involving name: String? = nil) -> (lower: String, upper: String)? {
    Self.ordered.first { pair in
      guard name == nil || name == pair.lower || name == pair.upper,
        let lower = number(of: pair.lower), let upper = number(of: pair.upper)
      else { return false }
      return lower > upper + 1e-9
    }
  }

  /// Changes one setting after checking its value alone, not against the others.
  private mutating func setAlone(_ name: String, to text: String) throws(ModelError) {
    if name == "current-grade" {
      guard let rule = CurrentGradeRule(rawValue: text.lowercased()) else {
        throw .badSettingValue(name: name, value: text, expected: "predicted or working-at")
      }
      currentGrade = rule
      return
    }
    guard Self.names.contains(name) else { throw .unknownSetting(name) }

    let isPercentage = name == "attendance-concern" || name == "persistent-absence"
    let number = GradeScale.parseSteps(text) ?? .nan
    if isPercentage {
      guard (0...100).contains(number) else {
        throw .badSettingValue(name: name, value: text, expected: "a percentage from 0 to 100")
      }
    } else {
      guard number > 0, number.isFinite else {
        throw .badSettingValue(
          name: name, value: text, expected: "a number of steps above 0, such as 2 or 1/3")
      }
    }

    setNumber(name, number)
  }

  /// Puts a number in the threshold a name gives, unchecked.
  private mutating func setNumber(_ name: String, _ number: Double) {
    switch name {
    case "below-from": belowFrom = number
    case "well-below-from": wellBelowFrom = number
    case "above-from": aboveFrom = number
    case "attendance-concern": attendanceConcern = number
    case "persistent-absence": persistentAbsence = number
    default: break
    }
  }

  /// The number a threshold holds, or nil for a setting that is not a number.
  private func number(of name: String) -> Double? {
    switch name {
    case "below-from": return belowFrom
    case "well-below-from": return wellBelowFrom
    case "above-from": return aboveFrom
    case "attendance-concern": return attendanceConcern
    case "persistent-absence": return persistentAbsence
    default: return nil
    }
  }
}

extension GradeScale {
  /// Reads a number of steps written as `2`, `0.5` or `1/3`.
  public static func parseSteps(_ text: String) -> Double? {
    let parts = text.split(separator: "/")
    if parts.count == 2, let top = Double(parts[0]), let bottom = Double(parts[1]), bottom != 0 {
      return top / bottom
    }
    return parts.count == 1 ? Double(parts[0]) : nil
  }

  /// Writes a number of steps, as thirds where that is exact: `1/3`, `2`, `1.5`.
  public static func formatSteps(_ steps: Double) -> String {
    let thirds = steps * 3
    if abs(thirds - thirds.rounded()) < 1e-9, Int(thirds.rounded()) % 3 != 0 {
      let whole = Int(thirds.rounded())
      return whole % 3 == 0 ? String(whole / 3) : "\(whole)/3"
    }
    let value = (steps * 100).rounded() / 100
    return format(value)
  }
}
