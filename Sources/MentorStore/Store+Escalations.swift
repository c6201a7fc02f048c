import MentorModel

/// Escalations: concerns handed on to the Progress Leader, other staff or parents.
extension Store {
  /// Saves the whole of an escalation, new or changed, with a line of history.
  ///
  /// The recipient is stored as it is written (`leader`, `parent` or a member of staff's
  /// name) and read back the same way.
  public func save(_ escalation: Escalation, event: HistoryEvent?) throws(DatabaseError) {
    try write {
      try database.run(
        "INSERT INTO escalations (id, mentee, recipient, reason, state, outcome, raised_by,"
          + " raised_at, notified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (id) DO UPDATE SET mentee = excluded.mentee,"
          + " recipient = excluded.recipient, reason = excluded.reason,"
          + " state = excluded.state, outcome = excluded.outcome,"
          + " raised_by = excluded.raised_by, raised_at = excluded.raised_at,"
          + " notified_at = excluded.notified_at",
        .text(escalation.id), .text(escalation.menteeID), .text(escalation.recipient.text),
        .text(escalation.reason), .text(escalation.state.rawValue), .text(escalation.outcome),
        .text(escalation.raisedBy), .text(escalation.raisedAt),
        SQLValue(orNull: escalation.notifiedAt))
      try append(event)
    }
  }

  /// Removes an escalation, to undo raising it. An unknown id changes nothing.
  public func deleteEscalation(_ id: String) throws(DatabaseError) {
    try write {
      try database.run("DELETE FROM escalations WHERE id = ?", .text(id))
    }
  }

  /// Reads every escalation into the school.
  func readEscalations(into school: inout School) throws {
    try database.query(
      "SELECT id, mentee, recipient, reason, state, outcome, raised_by, raised_at,"
        + " notified_at FROM escalations"
    ) { row in
      var escalation = Escalation(
        id: row.string(0) ?? "", menteeID: row.string(1) ?? "",
        recipient: Escalation.Recipient(text: row.string(2) ?? ""),
        reason: row.string(3) ?? "", raisedBy: row.string(6) ?? "",
        raisedAt: row.string(7) ?? "")
      // The table's CHECK keeps out any state but the three.
      escalation.state = row.string(4).flatMap(Escalation.State.init(rawValue:)) ?? .open
      escalation.outcome = row.string(5) ?? ""
      escalation.notifiedAt = row.string(8)
      school.escalations[escalation.id] = escalation
    }
  }
}
