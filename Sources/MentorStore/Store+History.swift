import MentorModel

/// Each mentee's history: everything recorded about them, oldest first, never changed.
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
        "SELECT mentee, recorded_at, recorded_by, text FROM history WHERE mentee = ?"
          + " ORDER BY rowid",
        .text(menteeID)
      ) { row in
        events.append(
          HistoryEvent(
            menteeID: row.string(0) ?? "", at: row.string(1) ?? "", by: row.string(2) ?? "",
            text: row.string(3) ?? ""))
      }
    }
    return events
  }

  private static let appendEvent = SQL(
    "INSERT INTO history (mentee, recorded_at, recorded_by, text) VALUES (?, ?, ?, ?)")

  /// Appends `event`, if there is one, inside the caller's transaction.
  func append(_ event: HistoryEvent?) throws(DatabaseError) {
    guard let event else { return }
    try database.prepared(Self.appendEvent).run(
      .text(event.menteeID), .text(event.at), .text(event.by), .text(event.text))
  }
}
