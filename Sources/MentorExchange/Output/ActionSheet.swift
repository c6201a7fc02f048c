import MentorModel

/// The record of a meeting as a mentor prints it or sends it: the data with statuses,
/// praise, excuses rejected, each intervention, the next meeting and lines to sign.
public struct ActionSheet: Sendable {
  public var feedback: FeedbackSheet
  public var meeting: Meeting
  /// The interventions agreed at the meeting, and those still open from before.
  public var agreed: [Intervention]
  public var open: [Intervention]
  /// When the next meeting falls, as `YYYY-MM-DD`.
  public var nextMeeting: String

  public init(
    feedback: FeedbackSheet, meeting: Meeting, agreed: [Intervention], open: [Intervention],
    nextMeeting: String
  ) {
    self.feedback = feedback
    self.meeting = meeting
    self.agreed = agreed
    self.open = open
    self.nextMeeting = nextMeeting
  }

  /// One line for an intervention: category, action, subject, who, by when, state.
  ///
  /// Made in one piece of storage (`String(joining:)`), a clause the intervention does not
  /// have being two empty parts: interpolating each part and joining them cost each
  /// `agree` of a bulk script about 2,000 instructions more.
  public static func describe(_ intervention: Intervention) -> String {
    let subject = intervention.subject
    let staff = intervention.staff
    let review = intervention.review
    let replaces = intervention.replaces
    return String(
      joining: intervention.id, " ", intervention.category.rawValue, ": ", intervention.action,
      subject == nil ? "" : ", for ", subject ?? "", staff == nil ? "" : ", with ", staff ?? "",
      review == nil ? "" : ", review ", review ?? "", replaces == nil ? "" : ", replaces ",
      replaces ?? "", " [", intervention.state.rawValue, "]")
  }

  /// The sheet as plain text, for a terminal or a printer.
  public func text() -> String {
    var lines = ["ACTION SHEET  meeting \(meeting.id), \(meeting.month)"]
    lines += feedback.heading
    lines.append("Mentor: \(meeting.mentor)   Met: \(String(meeting.openedAt.prefix(10)))")
    lines.append("")
    lines.append(feedback.table.text().trimmingTrailingNewline)
    lines.append(feedback.flagLine)
    lines += section(
      "Praise",
      meeting.praise.map { praise in
        (praise.subject.map { "\($0): " } ?? "") + praise.note
      })
    lines += section(
      "Excuses rejected",
      meeting.excuses.map { excuse in
        "\"\(excuse.said)\"" + (excuse.answer.isEmpty ? "" : "; instead: \(excuse.answer)")
      })
    var checks: [String] = []
    if meeting.understood { checks.append("understands the data") }
    if meeting.serious { checks.append("takes it seriously") }
    lines += section("The mentee", checks)
    lines += section("Agreed", agreed.map(Self.describe))
    lines += section("Still open from before", open.map(Self.describe))
    lines += section("Notes", meeting.notes)
    lines += ["", "Next meeting: \(nextMeeting)", ""]
    lines += [
      "Mentee: ______________________   Mentor: ______________________",
      "Parent or carer: ______________________",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The sheet as Markdown, for sending.
  ///
  /// Every piece of text that came from a person or a data sheet has `<`, `>` and `&`
  /// written as entities, so that a viewer that passes HTML through shows it as typed;
  /// in the table, `|` is escaped as well so that it cannot start a new cell.
  public func markdown() -> String {
    let name = feedback.mentee.displayName.markdownEscaped
    var lines = ["# Action sheet: \(name), \(meeting.month.markdownEscaped)", ""]
    lines += feedback.heading.map { $0.markdownEscaped + "  " }
    lines += [
      "Mentor: \(meeting.mentor.markdownEscaped). "
        + "Met: \(String(meeting.openedAt.prefix(10))).", "",
    ]
    lines.append("| Subject | Target | Current | Status | Change |")
    lines.append("| --- | --- | --- | --- | --- |")
    for line in feedback.lines {
      let cells = [
        feedback.subjectLabel(line), line.target.text, line.current.text, line.status.rawValue,
        FeedbackSheet.formatChange(line.change),
      ]
      lines.append("| " + cells.map(\.markdownCell).joined(separator: " | ") + " |")
    }
    lines += ["", feedback.flagLine.markdownEscaped]
    let sections: [(String, [String])] = [
      ("Praise", meeting.praise.map { ($0.subject.map { "\($0): " } ?? "") + $0.note }),
      ("Excuses rejected", meeting.excuses.map { "\"\($0.said)\"; instead: \($0.answer)" }),
      ("Agreed", agreed.map(Self.describe)),
      ("Still open from before", open.map(Self.describe)),
      ("Notes", meeting.notes),
    ]
    for (title, items) in sections where !items.isEmpty {
      lines += ["", "## \(title)", ""] + items.map { "- \($0.markdownEscaped)" }
    }
    lines += [
      "", "Next meeting: \(nextMeeting)", "", "Signed (mentee): ________  (mentor): ________",
      "(parent or carer): ________",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  private func section(_ title: String, _ items: [String]) -> [String] {
    guard !items.isEmpty else { return [] }
    return ["", "\(title):"] + items.map { "  - \($0)" }
  }
}

extension String {
  /// The string without one final line break.
  var trimmingTrailingNewline: String {
    hasSuffix("\n") ? String(dropLast()) : self
  }
}

extension String {
  /// The text with `&`, `<` and `>` written as entities, for Markdown that may hold HTML.
  var markdownEscaped: String {
    var escaped = ""
    for character in self {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      default: escaped.append(character)
      }
    }
    return escaped
  }

  /// The text escaped for a cell of a Markdown table: entities, and `\|` for a bar.
  var markdownCell: String {
    markdownEscaped.reduce(into: "") { cell, character in
      cell += character == "|" ? "\\|" : String(character)
    }
  }
}
