import MentorModel

/// Each mentee's history: the rows of the audit about them, oldest first, never changed.
extension Store {
  /// Adds one line to a mentee's history, in a transaction of its own.
  public func record(_ event: HistoryEvent) throws(DatabaseError) {
    try write {
      try append(event)
    }
  }

  /// Everything recorded about a mentee, oldest first.
  public func history(of menteeID: String) throws(DatabaseError) -> [HistoryEvent] {
    var events: [HistoryEvent] = []
    try reading {
      try database.query(
        "SELECT mentee, at, by, what, kind, before, after FROM audit WHERE mentee = ?"
          + " ORDER BY id",
        .text(menteeID)
      ) { row in
        events.append(
          HistoryEvent(
            menteeID: row.string(0) ?? "", at: row.string(1) ?? "", by: row.string(2) ?? "",
            text: row.string(3) ?? "", kind: row.string(4) ?? "", before: row.string(5),
            after: row.string(6)))
      }
    }
    return events
  }

  private static let appendEvent = SQL(
    "INSERT INTO audit (at, by, kind, mentee, what, before, after)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?)")

  /// Appends `event`, if there is one, inside the caller's transaction: one row of the
  /// audit, the only statement a change adds for it.
  func append(_ event: HistoryEvent?) throws(DatabaseError) {
    guard let event else { return }
    try database.prepared(Self.appendEvent).run(
      .text(event.at), .text(event.by), .text(event.kind), .text(event.menteeID),
      .text(event.text), event.before.map(SQLValue.text) ?? .null,
      event.after.map(SQLValue.text) ?? .null)
  }
}
