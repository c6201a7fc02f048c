/// Writing a table as text for a terminal, as CSV and as JSON.
extension Table {
  /// The table in the given format; `width` limits a text table, `colour` allows escapes.
  public func rendered(as format: OutputFormat, width: Int? = nil, colour: Bool = false)
    -> String
  {
    switch format {
    case .table: return text(width: width, colour: colour)
    case .csv: return csv()
    case .json: return json()
    }
  }

  /// Columns padded to line up; where the table is wider than `width`, see `fitting`.
  ///
  /// A control character in a cell, such as a line break or a tab, is shown as a space, so
  /// that every row stays on one line and the columns line up.
  public func text(width: Int? = nil, colour: Bool = false) -> String {
    let titles = columns.map { Self.shown($0.title) }
    let shownRows = rows.map { row in row.map { Cell(Self.shown($0.text), colour: $0.colour) } }
    var dataWidths = columns.map { _ in 0 }
    for row in shownRows {
      for (index, cell) in row.enumerated() {
        dataWidths[index] = max(dataWidths[index], cell.text.count)
      }
    }
    var widths = zip(titles, dataWidths).map { max($0.count, $1) }
    var headings = [titles]
    if let width {
      let kept = columnsToKeep(widths, within: width)
      if kept.count < columns.count {
        return keeping(kept).text(width: width, colour: colour)
      }
      if Self.total(widths) > width {
        (headings, widths) = wrapped(titles, dataWidths: dataWidths, widths: widths)
      }
      widths = fitted(widths, into: width)
      if Self.total(widths) > width, let parts = stackedParts(widths, within: width) {
        return parts.map { keeping($0).text(width: width, colour: colour) }
          .joined(separator: "\n")
      }
    }

    var lines = headings.map { line($0.map { Cell($0) }, widths: widths, colour: false) }
    lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
    lines += shownRows.map { line($0, widths: widths, colour: colour) }
    if let width { lines = lines.map { Self.cut($0, to: width) } }
    return lines.joined(separator: "\n") + "\n"
  }

  /// RFC 4180 CSV with a header of column keys and CRLF-free lines.
  ///
  /// A cell that a spreadsheet would take for a formula, one that starts with `=`, `@`, a
  /// tab, a carriage return, or `+` or `-` before anything but a number, is written with a
  /// `'` in front, so that the spreadsheet shows it as text and does not run it. Numbers
  /// such as `-2` and `+1/3` are written as they are.
  public func csv() -> String {
    var lines = [columns.map { Self.csvField($0.key) }.joined(separator: ",")]
    for row in rows {
      lines.append(row.map { Self.csvField($0.value) }.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A JSON array with one object per row, keyed by column key: a number cell as a number,
  /// an empty cell as `null`, any other as a string.
  public func json() -> String {
    let objects = rows.map { row in
      let fields = zip(columns, row).map { "\(JSON.quote($0.key)): \(Self.jsonValue($1))" }
      return "  {" + fields.joined(separator: ", ") + "}"
    }
    return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
  }

  /// A cell as a JSON value; a number written with a sign, such as a change of `+2.5`,
  /// loses its `+`, which JSON numbers do not have.
  private static func jsonValue(_ cell: Cell) -> String {
    let value = cell.value
    if value.isEmpty { return "null" }
    guard cell.isNumber else { return JSON.quote(value) }
    return value.hasPrefix("+") ? String(value.dropFirst()) : value
  }

  /// One line of a text table: each cell cut to its column's width and padded to it.
  func line(_ cells: [Cell], widths: [Int], colour: Bool) -> String {
    var parts: [String] = []
    for (index, cell) in cells.enumerated() {
      let width = widths[index]
      var text = cell.text
      if text.count > width { text = String(text.prefix(max(width - 1, 0))) + "…" }
      let padding = String(repeating: " ", count: width - text.count)
      var padded = columns[index].alignsRight ? padding + text : text + padding
      if colour, let tint = cell.colour { padded = tint.escape + padded + Colour.reset }
      parts.append(padded)
    }
    var joined = parts.joined(separator: "  ")
    while joined.last == " " { joined.removeLast() }
    return joined
  }

  /// Text for a text table: each control character, such as a line break, as a space.
  private static func shown(_ text: String) -> String {
    let isControl: (Character) -> Bool = { character in
      character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
    guard text.contains(where: isControl) else { return text }
    return String(text.map { isControl($0) ? " " : $0 })
  }

  /// Whether a spreadsheet would read a cell as a formula to run.
  ///
  /// The first Unicode scalar is looked at, not the first character, since a spreadsheet
  /// sees an `=` even when an accent is joined to it.
  private static func looksLikeFormula(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    switch first {
    case "=", "@", "\t", "\r":
      return true
    case "+", "-":
      let rest = Substring(text.unicodeScalars.dropFirst())
      return !rest.isEmpty && !isNumber(rest)
    default:
      return false
    }
  }

  /// Whether text is an unsigned number as this program writes them: `2`, `0.5`, `1/3`.
  private static func isNumber(_ text: Substring) -> Bool {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return false }
    return parts.allSatisfy { part in
      let pieces = part.split(separator: ".", omittingEmptySubsequences: false)
      return (1...2).contains(pieces.count)
        && pieces.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
  }

  /// A cell as a CSV field: a formula made harmless, then quoted where it needs to be.
  ///
  /// Unicode scalars are looked at rather than characters, since `\r\n` is one character,
  /// as is a quote with an accent joined to it.
  private static func csvField(_ cell: String) -> String {
    let text = looksLikeFormula(cell) ? "'" + cell : cell
    let scalars = text.unicodeScalars
    guard scalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
    else { return text }

    var quoted = String.UnicodeScalarView()
    for scalar in scalars {
      if scalar == "\"" { quoted.append(scalar) }
      quoted.append(scalar)
    }
    return "\"" + String(quoted) + "\""
  }
}
