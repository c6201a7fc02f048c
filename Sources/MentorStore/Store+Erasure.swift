import MentorModel

/// Erasure and retention: the day a mentee left, and removing a mentee's personal data
/// while keeping what reports count.
///
/// An erased mentee keeps a row under an anonymous key (`erased-1`...) with their year,
/// form and mentor, and their results and attendance under that key, so that cohort,
/// mentor and intervention reports count as before. Their id and name are gone; their
/// parents and carers are removed; the words of their interventions, checks, praise,
/// excuses, notes and escalations are blanked, keeping each record's kind, state, subject
/// and dates; and the audit rows about them keep when, who and what kind of change only.
extension Store {
  /// Records the day mentees left the school, with a line of history for each.
  ///
  /// - Parameters:
  ///   - menteeIDs: the mentees who left; an id not in the database changes nothing.
  ///   - day: the day they left, as `YYYY-MM-DD`; nil to take back a day recorded.
  ///   - event: the line of history for a mentee id, or nil for none.
  public func recordLeaving(
    _ menteeIDs: [String], on day: String?, event: (String) -> HistoryEvent?
  ) throws(DatabaseError) {
    try write {
      for id in menteeIDs {
        try database.run(
          "UPDATE mentees SET left_on = ? WHERE id = ? AND erased_at IS NULL",
          day.map(SQLValue.text) ?? .null, .text(id))
        guard database.changes > 0 else { continue }
        try append(event(id))
      }
    }
  }

  /// The day a mentee left, if one was recorded.
  public func leftOn(_ menteeID: String) throws(DatabaseError) -> String? {
    var day: String?
    try reading {
      try database.query("SELECT left_on FROM mentees WHERE id = ?", .text(menteeID)) { row in
        day = row.string(0)
      }
    }
    return day
  }

  /// The mentees not yet erased who left before `day` (`YYYY-MM-DD`), by id.
  public func menteesLeft(before day: String) throws(DatabaseError) -> [String] {
    var ids: [String] = []
    try reading {
      try database.query(
        "SELECT id FROM mentees WHERE left_on < ? AND erased_at IS NULL ORDER BY id",
        .text(day)
      ) { row in ids.append(row.string(0) ?? "") }
    }
    return ids
  }

  /// Erases the personal data of mentees, in one transaction, and returns the anonymous
  /// key each now has, in the order given.
  ///
  /// Deleted content is overwritten in the file (`secure_delete`); call `scrub()` once
  /// the transaction is committed to leave no copy in the write-ahead log or free pages.
  ///
  /// Their open interventions are closed and their open escalations resolved, with the
  /// words `Store.closedByErasure`, so that they leave the lists of what is due.
  ///
  /// - Parameters:
  ///   - menteeIDs: mentees in the database, not yet erased.
  ///   - at: when, as an ISO 8601 time; `by`: the person at the keyboard.
  /// - Throws: `.erasureInMeeting` when one of them has a meeting open as the database is
  ///   now (another session may have opened it since the school was read), and
  ///   `.notInDatabase` when one of them is no longer there (erased elsewhere); nothing is
  ///   erased then.
  public func erase(_ menteeIDs: [String], at: String, by: String) throws(DatabaseError)
    -> [String]
  {
    var keys: [String] = []
    // Only while erasing: overwriting what other commands delete would cost them time.
    try database.exec("PRAGMA secure_delete = ON")
    defer { try? database.exec("PRAGMA secure_delete = OFF") }
    try write {
      // Checked inside the transaction, holding the write lock: another session may have
      // opened a meeting, or erased the mentee, while the question waited for an answer.
      for id in menteeIDs {
        var found = false
        var open = false
        try database.query(
          "SELECT EXISTS (SELECT 1 FROM mentees WHERE id = ?1 AND erased_at IS NULL),"
            + " EXISTS (SELECT 1 FROM meetings WHERE mentee = ?1 AND ended_at IS NULL)",
          .text(id)
        ) { row in
          found = row.int(0) == 1
          open = row.int(1) == 1
        }
        guard found else { throw DatabaseError.notInDatabase(id) }
        guard !open else { throw DatabaseError.erasureInMeeting(id) }
      }
      for id in menteeIDs {
        for statement in Self.closing {
          try database.prepared(statement).run(
            .text(id), .text(Self.closedByErasure), .text(by), .text(at))
        }
        let key = try newID("erased-", atLeast: 1)
        try database.run(
          "INSERT INTO mentees (id, year, form, mentor, left_on, erased_at)"
            + " SELECT ?1, year, form, mentor, coalesce(left_on, substr(?3, 1, 10)), ?3"
            + " FROM mentees WHERE id = ?2",
          .text(key), .text(id), .text(at))
        for statement in Self.erasure {
          try database.prepared(statement).run(.text(key), .text(id))
        }
        try audit(
          AuditEntry(
            at: at, by: by, kind: "erase", menteeID: key,
            what: "Erased the personal data of a mentee"))
        keys.append(key)
      }
    }
    return keys
  }

  /// The words given to the interventions closed and escalations resolved by an erasure.
  public static let closedByErasure = "closed: the mentee's data was erased"

