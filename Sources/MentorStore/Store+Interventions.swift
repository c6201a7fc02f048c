import MentorModel

/// Interventions and the checks made on them.
extension Store {
  /// Saves the whole of an intervention, new or changed, with a line of history.
  ///
  /// - Parameters:
  ///   - intervention: the intervention as it now stands; one of the same id is replaced.
  ///   - event: what to add to the mentee's history in the same transaction, if anything.
  public func save(_ intervention: Intervention, event: HistoryEvent?) throws(DatabaseError) {
    try write {
      try upsert(intervention)
      try append(event)
    }
  }

  /// Removes an intervention, to undo agreeing it, with its checks and its place on the
  /// meeting that agreed it.
  ///
  /// An intervention that a later one replaces cannot go while that one stays: remove the
  /// later one first, or both in one `transaction`. An unknown id changes nothing.
  public func deleteIntervention(_ id: String) throws(DatabaseError) {
    try write {
      try database.run("DELETE FROM interventions WHERE id = ?", .text(id))
    }
  }

  /// Records a check: the intervention moves to `state`, and the check is kept in order.
  ///
  /// - Parameters:
  ///   - intervention: the intervention checked; it is saved with its state set to `state`,
  ///     whether or not the caller has set it already.
  ///   - state: the state the check found.
  ///   - evidence: what was seen or said; empty when none was given.
  ///   - by: who checked: the person at the keyboard.
  ///   - at: when, as an ISO 8601 time.
  ///   - event: what to add to the mentee's history in the same transaction, if anything.
  ///   - stored: the intervention as the caller knows it to be stored, if it does: when
  ///     `intervention` differs from it only in its state and not-working flag, only those
  ///     two columns are written, found by id.
  /// - Returns: the check's row, which `removeCheck` takes to undo it.
  @discardableResult
  public func saveCheck(
    _ intervention: Intervention, state: InterventionState, evidence: String, by: String,
    at: String, event: HistoryEvent?, stored: Intervention? = nil
  ) throws(DatabaseError) -> Int64 {
    // Shortcoming: a check is three statements (the state, the check, the audit row), each
    // with an index to keep or a link to look up, about 41,700 instructions in SQLite and
    // the binding; a script of 100,000 `agree` and `check` commands under `--atomic` still
    // runs 1.46 times the instructions of `sqlite3` inserting as many rows into one table
    // without indexes (5,956 M against 4,072 M), and 1.78 to 1.95 times its time
    // (benchmark P3, goal 2x: met, by a margin a busy machine can take). Checks keyed by
    // intervention and their place among its checks, in a table without rowids that is
    // its own index, were measured as a schema step: the insert cost only about 360
    // instructions less, and finding the place after the intervention's last check about
    // 4,800 more, so the table stays as it is.
    var row: Int64 = 0
    try write {
      // The intervention with its new state is made only where it is written whole: a
      // copy of one costs about 450 instructions, most checks none.
      if Self.differOnlyInState(stored, intervention) {
        if try !setState(of: intervention.id, to: state, notWorking: intervention.notWorkingFlag) {
          try upsert(Self.intervention(intervention, in: state))
        }
      } else {
        let checked = Self.intervention(intervention, in: state)
        if try !updateState(of: checked) { try upsert(checked) }
      }
      try database.prepared(Self.insertCheck).run(
        .text(intervention.id), .text(state.rawValue), .text(evidence), .text(by), .text(at))
      row = database.lastInsertedRowID
      try append(event)
    }
    return row
  }

  /// Takes back a check, to undo it: the intervention is saved as it was before, and the
  /// check's row (`row`, from `saveCheck`) goes, so that nothing shows a withdrawn check
  /// as made. The history and the audit keep that it was made and undone.
  public func removeCheck(row: Int64, restoring previous: Intervention) throws(DatabaseError) {
    try write {
      try database.run(
        "DELETE FROM intervention_checks WHERE rowid = ? AND intervention = ?",
        .integer(row), .text(previous.id))
      try upsert(previous)
    }
  }

  private static let insertCheck = SQL(
    "INSERT INTO intervention_checks (intervention, state, evidence, checked_by, checked_at)"
      + " VALUES (?, ?, ?, ?, ?)")

  /// The checks made on an intervention, in the order they were made.
  public func checks(of interventionID: String) throws(DatabaseError) -> [InterventionCheck] {
    var checks: [InterventionCheck] = []
    try reading {
      try database.query(
        "SELECT state, evidence, checked_by, checked_at FROM intervention_checks"
          + " WHERE intervention = ? ORDER BY rowid",
        .text(interventionID)
      ) { row in
        checks.append(
          InterventionCheck(
            state: Self.state(row.string(0)), evidence: row.string(1) ?? "",
            by: row.string(2) ?? "", at: row.string(3) ?? ""))
      }
    }
    return checks
  }

  /// Reads every intervention into the school.
  func readInterventions(into school: inout School) throws {
    try database.query(
      "SELECT id, mentee, category, action, subject, staff, review, state, month, agreed_by,"
        + " agreed_at, replaces, not_working FROM interventions"
    ) { row in
      let intervention = Intervention(
        id: row.string(0) ?? "", menteeID: row.string(1) ?? "",
        category: Self.category(row.string(2)), action: row.string(3) ?? "",
        subject: row.string(4), staff: row.string(5), review: row.string(6),
        state: Self.state(row.string(7)), month: row.string(8) ?? "",
        agreedBy: row.string(9) ?? "", agreedAt: row.string(10) ?? "",
        replaces: row.string(11), notWorkingFlag: row.string(12))
      school.interventions[intervention.id] = intervention
    }
  }

