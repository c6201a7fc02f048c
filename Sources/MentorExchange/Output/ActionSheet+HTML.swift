import MentorModel

/// The action sheet as one HTML file that prints on A4 portrait and reads in a browser.
///
/// The file is self-contained: its style is inline and it names nothing outside itself.
/// Every piece of text that came from a user or a data sheet is escaped.
extension ActionSheet {
  /// The sheet as a whole HTML document, in UTF-8, ready to save and print.
  public func html() -> String {
    let sections = [
      headerHTML, menteeHTML, dataHTML, checksHTML, praiseHTML, excusesHTML,
      interventionsHTML, notesHTML, nextMeetingHTML, signaturesHTML, footerHTML,
    ]
    let title = "Action sheet: \(feedback.mentee.displayName), \(PrintedDate.month(meeting.month))"
    return HTML.page(
      title: title, css: ActionSheetStyle.css, main: "sheet",
      body: sections.joined(separator: "\n"))
  }

  /// The name the sheet gives the mentor: the mentee's mentor, else who held the meeting.
  var mentorName: String {
    feedback.mentee.mentor.isEmpty ? meeting.mentor : feedback.mentee.mentor
  }

  /// The day the meeting was held, as `YYYY-MM-DD`.
  var meetingDate: String { String(meeting.openedAt.prefix(10)) }

  /// The heading: what the sheet is, and for which month.
  private var headerHTML: String {
    """
    <header>
    <h1>Action sheet</h1>
    <p>Assertive Mentoring · \(HTML.escape(PrintedDate.month(meeting.month)))</p>
    </header>
    """
  }

  /// Who the mentee is, who mentors them, when they met, and the month's flags.
  private var menteeHTML: String {
    let mentee = feedback.mentee
    var fields: [(String, String)] = [("Mentee", mentee.displayName), ("Id", mentee.id)]
    if !mentee.year.isEmpty { fields.append(("Year", mentee.year)) }
    if !mentee.form.isEmpty { fields.append(("Form", mentee.form)) }
    fields.append(("Mentor", mentorName))
    fields.append(("Month", PrintedDate.month(meeting.month)))
    fields.append(("Meeting", PrintedDate.long(meetingDate, weekday: false)))
    let attendance = feedback.flags.attendance.map { GradeScale.format($0) + "%" }
    fields.append(("Attendance", attendance ?? "not given"))
    var items = fields.map { label, value in
      "<div><dt>\(label)</dt><dd>\(HTML.escape(value))</dd></div>"
    }
    let flags = feedback.flags.phrases
    items.append(
      "<div class=\"wide\"><dt>Flags</dt><dd>"
        + HTML.escape(flags.isEmpty ? "none" : flags.joined(separator: "; ")) + "</dd></div>")
    return "<dl class=\"details\">\n" + items.joined(separator: "\n") + "\n</dl>"
  }

  /// The month's data: one row per subject, its status in a word and a colour.
  ///
  /// Homework has a column only when the data sheet gave it for some subject.
  private var dataHTML: String {
    let hasHomework = feedback.lines.contains { !$0.homework.isEmpty }
    var columns: [(String, Int?, String?)] = [
      ("Subject", nil, nil), ("Target", nil, "grade"), ("Working at", nil, "grade"),
      ("Predicted", nil, "grade"), ("Current", nil, "grade"), ("Status", nil, nil),
      ("Change", nil, "grade"), ("Effort", nil, "grade"),
    ]
    if hasHomework { columns.append(("Homework", nil, "grade")) }
    let rows = feedback.lines.map { line in
      let status = ["status", Self.statusClass(line.status)].compactMap { $0 }
      var cells = [
        HTML.cell(feedback.subjectLabel(line)),
        HTML.cell(FeedbackSheet.show(line.target), class: "grade"),
        HTML.cell(FeedbackSheet.show(line.workingAt), class: "grade"),
        HTML.cell(FeedbackSheet.show(line.predicted), class: "grade"),
        HTML.cell(FeedbackSheet.show(line.current), class: "grade"),
        HTML.cell(Self.statusWords(line.status), class: status.joined(separator: " ")),
        HTML.cell(Self.printedChange(line.change), class: "grade"),
        HTML.cell(line.effort.map(String.init) ?? "", class: "grade"),
      ]
      if hasHomework { cells.append(HTML.cell(line.homework, class: "grade")) }
      return "<tr>" + cells.joined() + "</tr>"
    }
    let body =
      rows.isEmpty
      ? "<p class=\"none\">No results for this month.</p>"
      : Self.table(columns: columns, rows: rows, class: "data") + "\n" + keyHTML
    return "<section>\n<h2>Data summary</h2>\n\(body)\n</section>"
  }

