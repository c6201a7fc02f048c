import Foundation

/// A report ready to print: a title, what its figures mean, and sections, each a table of
/// records with a chart of its trend.
///
/// The same report is written as a table on a terminal (with small inline charts), as CSV
/// or JSON (its records alone), or as one HTML file with SVG charts.
public struct Report: Sendable {
  /// One part of a report: a table and, where a trend is worth seeing, a chart.
  public struct Section: Sendable {
    /// A stable name, such as `counts`, used as the field name in JSON.
    public var key: String
    /// A heading for people.
    public var title: String
    public var table: Table
    public var chart: Chart?

    public init(key: String, title: String, table: Table, chart: Chart? = nil) {
      self.key = key
      self.title = title
      self.table = table
      self.chart = chart
    }
  }

  public var title: String
  /// Sentences that say what the figures count, printed above the tables.
  public var notes: [String]
  /// Sentences about how a terminal shows the tables, printed with the notes only when
  /// the tables fit a terminal: never in a file, HTML, CSV or JSON.
  public var terminalNotes: [String] = []
  public var sections: [Section]

  public init(title: String, notes: [String], sections: [Section]) {
    self.title = title
    self.notes = notes
    self.sections = sections
  }
}

/// The figures a chart draws: lines over months, or one bar for each label.
public struct Chart: Sendable {
  /// How the values are drawn.
  public enum Kind: Sendable {
    /// One line for each series, across the labels (months).
    case lines
    /// One bar for each label, from the first series.
    case bars
  }

  /// One line of a chart: a name and a value for each label, nil where there is none.
  public struct Series: Sendable {
    public var name: String
    public var values: [Double?]

    public init(name: String, values: [Double?]) {
      self.name = name
      self.values = values
    }
  }

  public var kind: Kind
  public var title: String
  /// The labels along the bottom: months, or the name under each bar.
  public var labels: [String]
  public var series: [Series]
  /// What the values count, for the axis: `% of mentees`, `pieces of praise`.
  public var axis: String
  /// Whether values are percentages, drawn from 0 to 100.
  public var isPercent: Bool
  /// For bars, what each share is of, written after its value: `1 of 1`, so that a share
  /// of one is not read as a share of many; empty when there is nothing to say.
  public var counts: [String] = []

  public init(
    kind: Kind, title: String, labels: [String], series: [Series], axis: String,
    isPercent: Bool
  ) {
    self.kind = kind
    self.title = title
    self.labels = labels
    self.series = series
    self.axis = axis
    self.isPercent = isPercent
  }

  /// The note written after the value of the bar at `index`, or the empty string.
  func count(at index: Int) -> String {
    index < counts.count ? counts[index] : ""
  }

  /// The top of the value axis: 100 for percentages, else the largest value rounded up to
  /// a number that divides into four ticks (at least 4).
  public var top: Double {
    if isPercent { return 100 }
    let largest = series.flatMap(\.values).compactMap { $0 }.max() ?? 0
    return max(4, (largest / 4).rounded(.up) * 4)
  }
}

/// How report figures are written in tables: the same text in table and CSV, and numbers
/// in JSON (a change's `+` left out there, as JSON numbers have none).
public enum ReportNumber {
  /// A percentage cell: `66.7`, a number in JSON; blank, and null in JSON, when unknown.
  public static func percentCell(_ value: Double?) -> Table.Cell {
    numberCell(percent(value))
  }

  /// A change in percentage points: `+4.2`, the number 4.2 in JSON.
  public static func pointsCell(_ value: Double?) -> Table.Cell {
    numberCell(points(value))
  }

  /// A change in steps: `+1.50`, the number 1.5 in JSON.
  public static func stepsCell(_ value: Double?) -> Table.Cell {
    numberCell(steps(value))
  }

  /// A cell of text already written as a number, marked as one for JSON.
  private static func numberCell(_ text: String) -> Table.Cell {
    var cell = Table.Cell(text)
    cell.isNumber = !text.isEmpty
    return cell
  }

  /// A percentage to one decimal place, without the sign: `66.7`; blank when unknown.
  public static func percent(_ value: Double?) -> String {
    value.map { String(format: "%.1f", $0) } ?? ""
  }

  /// A change with its sign to one decimal place: `+4.2`, `-8.3`, `0.0`; blank when unknown.
  public static func points(_ value: Double?) -> String {
    guard let value else { return "" }
    let rounded = (value * 10).rounded() / 10
    return rounded == 0 ? "0.0" : String(format: "%+.1f", rounded)
  }

  /// A change in steps with its sign to two decimal places: `+1.50`; blank when unknown.
  public static func steps(_ value: Double?) -> String {
    guard let value else { return "" }
    let rounded = (value * 100).rounded() / 100
    return rounded == 0 ? "0.00" : String(format: "%+.2f", rounded)
  }
}
