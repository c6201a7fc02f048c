import MentorExchange
import MentorModel

/// A subject access export: everything held about one mentee, as one report of tables.
extension Shell {
  /// Everything the database holds about `mentee`, a section for each kind of record:
  /// who they are, their results and targets, parents and carers, interventions and their
  /// checks (a message sent is a `communicated` check), meetings with their praise,
  /// excuses and notes, escalations (with when their message was sent) and every row of
  /// the audit about them.
  func subjectAccess(_ mentee: Mentee) throws(ShellError) -> Report {
    let leftOn = try storing { try store.leftOn(mentee.id) }
    var person = Table(columns: [.init("field", "Field"), .init("value", "Value", shrinks: true)])
    for (field, value) in [
      ("id", mentee.id), ("surname", mentee.surname), ("forename", mentee.forename),
      ("year", mentee.year), ("form", mentee.form), ("mentor", mentee.mentor),
      ("left on", leftOn ?? ""),
    ] {
      person.append([.init(field), .init(value)])
    }
    for (month, percent) in mentee.attendance.sorted(by: { $0.key < $1.key }) {
      person.append([.init("attendance \(month)"), .init(GradeScale.format(percent) + "%")])
    }
    let sections = [
      Report.Section(key: "mentee", title: "The mentee", table: person),
      Report.Section(key: "results", title: "Results and targets", table: resultTable(mentee)),
      Report.Section(key: "parents", title: "Parents and carers", table: carerTable(mentee)),
      Report.Section(
        key: "interventions", title: "Interventions", table: interventionTable(mentee)),
      Report.Section(key: "checks", title: "Checks and messages", table: try checkTable(mentee)),
      Report.Section(key: "meetings", title: "Meetings", table: meetingTable(mentee)),
      Report.Section(
        key: "meeting_records", title: "Praise, excuses and notes",
        table: meetingRecordTable(mentee)),
      Report.Section(key: "escalations", title: "Escalations", table: escalationTable(mentee)),
      Report.Section(key: "audit", title: "History and audit", table: try auditTable(mentee)),
    ]
    return Report(
      title: "Everything held about \(mentee.displayName) (\(mentee.id))",
      notes: [
        "A subject access export made on \(clock.today) by \(userName):"
          + " every record the database holds about this mentee."
      ],
      sections: sections)
  }

  private func resultTable(_ mentee: Mentee) -> Table {
    var table = Table(columns: [
      .init("month", "Month"), .init("subject", "Subject", shrinks: true),
      .init("target", "Target"), .init("working_at", "Working at"),
      .init("predicted", "Predicted"), .init("effort", "Effort"),
      .init("homework", "Homework"),
    ])
    let results = school.results(of: mentee.id).values.flatMap(\.values)
      .sorted { ($0.month, $0.subject) < ($1.month, $1.subject) }
    for result in results {
      table.append([
        .init(result.month), .init(result.subject), .init(result.target.text),
        .init(result.workingAt.text), .init(result.predicted.text),
        .init(result.effort.map(String.init) ?? ""), .init(result.homework),
      ])
    }
    return table
  }

  private func carerTable(_ mentee: Mentee) -> Table {
    var table = Table(columns: [
      .init("name", "Name", shrinks: true), .init("relationship", "Relationship"),
      .init("email", "E-mail", shrinks: true),
    ])
    for carer in school.carers[mentee.id] ?? [] {
      table.append([.init(carer.name), .init(carer.relationship), .init(carer.email)])
    }
    return table
  }

  private func interventionTable(_ mentee: Mentee) -> Table {
    var table = Table(columns: [
      .init("id", "Id"), .init("category", "Category"), .init("subject", "Subject"),
      .init("action", "Action", shrinks: true), .init("staff", "Staff"),
      .init("review", "Review"), .init("state", "State"), .init("month", "Month"),
      .init("agreed_by", "Agreed by"), .init("agreed_at", "Agreed at"),
      .init("replaces", "Replaces"), .init("not_working", "Not working", shrinks: true),
    ])
    for item in school.interventions(of: mentee.id) {
      table.append([
        .init(item.id), .init(item.category.rawValue), .init(item.subject ?? ""),
        .init(item.action), .init(item.staff ?? ""), .init(item.review ?? ""),
        .init(item.state.rawValue), .init(item.month), .init(item.agreedBy),
        .init(item.agreedAt), .init(item.replaces ?? ""), .init(item.notWorkingFlag ?? ""),
      ])
    }
    return table
  }

