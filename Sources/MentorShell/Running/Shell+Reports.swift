import Foundation
import MentorExchange
import MentorModel

/// Printing a report in the format asked for, or writing it to a file.
extension Shell {
  /// Prints a report, or writes it to the file `--out` names, readable by its owner only.
  ///
  /// A table on a terminal has small charts after each table; written to a file or a pipe
  /// it has none. HTML is one self-contained file with SVG charts.
  ///
  /// - Parameter parts: the parts a report of several tables can be cut to, for the
  ///   message when CSV is asked of it whole.
  func printReport(
    _ report: Report, _ arguments: Arguments, parts: [String] = []
  ) throws(ShellError) {
    let out = arguments.option("out")
    let text: String
    if try isHTML(arguments) {
      text = report.html(generated: clock.today)
    } else {
      var chosen = try format(arguments)
      if chosen == .csv, report.sections.count > 1, arguments.option("format") == nil,
        out == nil, options.format == nil
      {
        chosen = .table
      }
      switch chosen {
      case .table:
        let onScreen = out == nil && console.isTerminal
        text = report.text(
          width: onScreen ? console.width : nil, colour: onScreen && console.usesColour,
          charts: onScreen)
      case .csv:
        guard report.sections.count == 1 else {
          throw .reportNeedsPart(parts)
        }
        text = report.sections[0].table.csv()
      case .json:
        text = report.json()
      }
    }
    guard let out else {
      console.write(text)
      return
    }
    try write(
      text, out: out, saying: "Wrote the report to '\(out)'.",
      writes: Self.recordFiles + ["html", "htm"])
  }

  /// Whether a report is asked for as HTML: by `--format html`, or by an `--out` file
  /// ending `.html` or `.htm` when no format is named. Any other format is checked by
  /// `format(_:)`, as for records.
  private func isHTML(_ arguments: Arguments) throws(ShellError) -> Bool {
    if let name = arguments.option("format") {
      guard name.lowercased() != "html" else { return true }
      guard OutputFormat(rawValue: name.lowercased()) != nil else {
        throw .badReportFormat(name)
      }
      return false
    }
    let suffix = ((arguments.option("out") ?? "") as NSString).pathExtension.lowercased()
    return suffix == "html" || suffix == "htm"
  }
}
