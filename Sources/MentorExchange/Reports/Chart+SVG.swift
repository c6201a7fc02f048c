import Foundation
import MentorModel

/// Drawing a chart as inline SVG: a title, labelled axes, gridlines, and lines or bars.
///
/// The picture names nothing outside itself and uses the page's fonts. Each line has a
/// colour and a dash of its own, and a legend, so that a black-and-white print still reads.
extension Chart {
  /// The drawing's size in SVG units; the page scales it to the column's width.
  static let width = 640.0
  static let height = 300.0
  /// Room left around the plot for the title, the axes and their labels.
  static let left = 58.0
  static let right = 16.0
  static let top = 40.0
  static let bottom = 58.0

  /// Colours for lines and bars, dark enough to read on white, and dashes to tell them apart.
  static let colours = [
    "#1f5fa8", "#b8450b", "#2e7d32", "#7b3f98", "#a1160e", "#00796b", "#6d4c41", "#455a64",
  ]
  static let dashes = ["", "6 3", "2 3", "8 3 2 3"]

  /// The chart as one `<svg>` element, with a legend below the plot for lines.
  public func svg() -> String {
    let legendRows = kind == .lines ? (series.count + 2) / 3 : 0
    let height = Self.height + Double(legendRows) * 18
    var parts = [
      "<svg class=\"chart\" viewBox=\"0 0 \(Self.number(Self.width)) \(Self.number(height))\""
        + " role=\"img\" aria-label=\"\(HTML.escape(title))\""
        + ">",
      "<title>\(HTML.escape(title))</title>",
      text(title, x: Self.width / 2, y: 22, anchor: "middle", class: "chart-title"),
    ]
    parts += axes()
    parts += kind == .lines ? lines() : bars()
    if kind == .lines { parts += legend(top: Self.height - 8) }
    parts.append("</svg>")
    return parts.joined(separator: "\n")
  }

  /// The plot's width and height inside the margins.
  private var plotWidth: Double { Self.width - Self.left - Self.right }
  private var plotHeight: Double { Self.height - Self.top - Self.bottom }

  /// The vertical position of a value.
  private func y(_ value: Double) -> Double {
    Self.top + plotHeight * (1 - max(0, min(value, top)) / top)
  }

  /// The middle of the slot of the label at `index` along the bottom.
  private func x(_ index: Int) -> Double {
    let slot = plotWidth / Double(max(labels.count, 1))
    return Self.left + slot * (Double(index) + 0.5)
  }

  /// Gridlines with the value axis's numbers, the bottom axis with its labels, and the
  /// name of each axis.
  private func axes() -> [String] {
    var parts: [String] = []
    for tick in 0...4 {
      let value = top * Double(tick) / 4
      let level = y(value)
      parts.append(
        line(
          x1: Self.left, y1: level, x2: Self.left + plotWidth, y2: level,
          class: tick == 0 ? "axis" : "grid"))
      parts.append(
        text(
          GradeScale.format(value) + (isPercent ? "%" : ""), x: Self.left - 6, y: level + 4,
          anchor: "end", class: "tick"))
    }
    parts.append(
      line(x1: Self.left, y1: Self.top, x2: Self.left, y2: Self.top + plotHeight, class: "axis"))
    let slot = plotWidth / Double(max(labels.count, 1))
    for (index, label) in labels.enumerated() {
      parts.append(axisLabel(label, at: index, slot: slot))
    }
    let middle = Self.top + plotHeight / 2
    parts.append(
      "<text class=\"axis-label\" x=\"14\" y=\"\(Self.number(middle))\" text-anchor=\"middle\""
        + " transform=\"rotate(-90 14 \(Self.number(middle)))\">\(HTML.escape(axis))</text>")
    parts.append(
      text(
        kind == .lines ? "Month" : "", x: Self.left + plotWidth / 2,
        y: Self.top + plotHeight + 38, anchor: "middle", class: "axis-label"))
    return parts
  }

  /// A polyline for each series, broken where a value is missing, with a dot on each value.
  private func lines() -> [String] {
    var parts: [String] = []
    for (number, series) in series.enumerated() {
      let colour = Self.colours[number % Self.colours.count]
      let dash = Self.dashes[(number / Self.colours.count + number) % Self.dashes.count]
      let dashAttribute = dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\""
      var run: [String] = []
      func flush() {
        if run.count > 1 {
          parts.append(
            "<polyline class=\"series\" points=\"\(run.joined(separator: " "))\""
              + " stroke=\"\(colour)\"\(dashAttribute)></polyline>")
        }
        run = []
      }
      for (index, value) in series.values.enumerated() {
        guard let value else {
          flush()
          continue
        }
        run.append("\(Self.number(x(index))),\(Self.number(y(value)))")
        parts.append(
          "<circle cx=\"\(Self.number(x(index)))\" cy=\"\(Self.number(y(value)))\" r=\"3.5\""
            + " fill=\"\(colour)\"><title>\(HTML.escape(series.name)),"
            + " \(HTML.escape(labels[index])): \(shown(value))</title></circle>")
      }
      flush()
    }
    return parts
  }