  /// The line under the data table: what each colour means, and what the change counts.
  private var keyHTML: String {
    var key = "Status: " + Self.statusSwatches
    if let previous = feedback.previousMonth {
      key += " &nbsp; Change: steps up or down since " + HTML.escape(PrintedDate.month(previous))
    }
    return "<p class=\"key\">\(key)</p>"
  }

  /// Praise given, each for a subject or for the mentee's work as a whole.
  private var praiseHTML: String {
    let items = meeting.praise.map { praise in
      guard let subject = praise.subject else { return HTML.escape(praise.note) }
      let said = praise.note.isEmpty ? "" : ": " + HTML.escape(praise.note)
      return "<strong>\(HTML.escape(subject))</strong>\(said)"
    }
    return Self.section(
      "Praise given", Self.list(items, none: "No praise recorded.", class: "praise"))
  }

  /// Each excuse rejected beside what was agreed instead.
  private var excusesHTML: String {
    let rows = meeting.excuses.map { excuse in
      let said = "<td class=\"said\">“\(HTML.escape(excuse.said))”</td>"
      let answer =
        excuse.answer.isEmpty
        ? "<td class=\"none\">nothing recorded</td>"
        : HTML.cell(excuse.answer)
      return "<tr>" + said + answer + "</tr>"
    }
    let body =
      rows.isEmpty
      ? "<p class=\"none\">No excuses recorded.</p>"
      : Self.table(
        columns: [("What the mentee said", 45, nil), ("What was agreed instead", 55, nil)],
        rows: rows)
    return Self.section("Excuses rejected", body)
  }

  /// The mentor's ticks: the mentee understands the data and takes it seriously.
  private var checksHTML: String {
    let items = [
      (meeting.understood, "The mentee understands the data"),
      (meeting.serious, "The mentee takes it seriously"),
    ].map { ticked, words in
      let box = "<span class=\"box\">\(ticked ? "✓" : "&nbsp;")</span>"
      return "<li>\(box)\(words): <strong>\(ticked ? "yes" : "not recorded")</strong></li>"
    }
    return "<ul class=\"checks\">\n" + items.joined(separator: "\n") + "\n</ul>"
  }

  /// The interventions agreed at the meeting, then any others still open.
  private var interventionsHTML: String {
    guard !open.isEmpty else {
      return Self.section("Interventions agreed", Self.interventionTable(agreed))
    }
    let body =
      "<h3>Agreed at this meeting</h3>\n" + Self.interventionTable(agreed)
      + "\n<h3>Other open interventions</h3>\n" + Self.interventionTable(open)
    return Self.section("Interventions", body)
  }

  /// The meeting's notes, when there are any.
  private var notesHTML: String {
    guard !meeting.notes.isEmpty else { return "" }
    return Self.section("Notes", Self.list(meeting.notes.map(HTML.escape), none: ""))
  }

  /// When mentor and mentee meet next.
  private var nextMeetingHTML: String {
    "<p class=\"next\"><strong>Next meeting:</strong> "
      + HTML.escape(PrintedDate.long(nextMeeting)) + "</p>"
  }

  /// Lines to sign and date for the mentee, the mentor and a parent or carer.
  private var signaturesHTML: String {
    let people = [
      ("Mentee", feedback.mentee.displayName), ("Mentor", mentorName), ("Parent or carer", ""),
    ]
    let rows = people.map { role, name in
      let printed = name.isEmpty ? "" : "<span class=\"printed\">\(HTML.escape(name))</span>"
      return "<tr><td><strong>\(role)</strong>\(printed)</td>"
        + "<td class=\"line\"></td><td class=\"date\">Date</td><td class=\"line\"></td></tr>"
    }
    let columns =
      "<colgroup><col style=\"width: 26%\"><col style=\"width: 44%\">"
      + "<col style=\"width: 8%\"><col style=\"width: 22%\"></colgroup>"
    return """
      <section class="signatures">
      <h2>Signatures</h2>
      <table>\(columns)
      \(rows.joined(separator: "\n"))
      </table>
      </section>
      """
  }

  /// Which meeting record the sheet was printed from, and who made it.
  private var footerHTML: String {
    let recorded =
      "Meeting \(meeting.id), recorded by \(meeting.mentor) on "
      + PrintedDate.short(meetingDate)
    return "<footer>\(HTML.escape(recorded)).</footer>"
  }
}

