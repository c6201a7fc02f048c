import MentorModel

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

  /// One cell: its text, on a terminal its colour, and what CSV and JSON hold.
  ///
  /// In JSON a number cell is written as a number, an empty cell as `null`, and any other
  /// cell as a string.
  public struct Cell: Sendable, ExpressibleByStringLiteral {
    /// The text a person reads in a table.
    public var text: String
    public var colour: Colour?
    /// Whether JSON writes the cell as a number rather than a string.
    public var isNumber = false
    /// What CSV and JSON hold when it differs from the text shown, such as `98.5` for a
    /// table's `98.5%`.
    public var data: String?

    public init(_ text: String, colour: Colour? = nil) {
      self.text = text
      self.colour = colour
    }

    public init(stringLiteral text: String) {
      self.init(text)
    }

    /// A count.
    public static func number(_ value: Int, colour: Colour? = nil) -> Cell {
      var cell = Cell(String(value), colour: colour)
      cell.isNumber = true
      return cell
    }

    /// A measure that may be unknown (empty, and null in JSON), shown with a unit such as
    /// `%` in a table and without it in CSV and JSON.
    public static func number(_ value: Double?, unit: String = "", colour: Colour? = nil)
      -> Cell
    {
      guard let value else { return Cell("") }
      let written = GradeScale.format(value)
      var cell = Cell(written + unit, colour: colour)
      cell.isNumber = true
      cell.data = written
      return cell
    }

    /// A value that tools read differently from people, such as a whole timestamp shown
    /// as a date and time.
    public static func text(_ shown: String, data: String, colour: Colour? = nil) -> Cell {
      var cell = Cell(shown, colour: colour)
      cell.data = data
      return cell
    }

    /// What CSV and JSON hold.
    public var value: String { data ?? text }
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

  /// The format a file's name asks for by its extension: `.csv`, `.json`, or `.txt` and
  /// `.table` for a text table; nil for any other name.
  public init?(fileName: String) {
    let name = fileName.lowercased()
    guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
    switch name[name.index(after: dot)...] {
    case "csv": self = .csv
    case "json": self = .json
    case "txt", "table": self = .table
    default: return nil
    }
  }
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