  /// A bar for each label, its value written above it.
  private func bars() -> [String] {
    let values = series.first?.values ?? []
    let slot = plotWidth / Double(max(labels.count, 1))
    let barWidth = min(slot * 0.6, 80)
    var parts: [String] = []
    for (index, value) in values.enumerated() {
      let colour = Self.colours[0]
      guard let value else {
        parts.append(text("none", x: x(index), y: y(0) - 6, anchor: "middle", class: "value"))
        continue
      }
      let height = y(0) - y(value)
      parts.append(
        "<rect x=\"\(Self.number(x(index) - barWidth / 2))\" y=\"\(Self.number(y(value)))\""
          + " width=\"\(Self.number(barWidth))\" height=\"\(Self.number(height))\""
          + " fill=\"\(colour)\"></rect>")
      parts.append(valueLabel(at: index, value: value, slot: slot))
    }
    return parts
  }

  /// The value written over a bar, with what it is of (`25.0% (4 of 16)`): on one line
  /// when it fits the bar's slot, else the count under the share, else turned upright,
  /// so that many bars' labels never run into each other.
  private func valueLabel(at index: Int, value: Double, slot: Double) -> String {
    let count = self.count(at: index)
    let lines = [shown(value)] + (count.isEmpty ? [] : ["(\(count))"])
    let oneLine = lines.joined(separator: " ")
    let top = y(value)
    if Self.textWidth(oneLine) <= slot - 4 {
      return text(oneLine, x: x(index), y: top - 5, anchor: "middle", class: "value")
    }
    if lines.allSatisfy({ Self.textWidth($0) <= slot - 4 }) {
      return multiline(lines, x: x(index), y: top - 5 - 14 * Double(lines.count - 1))
    }
    // Upright: inside a bar tall enough to hold it, else above the bar.
    let inside = y(0) - top > Self.textWidth(oneLine) + 8
    let start = inside ? top + 6 : top - 6
    let middle = Self.number(x(index) + 4)
    return "<text class=\"value\(inside ? " inside" : "")\" x=\"\(middle)\""
      + " y=\"\(Self.number(start))\" text-anchor=\"\(inside ? "end" : "start")\""
      + " transform=\"rotate(-90 \(middle) \(Self.number(start)))\">"
      + "\(HTML.escape(oneLine))</text>"
  }

  /// A `<text>` of several lines, centred on `x`, the first line's baseline at `y`.
  private func multiline(_ lines: [String], x: Double, y: Double, class style: String = "value")
    -> String
  {
    let spans = lines.enumerated().map { number, line in
      "<tspan x=\"\(Self.number(x))\" dy=\"\(number == 0 ? "0" : "14")\">"
        + "\(HTML.escape(line))</tspan>"
    }
    return "<text class=\"\(style)\" x=\"\(Self.number(x))\" y=\"\(Self.number(y))\""
      + " text-anchor=\"middle\">" + spans.joined() + "</text>"
  }

  // Shortcoming: an estimate from the number of characters; SVG has no way to measure
  // text before the browser draws it, and this file has no script to do so.
  /// About how wide text of the chart's 12px labels is, in SVG units: wide enough for
  /// digits and most letters, so that labels judged to fit do.
  static func textWidth(_ text: String) -> Double {
    Double(text.count) * 7
  }

  /// A label under the bottom axis: one line when it fits its slot, else split at the
  /// space nearest its middle onto two.
  private func axisLabel(_ label: String, at index: Int, slot: Double) -> String {
    let level = Self.top + plotHeight + 18
    let short = Self.shortened(label)
    guard Self.textWidth(short) > slot - 4, let (first, second) = Table.halves(label) else {
      return text(short, x: x(index), y: level, anchor: "middle", class: "tick")
    }
    let length = max(4, Int((slot - 4) / 7))
    return multiline(
      [Self.shortened(first, to: length), Self.shortened(second, to: length)], x: x(index),
      y: level, class: "tick")
  }

  /// A key to the lines: three names to a row, under the plot.
  private func legend(top: Double) -> [String] {
    var parts: [String] = []
    let column = plotWidth / 3
    for (number, series) in series.enumerated() {
      let left = Self.left + column * Double(number % 3)
      let level = top + 18 * Double(number / 3)
      let colour = Self.colours[number % Self.colours.count]
      let dash = Self.dashes[(number / Self.colours.count + number) % Self.dashes.count]
      let dashAttribute = dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\""
      parts.append(
        "<line class=\"series\" x1=\"\(Self.number(left))\" y1=\"\(Self.number(level - 4))\""
          + " x2=\"\(Self.number(left + 22))\" y2=\"\(Self.number(level - 4))\""
          + " stroke=\"\(colour)\"\(dashAttribute)></line>")
      parts.append(
        text(
          Self.shortened(series.name, to: 26), x: left + 28, y: level, anchor: "start",
          class: "legend"))
    }
    return parts
  }

  /// A `<text>` element holding escaped text.
  private func text(_ content: String, x: Double, y: Double, anchor: String, class style: String)
    -> String
  {
    "<text class=\"\(style)\" x=\"\(Self.number(x))\" y=\"\(Self.number(y))\""
      + " text-anchor=\"\(anchor)\">\(HTML.escape(content))</text>"
  }

  /// A `<line>` element.
  private func line(x1: Double, y1: Double, x2: Double, y2: Double, class style: String)
    -> String
  {
    "<line class=\"\(style)\" x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\""
      + " x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\"></line>"
  }

  /// A coordinate to one decimal place.
  static func number(_ value: Double) -> String {
    String(format: "%.1f", value)
  }

  /// A label cut short with `…` so that it fits under its slot.
  static func shortened(_ text: String, to length: Int = 14) -> String {
    text.count > length ? String(text.prefix(length - 1)) + "…" : text
  }
}