/// The pieces the HTML sheet is built from.
extension ActionSheet {
  /// The class that colours a status, or nil for no target and no grade.
  static func statusClass(_ status: SubjectStatus) -> String? {
    switch status {
    case .above: return "above"
    case .onTarget: return "on-target"
    case .below: return "below"
    case .wellBelow: return "well-below"
    case .noTarget, .noGrade: return nil
    }
  }

  /// The words for a status, so that a print in black and white still says it.
  static func statusWords(_ status: SubjectStatus) -> String {
    switch status {
    case .above: return "Above"
    case .onTarget: return "On target"
    case .below: return "Below"
    case .wellBelow: return "Well below"
    case .noTarget: return "No target"
    case .noGrade: return "No grade"
    }
  }

  /// A change in steps as printed: a true minus sign, and blank when unknown.
  static func printedChange(_ change: Double?) -> String {
    let text = FeedbackSheet.formatChange(change)
    return text.hasPrefix("-") ? "−" + text.dropFirst() : text
  }

  /// Each status in its colour, for the key under the data table.
  static let statusSwatches: String = {
    let statuses: [SubjectStatus] = [.above, .onTarget, .below, .wellBelow]
    let swatches = statuses.map { status in
      "<span class=\"\(statusClass(status) ?? "")\">\(statusWords(status))</span>"
    }
    return swatches.joined(separator: " ")
  }()

  /// A section with a heading.
  static func section(_ title: String, _ body: String) -> String {
    "<section>\n<h2>\(title)</h2>\n\(body)\n</section>"
  }

  /// A bulleted list of items that are already HTML, or a line saying there are none.
  static func list(_ items: [String], none: String, class style: String? = nil) -> String {
    guard !items.isEmpty else { return "<p class=\"none\">\(none)</p>" }
    let list = items.map { "<li>\($0)</li>" }.joined(separator: "\n")
    return HTML.element("ul", "\n\(list)\n", class: style)
  }

  /// A table with a header row; each column has a heading, a width in percent (nil to
  /// leave it to the browser) and a class.
  static func table(
    columns: [(heading: String, width: Int?, class: String?)], rows: [String],
    class style: String? = nil
  ) -> String {
    let widths = columns.map { column in
      column.width.map { "<col style=\"width: \($0)%\">" } ?? "<col>"
    }.joined()
    let headings = columns.map { HTML.element("th", HTML.escape($0.heading), class: $0.class) }
    let table = HTML.element(
      "table",
      "\n<colgroup>\(widths)</colgroup>\n<thead><tr>\(headings.joined())</tr></thead>\n"
        + "<tbody>\n\(rows.joined(separator: "\n"))\n</tbody>\n",
      class: style)
    return "<div class=\"scroll\">\(table)</div>"
  }

  /// The interventions as a table, or a line saying there are none.
  static func interventionTable(_ interventions: [Intervention]) -> String {
    guard !interventions.isEmpty else {
      return "<p class=\"none\">No interventions agreed.</p>"
    }
    let columns: [(String, Int?, String?)] = [
      ("Id", 5, nil), ("Category", 14, nil), ("Action", 30, nil), ("Subject", 13, nil),
      ("Who", 12, nil), ("Review", 12, nil), ("State", 14, nil),
    ]
    let rows = interventions.map { intervention in
      var action = HTML.escape(intervention.action)
      if let replaces = intervention.replaces {
        action += "<span class=\"aside\">Replaces \(HTML.escape(replaces))</span>"
      }
      if let flag = intervention.notWorkingFlag {
        action += "<span class=\"aside flag\">Not working: \(HTML.escape(flag))</span>"
      }
      let cells = [
        HTML.cell(intervention.id), HTML.cell(intervention.category.rawValue),
        HTML.element("td", action), HTML.cell(intervention.subject ?? ""),
        HTML.cell(intervention.staff ?? ""),
        HTML.cell(intervention.review.map(PrintedDate.short) ?? ""),
        HTML.cell(stateWords(intervention.state)),
      ]
      return "<tr>" + cells.joined() + "</tr>"
    }
    return table(columns: columns, rows: rows, class: "interventions")
  }

  /// A state as a sentence would say it: `Not working`.
  static func stateWords(_ state: InterventionState) -> String {
    let words = String(state.rawValue.map { $0 == "-" ? " " : $0 })
    return words.prefix(1).uppercased() + words.dropFirst()
  }
}
