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
    // Shortcoming: `--out` is handled here for reports alone, as `sheet --out` is, since a
    // shared `--out` for every record-printing command is being made apart; join them then.
    let out = arguments.option("out")
    let text: String
    if let name = arguments.option("format"), name.lowercased() == "html" {
      text = report.html(generated: clock.today)
    } else {
      if let name = arguments.option("format"), OutputFormat(rawValue: name.lowercased()) == nil {
        throw .badReportFormat(name)
      }
      var chosen = try format(arguments)
      if chosen == .csv, report.sections.count > 1, arguments.option("format") == nil,
        options.format == nil
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
    try PrivateFile.write(text, to: resolve(out))
    console.print("Wrote the report to '\(out)'.")
  }
}
