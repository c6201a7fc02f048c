import MentorModel

/// The audit: every change, who made it and when, kept in a table no command edits.
extension Store {
  /// Adds a row to the audit, in a transaction of its own or the caller's: for changes to
  /// the whole school (a load, targets, a setting), which have no history line.
  public func audit(_ entry: AuditEntry) throws(DatabaseError) {
    try write {
      try database.prepared(Self.appendEntry).run(
        .text(entry.at), .text(entry.by), .text(entry.kind),
        entry.menteeID.map(SQLValue.text) ?? .null, entry.what.map(SQLValue.text) ?? .null,
        entry.before.map(SQLValue.text) ?? .null, entry.after.map(SQLValue.text) ?? .null)
    }
  }

  private static let appendEntry = SQL(
    "INSERT INTO audit (at, by, kind, mentee, what, before, after)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?)")

  /// The rows of the audit, oldest first, about one mentee if `menteeID` is given, and
  /// from `since` (an ISO 8601 date or time) on if it is given.
  public func auditEntries(about menteeID: String? = nil, since: String? = nil)
    throws(DatabaseError) -> [AuditEntry]
  {
    var entries: [AuditEntry] = []
    // One mentee's rows are found through the index by mentee; the whole audit is read in
    // order of its rows.
    let sql =
      menteeID == nil
      ? "SELECT at, by, kind, mentee, what, before, after FROM audit"
        + " WHERE ?1 IS NULL AND (?2 IS NULL OR at >= ?2) ORDER BY id"
      : "SELECT at, by, kind, mentee, what, before, after FROM audit"
        + " WHERE mentee = ?1 AND (?2 IS NULL OR at >= ?2) ORDER BY id"
    try reading {
      try database.query(
        sql, menteeID.map(SQLValue.text) ?? .null, since.map(SQLValue.text) ?? .null
      ) { row in
        entries.append(
          AuditEntry(
            at: row.string(0) ?? "", by: row.string(1) ?? "", kind: row.string(2) ?? "",
            menteeID: row.string(3), what: row.string(4), before: row.string(5),
            after: row.string(6)))
      }
    }
    return entries
  }
}
