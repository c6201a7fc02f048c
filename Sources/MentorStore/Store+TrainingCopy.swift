import Foundation
import MentorModel

/// Training copies: the database with every name, id, e-mail address and note replaced.
extension Store {
  // Shortcoming: the copy is not anonymous. Year, subjects, exact attendance and grades
  // are kept so that reports give the same figures, and many mentees are one of a kind by
  // form and subject set; staff keep their real subjects and roles, which may single a
  // teacher out. The command's output and the README say the copy is personal data.
  /// Writes a copy of the database to `path` (mode 0600) that `mentor` can open, with
  /// each mentee's id and name, each form's name, each member of staff's name and e-mail
  /// address, each parent or carer, every free-text note, and every strategy the school
  /// added to the library replaced.
  ///
  /// The same person gets the same pseudonym everywhere in the copy. Pseudonyms are given
  /// in a new random order on each run, so that they say nothing about the order of the
  /// real ids. Grades, attendance, dates, states and counts are copied as they are, so
  /// reports give the same figures. The copy is made beside `path` and takes its name
  /// only when whole; its deleted pages are overwritten and the file rebuilt, so no
  /// original value is left in it.
  ///
  /// It must run outside a transaction (`VACUUM INTO` cannot run inside one).
  public func writeTrainingCopy(to path: String) throws(DatabaseError) {
    let folder = (path as NSString).deletingLastPathComponent
    let name = ".\((path as NSString).lastPathComponent).part-\(UUID().uuidString)"
    let partial = folder.isEmpty ? name : folder + "/" + name
    try DatabaseFile.prepare(partial)
    do throws(DatabaseError) {
      try database.run("VACUUM INTO ?", .text(partial))
      try Self.pseudonymise(partial)
      guard rename(partial, path) == 0 else {
        throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
      }
    } catch {
      unlink(partial)
      throw error
    }
  }

  /// Replaces every personal value in the database file at `path`, then rebuilds it as
  /// one file with no journal beside it.
  private static func pseudonymise(_ path: String) throws(DatabaseError) {
    let copy = try Database(path: path)
    try copy.exec("PRAGMA foreign_keys = OFF; PRAGMA secure_delete = ON")
    try copy.exec(Self.pseudonymMaps)
    do {
      try copy.transaction {
        try fillMenteeMap(copy)
        try fillStaffMap(copy)
        try fillFormMap(copy)
        try fillCarerMap(copy)
        try fillSeedStrategies(copy)
        try copy.exec("DROP TRIGGER audit_is_not_changed; DROP TRIGGER audit_is_not_removed")
        try copy.exec(Self.replacements)
        try copy.exec(Schema.auditTriggers)
        // Removed whether or not a mentee changed, then built from the pseudonyms.
        try copy.exec("DELETE FROM roster")
        try Roster.rebuild(in: copy)
      }
    } catch let error as DatabaseError {
      throw error
    } catch {
      throw .sqlite(code: 1, message: String(describing: error))
    }
    try copy.exec(
      "DROP TABLE temp.mentee_map; DROP TABLE temp.staff_map; DROP TABLE temp.form_map;"
        + " DROP TABLE temp.carer_map;"
        + " DROP TABLE temp.seed_strategies")
    try copy.exec("VACUUM")
    try copy.exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE")
  }

  /// A pseudonym for each mentee not erased, in a random order, never one of the real ids.
  private static func fillMenteeMap(_ copy: Database) throws {
    var ids: [String] = []
    try copy.query("SELECT id FROM mentees WHERE erased_at IS NULL") { row in
      ids.append(row.string(0) ?? "")
    }
    let insert = try copy.prepare(
      "INSERT INTO temp.mentee_map (old, new, forename, surname) VALUES (?, ?, ?, ?)")
    let taken = Set(ids)
    var given = 0
    for (number, id) in ids.shuffled().enumerated() {
      var pseudonym: String
      repeat {
        given += 1
        pseudonym = String(format: "P%05d", given)
      } while taken.contains(pseudonym)
      let name = TrainingNames.mentee(number)
      try insert.run(.text(id), .text(pseudonym), .text(name.forename), .text(name.surname))
    }
  }