  /// What erasing a mentee does first, to what is still open about them: `?1` is the
  /// mentee's id, `?2` the words `closedByErasure`, `?3` who erases and `?4` when. Each
  /// open intervention gets a check that closes it, as `check I1 closed` would.
  static let closing: [SQL] = [
    SQL(
      "INSERT INTO intervention_checks (intervention, state, evidence, checked_by, checked_at)"
        + " SELECT id, 'closed', ?2, ?3, ?4 FROM interventions"
        + " WHERE mentee = ?1 AND state NOT IN ('revised', 'closed')"),
    SQL(
      "UPDATE interventions SET state = 'closed', not_working = NULL"
        + " WHERE mentee = ?1 AND state NOT IN ('revised', 'closed') AND ?2 IS NOT NULL"
        + " AND ?3 IS NOT NULL AND ?4 IS NOT NULL"),
    SQL(
      "UPDATE escalations SET state = 'resolved', outcome = ?2"
        + " WHERE mentee = ?1 AND state <> 'resolved' AND ?3 IS NOT NULL AND ?4 IS NOT NULL"),
  ]

  // Shortcoming: the anonymous row keeps form, mentor, attendance and every grade, which
  // in a small form may still point to one child; the reports need them at that level.
  // Shortcoming: words are blanked by the record they belong to, so a mentee's name typed
  // into a note, action or reason about another mentee stays there. And a data sheet that
  // still lists an erased mentee, loaded again, brings them back as a new mentee, and
  // takes from the anonymous row the results it had from that sheet and month.
  /// What erasing a mentee does after their anonymous row is made: `?1` is the anonymous
  /// key, `?2` the mentee's id. Children move before the mentee's own row goes, since
  /// attendance's link to it is checked at once; the audit moves last, when the trigger
  /// that guards it can see that the id is gone and the key is erased.
  static let erasure: [SQL] = [
    SQL("UPDATE attendance SET mentee = ?1 WHERE mentee = ?2"),
    SQL("UPDATE results SET mentee = ?1 WHERE mentee = ?2"),
    SQL("DELETE FROM carers WHERE mentee = ?2 AND ?1 IS NOT NULL"),
    SQL(
      "UPDATE intervention_checks SET evidence = '' WHERE ?1 IS NOT NULL"
        + " AND evidence <> 'closed: the mentee''s data was erased' AND intervention IN"
        + " (SELECT id FROM interventions WHERE mentee = ?2)"),
    SQL("UPDATE interventions SET mentee = ?1, action = '' WHERE mentee = ?2"),
    SQL(
      "UPDATE meeting_praise SET note = '' WHERE ?1 IS NOT NULL AND meeting IN"
        + " (SELECT id FROM meetings WHERE mentee = ?2)"),
    SQL(
      "UPDATE meeting_excuses SET said = '', answer = '' WHERE ?1 IS NOT NULL AND meeting IN"
        + " (SELECT id FROM meetings WHERE mentee = ?2)"),
    SQL(
      "UPDATE meeting_notes SET note = '' WHERE ?1 IS NOT NULL AND meeting IN"
        + " (SELECT id FROM meetings WHERE mentee = ?2)"),
    SQL("UPDATE meetings SET mentee = ?1 WHERE mentee = ?2"),
    SQL(
      "UPDATE escalations SET mentee = ?1, reason = '', outcome = CASE outcome"
        + " WHEN 'closed: the mentee''s data was erased' THEN outcome ELSE '' END"
        + " WHERE mentee = ?2"),
    SQL("DELETE FROM mentees WHERE id = ?2 AND ?1 IS NOT NULL"),
    SQL(
      "UPDATE audit SET mentee = ?1, what = NULL, before = NULL, after = NULL"
        + " WHERE mentee = ?2"),
  ]

  // Shortcoming: VACUUM rewrites the whole file, so it needs as much free disk as the
  // database takes and waits for other sessions' reads; if it fails, the erasure stays
  // stored and a warning says so, but old pages may remain until the next erasure.
  /// Leaves no copy of erased data in the file: moves the write-ahead log into the
  /// database and empties it, rebuilds the file without free pages (`VACUUM`), and empties
  /// the log again. Does nothing in memory or inside a transaction, which must end first.
  ///
  /// - Throws: `.busy` when another session kept reading or writing past the busy
  ///   timeout, so the log could not be emptied.
  public func scrub() throws(DatabaseError) {
    guard database.path != nil, database.transactionDepth == 0 else { return }
    try emptyTheLog()
    try database.exec("VACUUM")
    try emptyTheLog()
  }

  /// Moves the write-ahead log into the database and empties it, waiting (within the busy
  /// timeout) for other sessions to finish what they are reading.
  ///
  /// - Throws: `.busy` when a session was still reading, and the log kept its pages.
  private func emptyTheLog() throws(DatabaseError) {
    var busy = 0
    try reading {
      try database.query("PRAGMA wal_checkpoint(TRUNCATE)") { row in busy = row.int(0) ?? 0 }
    }
    guard busy == 0 else { throw .busy }
  }
}
