import Foundation
import MentorModel

/// Writing a report as text: tables for a terminal with small inline charts, CSV, JSON.
extension Report {
  /// The report as text tables, with its title and notes above.
  ///
  /// - Parameters:
  ///   - width: the terminal's width, which tables must fit; nil when not a terminal.
  ///   - colour: whether colour escapes may be used.
  ///   - charts: whether to draw each section's chart after its table with block
  ///     characters: sparklines for lines, bars for bars. Only for a terminal.
  public func text(width: Int? = nil, colour: Bool = false, charts: Bool = false) -> String {
    let noteWidth = min(width ?? 88, 88)
    var parts = [title, String(repeating: "=", count: title.count)]
    let shown = width == nil ? notes : notes + terminalNotes
    parts += shown.flatMap { Self.wrapped($0, width: noteWidth) }
    for section in sections {
      parts.append("")
      if sections.count > 1 { parts += [section.title, ""] }
      var table = section.table.text(width: width, colour: colour)
      table.removeLast()
      parts.append(table)
      if charts, let chart = section.chart, !chart.labels.isEmpty {
        parts += ["", chart.title + ":"] + chart.textLines()
      }
    }
    return parts.joined(separator: "\n") + "\n"
  }

  /// Text broken into lines of at most `width` characters, between words.
  static func wrapped(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += line.isEmpty ? String(word) : " " + word
    }
    return line.isEmpty ? lines : lines + [line]
  }

  /// The records as JSON: one section's array, or an object with an array for each.
  public func json() -> String {
    guard sections.count != 1 else { return sections[0].table.json() }
    let fields = sections.map { section in
      var array = section.table.json()
      array.removeLast()
      return (section.key, array.replacingOccurrences(of: "\n", with: "\n  "))
    }
    return "{\n" + fields.map { "  \(JSON.quote($0.0)): \($0.1)" }.joined(separator: ",\n")
      + "\n}\n"
  }
}

extension Chart {
  /// The eight block characters of a sparkline, lowest first.
  static let blocks = Array("▁▂▃▄▅▆▇█")

  /// The chart as lines of text: each series as a sparkline with its first and last value,
  /// or each label with a bar and its value.
  func textLines() -> [String] {
    let names = kind == .lines ? series.map(\.name) : labels
    let nameWidth = min(names.map(\.count).max() ?? 0, 24)
    let name = { (text: String) -> String in
      let cut = text.count > nameWidth ? String(text.prefix(nameWidth - 1)) + "…" : text
      return "  " + cut + String(repeating: " ", count: nameWidth - cut.count) + "  "
    }
    switch kind {
    case .lines:
      return series.map { series in
        let known = series.values.compactMap { $0 }
        let ends = known.isEmpty ? "" : "  \(shown(known[0])) → \(shown(known[known.count - 1]))"
        return name(series.name) + sparkline(series.values) + ends
      }
    case .bars:
      let values = series.first?.values ?? []
      return labels.enumerated().map { index, label in
        let value = index < values.count ? values[index] : nil
        let count = self.count(at: index)
        return name(label) + bar(value, width: 20) + "  " + (value.map(shown) ?? "none")
          + (count.isEmpty || value == nil ? "" : "  (\(count))")
      }
    }
  }

  /// One block character for each value, a space where there is none.
  ///
  /// Heights run from the lowest value of the whole chart to its highest, so that a small
  /// change shows and every line of the chart is drawn to the same scale.
  func sparkline(_ values: [Double?]) -> String {
    let all = series.flatMap(\.values).compactMap { $0 }
    let low = all.min() ?? 0
    let span = (all.max() ?? 0) - low
    return String(
      values.map { value -> Character in
        guard let value else { return " " }
        let level = span > 0 ? Int(((value - low) / span * 7).rounded()) : 3
        return Self.blocks[level]
      })
  }

  /// A bar of full blocks, in eighths at its end, `width` cells long at the top value.
  func bar(_ value: Double?, width: Int) -> String {
    let eighths = Int(((value ?? 0) / top * Double(width * 8)).rounded())
    let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
    let text = String(repeating: "█", count: eighths / 8) + partial
    return text + String(repeating: " ", count: max(0, width - text.count))
  }

  /// A value as the chart writes it: `42.5%` for a share, `3` for a count.
  func shown(_ value: Double) -> String {
    isPercent ? ReportNumber.percent(value) + "%" : GradeScale.format(value)
  }
}
