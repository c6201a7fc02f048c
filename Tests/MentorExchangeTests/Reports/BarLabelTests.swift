import Testing

@testable import MentorExchange

/// The labels of a bar chart in HTML stay apart however many bars there are.
@Suite("A bar chart's labels never run into each other")
struct BarLabelTests {
  /// A chart of `count` mentors, each a share of their caseload met.
  static func chart(bars count: Int) -> Chart {
    let labels = (1...count).map { "Mx Lindqvist-\($0)" }
    var chart = Chart(
      kind: .bars, title: "Caseload met", labels: labels,
      series: [Chart.Series(name: "Met", values: labels.indices.map { Double($0 * 3) })],
      axis: "% of mentees", isPercent: true)
    chart.counts = labels.indices.map { "\($0) of 16" }
    return chart
  }

  /// The `<text class="value...">` elements of a drawing.
  static func valueLabels(_ svg: String) -> [Substring] {
    svg.split(separator: "\n").filter { $0.hasPrefix("<text class=\"value") }
  }

  @Test("With three bars each value and its count share one line")
  func fewBars() {
    let labels = Self.valueLabels(Self.chart(bars: 3).svg())

    #expect(labels.count == 3)
    #expect(labels.allSatisfy { !$0.contains("<tspan") && $0.contains("% (") })
  }

  @Test("With eight bars the count goes under the value, and names wrap under the axis")
  func eightBars() {
    let svg = Self.chart(bars: 8).svg()
    let labels = Self.valueLabels(svg)

    #expect(labels.count == 8)
    #expect(
      labels.allSatisfy { $0.contains(">(") && $0.components(separatedBy: "<tspan").count == 3 })
    #expect(svg.contains(">Mx</tspan>"))
    let slot = (Chart.width - Chart.left - Chart.right) / 8
    #expect(Chart.textWidth("0.0%") <= slot && Chart.textWidth("(15 of 16)") <= slot)
  }

  @Test("With thirty bars each label stands upright")
  func manyBars() {
    let labels = Self.valueLabels(Self.chart(bars: 30).svg())

    #expect(labels.count == 30)
    #expect(labels.allSatisfy { $0.contains("rotate(-90") })
  }
}