  /// A pseudonym and an e-mail address for each name of a member of staff, wherever one
  /// is written (a mentee's mentor, who agreed or checked, who made a change...), never
  /// one of the real names.
  private static func fillStaffMap(_ copy: Database) throws {
    var names: [String] = []
    try copy.query(Self.staffNames) { row in
      if let name = row.string(0), !name.isEmpty { names.append(name) }
    }
    let insert = try copy.prepare(
      "INSERT INTO temp.staff_map (old, new, email) VALUES (?, ?, ?)")
    let taken = Set(names)
    var given = 0
    for (number, name) in names.shuffled().enumerated() {
      var pseudonym: String
      repeat {
        pseudonym = TrainingNames.staff(given)
        given += 1
      } while taken.contains(pseudonym)
      try insert.run(
        .text(name), .text(pseudonym), .text("staff\(number + 1)@school.example"))
    }
  }

  /// A pseudonym for each form (`Form 3`), in a random order, so that a form's name does
  /// not lead back to its tutor group.
  private static func fillFormMap(_ copy: Database) throws {
    var forms: [String] = []
    try copy.query("SELECT DISTINCT form FROM mentees WHERE form <> ''") { row in
      forms.append(row.string(0) ?? "")
    }
    let insert = try copy.prepare("INSERT INTO temp.form_map (old, new) VALUES (?, ?)")
    for (number, form) in forms.shuffled().enumerated() {
      try insert.run(.text(form), .text("Form \(number + 1)"))
    }
  }

  /// A number for each parent or carer (`Carer 12`), in a random order, so that it says
  /// nothing about the order of the school's list of parents.
  private static func fillCarerMap(_ copy: Database) throws {
    var rows: [Int] = []
    try copy.query("SELECT rowid FROM carers") { row in rows.append(row.int(0) ?? 0) }
    let insert = try copy.prepare("INSERT INTO temp.carer_map (old, number) VALUES (?, ?)")
    for (number, row) in rows.shuffled().enumerated() {
      try insert.run(SQLValue(row), SQLValue(number + 1))
    }
  }

  /// The words of the seed's strategy library, which the copy keeps; the school's own
  /// problems and strategies are replaced, since they may describe a real child.
  private static func fillSeedStrategies(_ copy: Database) throws {
    let insert = try copy.prepare(
      "INSERT INTO temp.seed_strategies (problem, strategy) VALUES (?, ?)")
    for seed in Strategy.seed {
      try insert.run(.text(seed.problem), .text(seed.strategy))
    }
  }

  /// Every name of a member of staff written anywhere in the database.
  static let staffNames = """
    SELECT name FROM staff UNION SELECT mentor FROM mentees
    UNION SELECT staff FROM interventions UNION SELECT agreed_by FROM interventions
    UNION SELECT checked_by FROM intervention_checks UNION SELECT mentor FROM meetings
    UNION SELECT raised_by FROM escalations
    UNION SELECT recipient FROM escalations WHERE recipient <> 'leader' AND recipient <> 'parent'
    UNION SELECT by FROM audit
    """

  /// The tables that pair each real value with its pseudonym, for this connection only.
  static let pseudonymMaps = """
    CREATE TEMP TABLE mentee_map (old TEXT PRIMARY KEY, new TEXT, forename TEXT, surname TEXT);
    CREATE TEMP TABLE staff_map (old TEXT PRIMARY KEY, new TEXT, email TEXT);
    CREATE TEMP TABLE form_map (old TEXT PRIMARY KEY, new TEXT);
    CREATE TEMP TABLE carer_map (old INTEGER PRIMARY KEY, number INTEGER);
    CREATE TEMP TABLE seed_strategies (problem TEXT, strategy TEXT);
    """

