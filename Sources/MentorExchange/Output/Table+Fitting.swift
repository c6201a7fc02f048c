/// Fitting a text table to a terminal's width.
///
/// In order, while the table is too wide: a column with nothing in it is left out; then
/// droppable columns, lowest drop order first, as long as free text could still show 12
/// characters; a heading wider than its column's cells is wrapped onto two lines at a
/// space; free-text columns but the first are narrowed, widest first, to no less than 8
/// (their text cut short with `…`); the first column is the key of each row (a report's
/// group, a mentee's id), which each stacked part repeats, so it is never cut; a table
/// still too wide is stacked: split into parts one above the
/// other, each with the first column again, so that no figure is lost; and last, each line
/// is cut at the width with `…`, so that no row is ever broken over two lines.
///
/// Shortcoming: widths count characters, not the columns a terminal gives them, so a name
/// in a script whose letters take two columns each (Chinese, Japanese, Korean) or an emoji
/// makes its row wider than planned; the last step can then still let such a row wrap.
/// Counting display widths needs the Unicode East Asian Width data, which Foundation on
/// Linux does not offer.
extension Table {
  /// The columns that can show within `limit` once free text is shortened to a readable
  /// width (12), leaving out droppable columns, lowest drop order first, while too wide.
  func columnsToKeep(_ widths: [Int], within limit: Int) -> [Int] {
    var kept = Array(columns.indices)
    let needed = { self.readableWidth(of: kept, widths) }
    if Self.total(widths) > limit {
      kept.removeAll { index in rows.allSatisfy { $0[index].text.isEmpty } }
    }
    while needed() > limit {
      let droppable = kept.filter { columns[$0].dropOrder != nil }
      guard let next = droppable.min(by: { columns[$0].dropOrder! < columns[$1].dropOrder! })
      else { break }
      kept.removeAll { $0 == next }
    }
    return kept
  }

  /// The width the given columns need with free text shortened to a readable width (12).
  func readableWidth(of indices: [Int], _ widths: [Int]) -> Int {
    indices.reduce(2 * max(indices.count - 1, 0)) { total, index in
      total
        + (columns[index].shrinks && index != indices.first
          ? min(widths[index], max(12, columns[index].title.count))
          : widths[index])
    }
  }

  /// The columns of each part of a table stacked to fit `limit`: the first column, then
  /// as many of the others, in order, as fit beside it at a readable width; nil when the
  /// table cannot be split so (it has one part).
  func stackedParts(_ widths: [Int], within limit: Int) -> [[Int]]? {
    guard columns.count > 2 else { return nil }
    var parts: [[Int]] = [[0]]
    for index in columns.indices.dropFirst() {
      let last = parts[parts.count - 1]
      if last.count > 1, readableWidth(of: last + [index], widths) > limit {
        parts.append([0, index])
      } else {
        parts[parts.count - 1].append(index)
      }
    }
    return parts.count > 1 ? parts : nil
  }

  /// The same table with only the given columns.
  func keeping(_ indices: [Int]) -> Table {
    var narrower = Table(columns: indices.map { columns[$0] })
    narrower.rows = rows.map { row in indices.map { row[$0] } }
    return narrower
  }

  /// Narrows the widest free-text columns until the table fits, keeping each at least
  /// 8 wide; a table of ids and numbers alone is left as wide as it is.
  func fitted(_ widths: [Int], into limit: Int) -> [Int] {
    var widths = widths
    let gaps = 2 * max(widths.count - 1, 0)
    let shrinkable = widths.indices.dropFirst().filter { columns[$0].shrinks }
    while widths.reduce(gaps, +) > limit,
      let widest = shrinkable.max(by: { widths[$0] < widths[$1] }), widths[widest] > 8
    {
      widths[widest] -= 1
    }
    return widths
  }

  /// The width of a table with columns this wide, with the two spaces between them.
  static func total(_ widths: [Int]) -> Int {
    widths.reduce(2 * max(widths.count - 1, 0), +)
  }

  /// Headings on two lines, top first, where a heading wider than its column's cells has a
  /// space to wrap at, with the columns narrowed to match.
  ///
  /// A heading that stays on one line is on the lower line, next to the cells.
  func wrapped(_ titles: [String], dataWidths: [Int], widths: [Int]) -> ([[String]], [Int]) {
    var top = titles.map { _ in "" }
    var bottom = titles
    var widths = widths
    for index in titles.indices where titles[index].count == widths[index] {
      guard let (first, second) = Self.halves(titles[index]) else { continue }
      let narrower = max(dataWidths[index], first.count, second.count)
      guard narrower < widths[index] else { continue }
      top[index] = first
      bottom[index] = second
      widths[index] = narrower
    }
    return top.allSatisfy(\.isEmpty) ? ([bottom], widths) : ([top, bottom], widths)
  }

  /// A heading split at the space that makes its longer half shortest, if it has a space.
  static func halves(_ title: String) -> (String, String)? {
    let spaces = title.indices.filter { title[$0] == " " }
    let best = spaces.min { left, right in
      let leftLonger = max(title[..<left].count, title[title.index(after: left)...].count)
      let rightLonger = max(title[..<right].count, title[title.index(after: right)...].count)
      return leftLonger < rightLonger
    }
    guard let best else { return nil }
    return (String(title[..<best]), String(title[title.index(after: best)...]))
  }

  /// A line cut to `width` visible characters, ending in `…` where it was cut; colour
  /// escapes do not count, and a colour open where the line is cut is ended.
  static func cut(_ line: String, to width: Int) -> String {
    var visible = 0
    var inEscape = false
    for character in line {
      if character == "\u{1B}" {
        inEscape = true
      } else if inEscape {
        inEscape = character != "m"
      } else {
        visible += 1
      }
    }
    guard visible > width else { return line }

    var kept = ""
    visible = 0
    inEscape = false
    for character in line {
      if character == "\u{1B}" || inEscape {
        inEscape = character == "\u{1B}" || character != "m"
        kept.append(character)
      } else if visible < width - 1 {
        kept.append(character)
        visible += 1
      } else {
        break
      }
    }
    return kept + "…" + (kept.contains("\u{1B}") ? Colour.reset : "")
  }
}
