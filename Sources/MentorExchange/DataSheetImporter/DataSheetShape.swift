/// How a data sheet lays out its grades.
public enum DataSheetShape: String, Hashable, Sendable, CaseIterable {
  /// One row per mentee and subject, with a column for each measure (`Target`, `Effort`).
  case long
  /// One row per mentee, with a column for each subject and measure (`Maths - Target`).
  case wideBySubject = "wide-by-subject"
  /// One row per mentee and subject, with a working-at grade for each period (`G1`, `G2`).
  case wideByPeriod = "wide-by-period"

  /// A shape from its name; case and the choice of `-`, `_` or space do not matter.
  public init?(name: String) {
    let key = HeaderKey(name).text
    guard let shape = Self.allCases.first(where: { HeaderKey($0.rawValue).text == key })
    else { return nil }
    self = shape
  }

  /// How the shape is named in a report: `wide by subject`.
  public var label: String {
    String(rawValue.map { $0 == "-" ? " " : $0 })
  }
}
