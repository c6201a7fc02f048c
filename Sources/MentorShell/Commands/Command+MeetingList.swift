import MentorExchange
import MentorModel

/// `list meetings`: every meeting, or those left open, so none is forgotten.
extension Command {
  static let listMeetings = Command(
    "list meetings", usage: "[--open] [--format table|csv|json] [--out FILE]",
    summary: "List meetings by number: who met whom, on which month, opened and ended",
    detail: """
      A meeting stays open from 'meet' until 'end'; one left open (a session closed in the
      middle, say) keeps later praise and notes about that mentee, and shows here with no
      end. --open lists only those, to end or resume with 'meet'.
      """,
    examples: ["list meetings", "list meetings --open", "list meetings --format csv"],
    exampleSetup: ["meet zoe"],
    options: [.flag("open", "only meetings not yet ended")] + Option.records,
    columns: meetingColumns.map(\.key),
    access: .staff,
  ) { shell, arguments throws(ShellError) in
    let onlyOpen = arguments.flag("open")
    let meetings = shell.school.meetings.values.filter {
      (!onlyOpen || $0.isOpen) && shell.school.mentees[$0.menteeID].map(shell.maySee) ?? true
    }
    .sorted { School.number($0.id) < School.number($1.id) }
    var table = Table(columns: meetingColumns)
    for meeting in meetings {
      let mentee = shell.school.mentees[meeting.menteeID]
      table.append([
        .init(meeting.id), .init(meeting.menteeID), .init(mentee?.displayName ?? ""),
        .init(meeting.mentor), .init(meeting.month), shownTime(meeting.openedAt),
        meeting.endedAt.map(shownTime) ?? .text("open", data: "", colour: .amber),
        .init(meeting.nextMeeting ?? ""),
      ])
    }
    try shell.emit(table, noun: onlyOpen ? "open meeting" : "meeting", arguments)
  }

  /// The columns of `list meetings`; Ended shows `open` in a table, and is empty (null in
  /// JSON) in CSV and JSON, for a meeting not yet ended.
  static let meetingColumns: [Table.Column] = [
    .init("id", "Id"), .init("mentee_id", "Mentee id", dropOrder: 1),
    .init("mentee", "Mentee", shrinks: true), .init("held_by", "Held by", shrinks: true),
    .init("month", "Month"), .init("opened", "Opened"), .init("ended", "Ended"),
    .init("next_meeting", "Next meeting", dropOrder: 2),
  ]

  /// A timestamp as a table shows it (`2026-12-04 10:00`), kept whole for CSV and JSON.
  static func shownTime(_ at: String) -> Table.Cell {
    .text(at.prefix(16).replacingOccurrences(of: "T", with: " "), data: at)
  }
}