  /// Every replacement, from the two maps; free text becomes a placeholder that says what
  /// kind of text was there, and stays empty where it was empty.
  static let replacements = """
    UPDATE mentees SET
      forename = (SELECT forename FROM mentee_map WHERE old = mentees.id),
      surname = (SELECT surname FROM mentee_map WHERE old = mentees.id),
      id = (SELECT new FROM mentee_map WHERE old = mentees.id)
      WHERE id IN (SELECT old FROM mentee_map);
    UPDATE mentees SET mentor = (SELECT new FROM staff_map WHERE old = mentor)
      WHERE mentor IN (SELECT old FROM staff_map);
    UPDATE mentees SET form = (SELECT new FROM form_map WHERE old = form)
      WHERE form IN (SELECT old FROM form_map);
    UPDATE strategies SET
      problem = CASE WHEN problem IN (SELECT problem FROM seed_strategies) THEN problem
        ELSE 'A problem the school wrote' END,
      strategy = CASE WHEN strategy IN (SELECT strategy FROM seed_strategies) THEN strategy
        ELSE 'A strategy the school wrote' END;
    UPDATE attendance SET mentee = (SELECT new FROM mentee_map WHERE old = mentee)
      WHERE mentee IN (SELECT old FROM mentee_map);
    UPDATE results SET mentee = (SELECT new FROM mentee_map WHERE old = mentee)
      WHERE mentee IN (SELECT old FROM mentee_map);
    UPDATE carers SET mentee = (SELECT new FROM mentee_map WHERE old = mentee),
      name = 'Carer ' || (SELECT number FROM carer_map WHERE old = carers.rowid),
      email = CASE email WHEN '' THEN ''
        ELSE 'carer' || (SELECT number FROM carer_map WHERE old = carers.rowid)
          || '@home.example' END;
    UPDATE staff SET email = (SELECT email FROM staff_map WHERE old = staff.name),
      name = (SELECT new FROM staff_map WHERE old = staff.name);
    UPDATE interventions SET mentee = coalesce((SELECT new FROM mentee_map WHERE old = mentee),
        mentee),
      staff = coalesce((SELECT new FROM staff_map WHERE old = staff), staff),
      agreed_by = coalesce((SELECT new FROM staff_map WHERE old = agreed_by), agreed_by),
      action = CASE action WHEN '' THEN '' ELSE 'The action agreed' END;
    UPDATE intervention_checks SET
      checked_by = coalesce((SELECT new FROM staff_map WHERE old = checked_by), checked_by),
      evidence = CASE evidence WHEN '' THEN '' ELSE 'The evidence given' END;
    UPDATE meetings SET mentee = coalesce((SELECT new FROM mentee_map WHERE old = mentee), mentee),
      mentor = coalesce((SELECT new FROM staff_map WHERE old = mentor), mentor);
    UPDATE meeting_praise SET note = CASE note WHEN '' THEN '' ELSE 'The praise given' END;
    UPDATE meeting_excuses SET said = CASE said WHEN '' THEN '' ELSE 'The excuse made' END,
      answer = CASE answer WHEN '' THEN '' ELSE 'The answer given' END;
    UPDATE meeting_notes SET note = CASE note WHEN '' THEN '' ELSE 'The note made' END;
    UPDATE escalations SET
      mentee = coalesce((SELECT new FROM mentee_map WHERE old = mentee), mentee),
      recipient = coalesce((SELECT new FROM staff_map WHERE old = recipient), recipient),
      raised_by = coalesce((SELECT new FROM staff_map WHERE old = raised_by), raised_by),
      reason = CASE reason WHEN '' THEN '' ELSE 'The reason given' END,
      outcome = CASE outcome WHEN '' THEN '' ELSE 'The outcome recorded' END;
    UPDATE audit SET mentee = coalesce((SELECT new FROM mentee_map WHERE old = mentee), mentee),
      by = coalesce((SELECT new FROM staff_map WHERE old = by), by),
      what = CASE WHEN what IS NULL THEN NULL ELSE 'A change of kind ' || kind END,
      before = NULL, after = NULL;
    UPDATE sheet_loads SET
      name = (SELECT 'sheet-' || id || '.csv' FROM sheets WHERE sheets.name = sheet_loads.name);
    UPDATE sheets SET name = 'sheet-' || id || '.csv';
    """
}
