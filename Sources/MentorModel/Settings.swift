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

  /// Changes a setting from text.
  ///
  /// - Throws: `ModelError.unknownSetting` or `ModelError.badSettingValue`.
  public mutating func set(_ name: String, to text: String) throws(ModelError) {
    if name == "current-grade" {
      guard let rule = CurrentGradeRule(rawValue: text.lowercased()) else {
        throw .badSettingValue(name: name, value: text, expected: "predicted or working-at")
      }
      currentGrade = rule
      return
    }
    guard Self.names.contains(name) else { throw .unknownSetting(name) }
    guard let number = GradeScale.parseSteps(text), number >= 0, number.isFinite else {
      throw .badSettingValue(name: name, value: text, expected: "a number such as 2 or 1/3")
    }
    switch name {
    case "below-from": belowFrom = number
    case "well-below-from": wellBelowFrom = number
    case "above-from": aboveFrom = number
    case "attendance-concern": attendanceConcern = number
    default: persistentAbsence = number
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
