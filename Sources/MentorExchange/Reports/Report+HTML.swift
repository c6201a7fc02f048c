/// The report as one HTML file with SVG charts, to read in a browser and print on A4.
///
/// The file is self-contained: style inline, charts drawn inline, no scripts, and nothing
/// named outside it. Every piece of text that came from a user or a data sheet is escaped.
extension Report {
  /// The report as a whole HTML document in UTF-8.
  ///
  /// - Parameter generated: the day the report was made (`YYYY-MM-DD`), for its footer.
  public func html(generated: String) -> String {
    let notesHTML = notes.map { "<p class=\"note\">\(HTML.escape($0))</p>" }
    let sectionsHTML = sections.map { section in
      var parts = ["<section>", "<h2>\(HTML.escape(section.title))</h2>"]
      if let chart = section.chart, !chart.labels.isEmpty {
        parts.append("<figure>\n\(chart.svg())\n</figure>")
      }
      parts.append(Self.tableHTML(section.table))
      parts.append("</section>")
      return parts.joined(separator: "\n")
    }
    let printed = PrintedDate.long(generated, weekday: false)
    let header = """
      <header>
      <h1>\(HTML.escape(title))</h1>
      <p>Assertive Mentoring report · \(HTML.escape(printed))</p>
      </header>
      """
    let footer = """
      <footer>Made by mentor on \(HTML.escape(printed)). It holds data about children:
      keep it safe, and destroy it when it is no longer needed.</footer>
      """
    return HTML.page(
      title: title, css: ReportStyle.css, main: "report",
      body: ([header] + notesHTML + sectionsHTML + [footer]).joined(separator: "\n"))
  }

  /// A table of records with its column titles as a header row.
  static func tableHTML(_ table: Table) -> String {
    let alignment = { (column: Table.Column) -> String? in
      column.alignsRight ? "number" : column.shrinks ? nil : "code"
    }
    let head = table.columns.map { column in
      HTML.element("th", HTML.escape(column.title), class: alignment(column))
    }
    let rows = table.rows.map { row in
      "<tr>"
        + zip(table.columns, row).map { HTML.cell($1.text, class: alignment($0)) }.joined()
        + "</tr>"
    }
    guard !rows.isEmpty else { return "<p class=\"none\">Nothing recorded.</p>" }
    return "<div class=\"scroll\"><table>\n<thead><tr>" + head.joined() + "</tr></thead>\n"
      + "<tbody>\n" + rows.joined(separator: "\n") + "\n</tbody>\n</table></div>"
  }
}
