import MentorModel

/// What the importer found in a data sheet, for the shell to show before anything is stored.
public struct ImportReport: Equatable, Sendable {
  /// A header column that was read, and what for.
  public struct Column: Equatable, Sendable {
    public var header: String
    public var use: Use
  }

  /// What a column was read for.
  public enum Use: Equatable, Sendable {
    /// A role, found by its name or given in a mapping.
    case role(ColumnRole, given: Bool)
    /// One measure of one subject, in a sheet that is wide by subject.
    case measure(subject: String, ColumnRole)
    /// The working-at grade of one period, in a sheet that is wide by period.
    case period(month: String)
    /// A part of every id, from the columns given to make ids from.
    case idPart
  }

  /// The scale a subject's grades were read on.
  public struct ScaleChoice: Equatable, Sendable {
    public var subject: String
    public var scale: GradeScale
    /// Whether the user gave it, rather than detection choosing it.
    public var given: Bool
  }

  /// Something the user should know about how the sheet was read.
  public enum Note: Equatable, Sendable {
    /// Ids were made from a prefix and each row's number.
    case idsFromRowNumbers(prefix: String)
    /// Ids were made from a prefix and the order in which names first appear.
    case idsFromNames(prefix: String)
    /// Ids were made from the values of these columns.
    case idsFromValues(columns: [String])
    /// Rows whose id values an earlier row shared were numbered in file order.
    case rowsNumbered(Int)
    /// The month was taken from the file's name, for want of `--month` or a month column.
    case monthFromFileName(String)
    /// The bytes are not UTF-8, so detection read them as Windows-1252.
    case readAsWindows1252
  }

  /// The data sheet's name: its file name.
  public var name: String
  public var shape: DataSheetShape
  /// Whether the user gave the shape, rather than detection choosing it.
  public var shapeGiven: Bool
  public var encoding: TextEncoding
  /// The byte between fields.
  public var delimiter: UInt8
  /// The columns read, in header order.
  public var columns: [Column]
  /// The headers of the columns not read, in header order.
  public var unusedColumns: [String]
  public var menteeCount: Int
  /// The rows read, not counting the header and blank rows.
  public var rowCount: Int
  public var resultCount: Int
  /// The subjects, in order of first appearance.
  public var subjects: [String]
  /// The months or periods, in order of first appearance.
  public var months: [String]
  /// The scale of each subject, in the order of `subjects`.
  public var scales: [ScaleChoice]
  public var notes: [Note]

  /// The report as plain lines of text, for the shell to print.
  public var lines: [String] {
    let how = shapeGiven ? "given" : "detected"
    var lines = [
      "Data sheet '\(name)': \(shape.label) (\(how)), \(encoding.rawValue), "
        + "fields separated by \(Self.describe(delimiter))"
    ]
    lines.append("Columns:")
    lines += columnLines.map { "  " + $0 }
    if !unusedColumns.isEmpty {
      let shown = unusedColumns.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
      let more = unusedColumns.count > 5 ? " and \(unusedColumns.count - 5) more" : ""
      lines.append("Not used: \(Self.count(unusedColumns.count, "column")): \(shown)\(more)")
    }

    lines.append(
      "Found \(Self.count(menteeCount, "mentee")), \(Self.count(subjects.count, "subject")), "
        + "\(Self.count(months.count, "month")), \(Self.count(rowCount, "row")) "
        + "and \(Self.count(resultCount, "result"))")
    lines.append("Months: " + months.joined(separator: ", "))
    var groups: [(key: String, subjects: [String])] = []
    for choice in scales {
      let key = "\(choice.scale.name) (\(choice.given ? "given" : "detected"))"
      if let index = groups.firstIndex(where: { $0.key == key }) {
        groups[index].subjects.append(choice.subject)
      } else {
        groups.append((key, [choice.subject]))
      }
    }
    for group in groups {
      lines.append("Scale \(group.key): " + group.subjects.joined(separator: ", "))
    }
    lines += notes.map { "Note: " + Self.text(of: $0) }
    return lines
  }

  /// One line per role, per subject of a wide sheet, and one for periods and id columns.
  private var columnLines: [String] {
    var lines: [String] = []
    var subjectLines: [String: Int] = [:]
    var periods: [String] = []
    var idParts: [String] = []
    for column in columns {
      switch column.use {
      case .role(let role, let given):
        lines.append("\(role.label): '\(column.header)'" + (given ? " (given)" : ""))
      case .measure(let subject, let role):
        let part = "\(role.label) '\(column.header)'"
        if let index = subjectLines[subject] {
          lines[index] += ", " + part
        } else {
          subjectLines[subject] = lines.count
          lines.append("\(subject): " + part)
        }
      case .period(let month):
        periods.append(column.header == month ? "'\(month)'" : "'\(column.header)' as \(month)")
      case .idPart:
        idParts.append("'\(column.header)'")
      }
    }
    if !periods.isEmpty {
      lines.append("working-at grade by period: " + periods.joined(separator: ", "))
    }
    if !idParts.isEmpty { lines.append("id made from: " + idParts.joined(separator: ", ")) }
    return lines
  }

  /// The wording of every note.
  private static func text(of note: Note) -> String {
    switch note {
    case .idsFromRowNumbers(let prefix):
      return "no id column: ids made from prefix '\(prefix)' and the row number"
    case .idsFromNames(let prefix):
      return "no id column: ids made from prefix '\(prefix)' and the order in which "
        + "each name first appears"
    case .idsFromValues(let columns):
      return "ids made from a code of the values of \(count(columns.count, "column")), "
        + "so the same values give the same id in another file"
    case .rowsNumbered(let rows):
      return "ids of \(count(rows, "row")) numbered in file order (-2, -3...), "
        + "since an earlier row had the same values"
    case .monthFromFileName(let month):
      return "month \(month) taken from the file's name (--month gives another)"
    case .readAsWindows1252:
      return "the file is not UTF-8 text; it was read as Windows-1252 "
        + "(give --encoding utf-8 to refuse it instead)"
    }
  }

  private static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }

  private static func describe(_ delimiter: UInt8) -> String {
    switch delimiter {
    case UInt8(ascii: ","): return "commas"
    case UInt8(ascii: ";"): return "semicolons"
    case UInt8(ascii: "\t"): return "tabs"
    default: return "'\(Character(UnicodeScalar(delimiter)))'"
    }
  }
}

extension ImportReport {
  /// The columns read for each role, as a mapping that can be saved and given again.
  public var mapping: ColumnMapping {
    var mapping = ColumnMapping()
    for column in columns {
      if case .role(let role, _) = column.use { mapping[role] = column.header }
    }
    return mapping
  }
}
