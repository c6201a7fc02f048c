/// Records to print: named columns and rows of cells, written as a table, CSV or JSON.
///
/// Column keys are the stable names that CSV headers and JSON fields use; titles are for
/// people reading a table.
public struct Table: Sendable {
  /// A column: its stable key, its title and how its cells line up.
  public struct Column: Sendable {
    public var key: String
    public var title: String
    public var alignsRight: Bool
    /// Whether the column may be cut short to fit a narrow terminal (free text may;
    /// ids, grades and numbers may not).
    public var shrinks: Bool
    /// When a terminal is too narrow even for shortened text, columns with a drop order
    /// are left out, lowest first; columns without one always stay.
    public var dropOrder: Int?

    public init(
      _ key: String, _ title: String, alignsRight: Bool = false, shrinks: Bool = false,
      dropOrder: Int? = nil
    ) {
      self.key = key
      self.title = title
      self.alignsRight = alignsRight
      self.shrinks = shrinks
      self.dropOrder = dropOrder
    }
  }

  /// One cell: its text and, on a terminal, its colour.
  public struct Cell: Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var colour: Colour?

    public init(_ text: String, colour: Colour? = nil) {
      self.text = text
      self.colour = colour
    }

    public init(stringLiteral text: String) {
      self.init(text)
    }
  }

  public var columns: [Column]
  public var rows: [[Cell]] = []

  /// Creates a table with the given columns and no rows.
  public init(columns: [Column]) {
    self.columns = columns
  }

  /// Adds a row; missing cells are blank.
  public mutating func append(_ cells: [Cell]) {
    var row = Array(cells.prefix(columns.count))
    while row.count < columns.count { row.append("") }
    rows.append(row)
  }
}

/// The ways records can be printed.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table, csv, json
}

/// Terminal colours for statuses.
public enum Colour: String, Sendable {
  case red, amber, green, blue, dim

  /// The escape sequence that starts this colour.
  public var escape: String {
    switch self {
    case .red: return "\u{1B}[31m"
    case .amber: return "\u{1B}[33m"
    case .green: return "\u{1B}[32m"
    case .blue: return "\u{1B}[34m"
    case .dim: return "\u{1B}[2m"
    }
  }

  /// The escape sequence that ends any colour.
  public static let reset = "\u{1B}[0m"
}
