/// One cell of a data sheet for a grade: a grade on a scale, or what stands instead.
///
/// Blank cells, `X` (absent) and `U` are data, not errors: they are kept and shown.
public enum Mark: Hashable, Sendable {
  /// A blank cell.
  case missing
  /// `X`: the student was absent, so there is no grade.
  case absent
  /// `U` on a scale that has no U (for example 0 to 20): unclassified, below the bottom.
  case unclassified
  /// A grade, as the scale writes it, and its position in steps.
  case grade(String, position: Double)

  /// Reads a cell on a scale; nil when the text is not a grade of that scale.
  public init?(_ text: String, on scale: GradeScale) {
    let trimmed = text.trimmingSpaces
    switch trimmed.uppercased() {
    case "": self = .missing
    case "X": self = .absent
    case "U" where !scale.hasU: self = .unclassified
    default:
      guard let position = scale.position(of: trimmed), let label = scale.canonical(trimmed)
      else { return nil }
      self = .grade(label, position: position)
    }
  }

  /// The text shown and stored for this cell: the grade, `X`, `U` or the empty string.
  public var text: String {
    switch self {
    case .missing: return ""
    case .absent: return "X"
    case .unclassified: return "U"
    case .grade(let label, _): return label
    }
  }

  /// The position in steps, if the cell holds a grade; `U` counts one step under the bottom.
  public func position(on scale: GradeScale) -> Double? {
    switch self {
    case .grade(_, let position): return position
    case .unclassified: return scale.bottom - 1
    case .missing, .absent: return nil
    }
  }

  /// Whether the cell holds something other than a blank.
  public var isPresent: Bool { self != .missing }
}
