import MentorModel

/// One-to-one meetings: the meeting itself, and the praise, excuses, notes and agreed
/// interventions it recorded, each kept in the order given.
extension Store {
  /// Saves the whole of a meeting, new or changed, with a line of history.
  ///
  /// The meeting's praise, excuses, notes and agreed ids replace those stored before, so
  /// the file holds exactly the value given. An agreed id must name an intervention saved
  /// by the end of the transaction; saving it first, or both in one `transaction`, will do.
  public func save(_ meeting: Meeting, event: HistoryEvent?) throws(DatabaseError) {
    try write {
      try database.run(
        "INSERT INTO meetings (id, mentee, month, mentor, opened_at, ended_at, understood,"
          + " serious, next_meeting) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (id) DO UPDATE SET mentee = excluded.mentee,"
          + " month = excluded.month, mentor = excluded.mentor,"
          + " opened_at = excluded.opened_at, ended_at = excluded.ended_at,"
          + " understood = excluded.understood, serious = excluded.serious,"
          + " next_meeting = excluded.next_meeting",
        .text(meeting.id), .text(meeting.menteeID), .text(meeting.month), .text(meeting.mentor),
        .text(meeting.openedAt), SQLValue(orNull: meeting.endedAt), SQLValue(meeting.understood),
        SQLValue(meeting.serious), SQLValue(orNull: meeting.nextMeeting))

      try removeChildren(ofMeeting: meeting.id)
      try writeChildren(of: meeting)
      try append(event)
    }
  }

  /// Removes a meeting and everything it recorded, to undo opening it.
  ///
  /// The interventions it agreed stay: remove them with `deleteIntervention`. An unknown id
  /// changes nothing.
  public func deleteMeeting(_ id: String) throws(DatabaseError) {
    try write {
      try database.run("DELETE FROM meetings WHERE id = ?", .text(id))
    }
  }

  /// Reads every meeting into the school, with its lists in their order.
  func readMeetings(into school: inout School) throws {
    var meetings: [String: Meeting] = [:]
    try database.query(
      "SELECT id, mentee, month, mentor, opened_at, ended_at, understood, serious,"
        + " next_meeting FROM meetings"
    ) { row in
      var meeting = Meeting(
        id: row.string(0) ?? "", menteeID: row.string(1) ?? "", month: row.string(2) ?? "",
        mentor: row.string(3) ?? "", openedAt: row.string(4) ?? "")
      meeting.endedAt = row.string(5)
      meeting.understood = row.int(6) == 1
      meeting.serious = row.int(7) == 1
      meeting.nextMeeting = row.string(8)
      meetings[meeting.id] = meeting
    }
    // A meeting's lists go with it (ON DELETE CASCADE), so with no meeting there are none
    // to read, and compiling the four queries is a fair part of opening a new school.
    guard !meetings.isEmpty else {
      school.meetings = meetings
      return
    }

    try database.query(
      "SELECT meeting, subject, note FROM meeting_praise ORDER BY meeting, position"
    ) { row in
      let praise = Meeting.Praise(subject: row.string(1), note: row.string(2) ?? "")
      meetings[row.string(0) ?? ""]?.praise.append(praise)
    }
    try database.query(
      "SELECT meeting, said, answer FROM meeting_excuses ORDER BY meeting, position"
    ) { row in
      let excuse = Meeting.Excuse(said: row.string(1) ?? "", answer: row.string(2) ?? "")
      meetings[row.string(0) ?? ""]?.excuses.append(excuse)
    }
    try database.query(
      "SELECT meeting, note FROM meeting_notes ORDER BY meeting, position"
    ) { row in
      meetings[row.string(0) ?? ""]?.notes.append(row.string(1) ?? "")
    }
    try database.query(
      "SELECT meeting, intervention FROM meeting_agreed ORDER BY meeting, position"
    ) { row in
      meetings[row.string(0) ?? ""]?.agreed.append(row.string(1) ?? "")
    }

    school.meetings = meetings
  }

  /// Removes a meeting's praise, excuses, notes and agreed ids, inside a transaction.
  private func removeChildren(ofMeeting id: String) throws(DatabaseError) {
    try database.run("DELETE FROM meeting_praise WHERE meeting = ?", .text(id))
    try database.run("DELETE FROM meeting_excuses WHERE meeting = ?", .text(id))
    try database.run("DELETE FROM meeting_notes WHERE meeting = ?", .text(id))
    try database.run("DELETE FROM meeting_agreed WHERE meeting = ?", .text(id))
  }

  /// Writes a meeting's lists, each item with its position, inside a transaction.
  private func writeChildren(of meeting: Meeting) throws(DatabaseError) {
    let id = SQLValue.text(meeting.id)
    for (position, praise) in meeting.praise.enumerated() {
      try database.run(
        "INSERT INTO meeting_praise (meeting, position, subject, note) VALUES (?, ?, ?, ?)",
        id, SQLValue(position), SQLValue(orNull: praise.subject), .text(praise.note))
    }
    for (position, excuse) in meeting.excuses.enumerated() {
      try database.run(
        "INSERT INTO meeting_excuses (meeting, position, said, answer) VALUES (?, ?, ?, ?)",
        id, SQLValue(position), .text(excuse.said), .text(excuse.answer))
    }
    for (position, note) in meeting.notes.enumerated() {
      try database.run(
        "INSERT INTO meeting_notes (meeting, position, note) VALUES (?, ?, ?)",
        id, SQLValue(position), .text(note))
    }
    for (position, intervention) in meeting.agreed.enumerated() {
      try database.run(
        "INSERT INTO meeting_agreed (meeting, position, intervention) VALUES (?, ?, ?)",
        id, SQLValue(position), .text(intervention))
    }
  }
}