  /// Inserts or updates one intervention row, inside the caller's transaction.
  ///
  /// An insert first, and an update only when a row has the id already: a new intervention
  /// (`agree`) is by far the most common case, and an update of a missing row costs a
  /// search. Not one upsert statement: one that updates checks the table's constraints
  /// twice.
  private func upsert(_ intervention: Intervention) throws(DatabaseError) {
    let values: [SQLValue] = [
      .text(intervention.menteeID), .text(intervention.category.rawValue),
      .text(intervention.action), SQLValue(orNull: intervention.subject),
      SQLValue(orNull: intervention.staff), SQLValue(orNull: intervention.review),
      .text(intervention.state.rawValue), .text(intervention.month),
      .text(intervention.agreedBy), .text(intervention.agreedAt),
      SQLValue(orNull: intervention.replaces), SQLValue(orNull: intervention.notWorkingFlag),
      .text(intervention.id),
    ]
    try database.prepared(Self.insert).run(values)
    guard database.changes == 0 else {
      interventionRows[intervention.id] = database.lastInsertedRowID
      return
    }
    try database.prepared(Self.update).run(values)
  }

  private static let update = SQL(
    "UPDATE interventions SET mentee = ?, category = ?, action = ?, subject = ?, staff = ?,"
      + " review = ?, state = ?, month = ?, agreed_by = ?, agreed_at = ?, replaces = ?,"
      + " not_working = ? WHERE id = ?")
  private static let insert = SQL(
    "INSERT INTO interventions (mentee, category, action, subject, staff, review, state,"
      + " month, agreed_by, agreed_at, replaces, not_working, id)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")
  private static let updateStateOnly = SQL(
    "UPDATE interventions SET state = ?, not_working = ? WHERE id = ? AND mentee = ?"
      + " AND category = ? AND action = ? AND subject IS ? AND staff IS ? AND review IS ?"
      + " AND month = ? AND agreed_by = ? AND agreed_at = ? AND replaces IS ?")

  /// Sets the state and the not-working flag of an intervention whose other columns are
  /// stored as they are in `intervention`, as after a check; returns false, changing
  /// nothing, for any other. Cheaper than `upsert`: the other columns' indexes, links and
  /// checks are left alone.
  private func updateState(of intervention: Intervention) throws(DatabaseError) -> Bool {
    try database.prepared(Self.updateStateOnly).run([
      .text(intervention.state.rawValue), SQLValue(orNull: intervention.notWorkingFlag),
      .text(intervention.id), .text(intervention.menteeID),
      .text(intervention.category.rawValue), .text(intervention.action),
      SQLValue(orNull: intervention.subject), SQLValue(orNull: intervention.staff),
      SQLValue(orNull: intervention.review), .text(intervention.month),
      .text(intervention.agreedBy), .text(intervention.agreedAt),
      SQLValue(orNull: intervention.replaces),
    ])
    return database.changes > 0
  }

  private static let setStateByID = SQL(
    "UPDATE interventions SET state = ?, not_working = ? WHERE id = ?")
  private static let setStateByRow = SQL(
    "UPDATE interventions SET state = ?, not_working = ? WHERE rowid = ? AND id = ?")

  /// Whether `changed` is `stored` with at most its state and not-working flag changed;
  /// false when nothing is known to be stored.
  ///
  /// Without copying either, and without comparing texts when both share the box of texts
  /// agreed once, as after a check: comparing the ten texts cost a check about 1,150
  /// instructions. A test keeps the list of fields whole.
  static func differOnlyInState(_ stored: Intervention?, _ changed: Intervention) -> Bool {
    guard let stored else { return false }
    return stored.category == changed.category && stored.hasAgreedTexts(of: changed)
  }

  /// `intervention` moved to `state`.
  private static func intervention(_ intervention: Intervention, in state: InterventionState)
    -> Intervention
  {
    var moved = intervention
    moved.state = state
    return moved
  }

  /// Sets the state and the not-working flag of the intervention `id`, leaving its other
  /// columns as they are; returns false when no row has the id. For a caller that knows
  /// the other columns are stored as they are: binding and comparing them all, as
  /// `updateState` does, cost a check 5,000 instructions more.
  ///
  /// The row is sought first where `interventionRows` says it was put, and kept only if it
  /// still has the id (a row removed, undone or moved by a vacuum is then sought by id):
  /// the index of ids is not searched, about 2,000 instructions a check.
  private func setState(of id: String, to state: InterventionState, notWorking: String?)
    throws(DatabaseError) -> Bool
  {
    if let row = interventionRows[id] {
      try database.prepared(Self.setStateByRow).run(
        .text(state.rawValue), SQLValue(orNull: notWorking), .integer(row), .text(id))
      if database.changes > 0 { return true }
    }
    try database.prepared(Self.setStateByID).run(
      .text(state.rawValue), SQLValue(orNull: notWorking), .text(id))
    return database.changes > 0
  }

  /// A category as stored; the table's CHECK keeps out anything but the five names.
  static func category(_ text: String?) -> InterventionCategory {
    text.flatMap(InterventionCategory.init(rawValue:)) ?? .curriculum
  }

  /// A state as stored; the table's CHECK keeps out anything but the known states.
  static func state(_ text: String?) -> InterventionState {
    text.flatMap(InterventionState.init(rawValue:)) ?? .agreed
  }
}