  private func checkTable(_ mentee: Mentee) throws(ShellError) -> Table {
    var table = Table(columns: [
      .init("intervention", "Intervention"), .init("state", "State"),
      .init("evidence", "Evidence", shrinks: true), .init("by", "By"), .init("at", "At"),
    ])
    for item in school.interventions(of: mentee.id) {
      for check in try storing({ try store.checks(of: item.id) }) {
        table.append([
          .init(item.id), .init(check.state.rawValue), .init(check.evidence),
          .init(check.by), .init(check.at),
        ])
      }
    }
    return table
  }

  /// The mentee's meetings, oldest first.
  private func meetings(of mentee: Mentee) -> [Meeting] {
    school.meetings.values.filter { $0.menteeID == mentee.id }
      .sorted { ($0.openedAt, $0.id) < ($1.openedAt, $1.id) }
  }

  private func meetingTable(_ mentee: Mentee) -> Table {
    var table = Table(columns: [
      .init("id", "Id"), .init("month", "Month"), .init("mentor", "Mentor"),
      .init("opened_at", "Opened"), .init("ended_at", "Ended"),
      .init("understood", "Understood"), .init("serious", "Serious"),
      .init("agreed", "Agreed"), .init("next_meeting", "Next meeting"),
    ])
    for meeting in meetings(of: mentee) {
      table.append([
        .init(meeting.id), .init(meeting.month), .init(meeting.mentor),
        .init(meeting.openedAt), .init(meeting.endedAt ?? ""),
        .init(meeting.understood ? "yes" : "no"), .init(meeting.serious ? "yes" : "no"),
        .init(meeting.agreed.joined(separator: " ")), .init(meeting.nextMeeting ?? ""),
      ])
    }
    return table
  }

  private func meetingRecordTable(_ mentee: Mentee) -> Table {
    var table = Table(columns: [
      .init("meeting", "Meeting"), .init("kind", "Kind"), .init("subject", "Subject"),
      .init("text", "Said or noted", shrinks: true), .init("answer", "Answer", shrinks: true),
    ])
    for meeting in meetings(of: mentee) {
      for praise in meeting.praise {
        table.append([
          .init(meeting.id), "praise", .init(praise.subject ?? ""), .init(praise.note), "",
        ])
      }
      for excuse in meeting.excuses {
        table.append([.init(meeting.id), "excuse", "", .init(excuse.said), .init(excuse.answer)])
      }
      for note in meeting.notes {
        table.append([.init(meeting.id), "note", "", .init(note), ""])
      }
    }
    return table
  }

  private func escalationTable(_ mentee: Mentee) -> Table {
    var table = Table(columns: [
      .init("id", "Id"), .init("recipient", "To"), .init("reason", "Reason", shrinks: true),
      .init("state", "State"), .init("outcome", "Outcome", shrinks: true),
      .init("raised_by", "Raised by"), .init("raised_at", "Raised at"),
      .init("notified_at", "Message sent"),
    ])
    let escalations = school.escalations.values.filter { $0.menteeID == mentee.id }
      .sorted { ($0.raisedAt, $0.id) < ($1.raisedAt, $1.id) }
    for escalation in escalations {
      table.append([
        .init(escalation.id), .init(escalation.recipient.text), .init(escalation.reason),
        .init(escalation.state.rawValue), .init(escalation.outcome), .init(escalation.raisedBy),
        .init(escalation.raisedAt), .init(escalation.notifiedAt ?? ""),
      ])
    }
    return table
  }

  private func auditTable(_ mentee: Mentee) throws(ShellError) -> Table {
    var table = Table(columns: auditColumnsWithoutMentee)
    for entry in try storing({ try store.auditEntries(about: mentee.id) }) {
      table.append([
        .init(entry.at), .init(entry.by), .init(entry.kind), .init(entry.what ?? ""),
        .init(entry.before ?? ""), .init(entry.after ?? ""),
      ])
    }
    return table
  }

  /// The columns of `audit` but the mentee's, which a subject access export names once.
  private var auditColumnsWithoutMentee: [Table.Column] {
    Command.auditColumns.filter { $0.key != "mentee" }
  }
}
