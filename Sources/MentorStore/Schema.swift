/// The tables of a mentor database, as numbered migrations.
///
/// A database records the last step applied in `PRAGMA user_version`; opening it applies
/// the steps it lacks, and a database from a newer `mentor` is refused.
enum Schema {
  /// Every step, oldest first. Never edit a released step: add a new one.
  static let migrations: [(version: Int, sql: String)] = [
    (
      1,
      """
      CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE mentees (
        id TEXT PRIMARY KEY,
        surname TEXT NOT NULL DEFAULT '',
        forename TEXT NOT NULL DEFAULT '',
        year TEXT NOT NULL DEFAULT '',
        form TEXT NOT NULL DEFAULT '',
        mentor TEXT NOT NULL DEFAULT ''
      );
      CREATE TABLE attendance (
        mentee TEXT NOT NULL REFERENCES mentees (id),
        month TEXT NOT NULL,
        percent REAL NOT NULL,
        PRIMARY KEY (mentee, month)
      ) WITHOUT ROWID;
      CREATE TABLE subjects (name TEXT PRIMARY KEY, scale TEXT NOT NULL);
      CREATE TABLE months (label TEXT PRIMARY KEY, position INTEGER NOT NULL);
      CREATE TABLE results (
        mentee TEXT NOT NULL REFERENCES mentees (id),
        subject TEXT NOT NULL REFERENCES subjects (name),
        month TEXT NOT NULL REFERENCES months (label),
        target TEXT NOT NULL DEFAULT '',
        working_at TEXT NOT NULL DEFAULT '',
        predicted TEXT NOT NULL DEFAULT '',
        effort INTEGER,
        homework TEXT NOT NULL DEFAULT '',
        sheet TEXT NOT NULL,
        PRIMARY KEY (mentee, subject, month)
      ) WITHOUT ROWID;
      CREATE INDEX results_by_sheet ON results (sheet, month);
      CREATE TABLE sheet_loads (
        name TEXT NOT NULL,
        month TEXT NOT NULL,
        loaded_at TEXT NOT NULL,
        results INTEGER NOT NULL,
        PRIMARY KEY (name, month)
      );
      CREATE TABLE mappings (name TEXT PRIMARY KEY, columns TEXT NOT NULL);
      """
    ),
    (2, mentoring),
    (3, messages),
    (4, sequences),
    (5, nextMeeting),
    (6, compactResults),
    (7, reviewDueIsNotAFlag),
    (8, checksWithoutLists),
    (9, audit),
    (10, packedResults),
    (11, roster),
    (12, replacedIndexWithoutNulls),
  ]

  /// Step 2: the mentoring cycle: people, interventions and their checks, meetings,
  /// escalations, the strategy library and each mentee's history.
  ///
  /// Links to a mentee are checked at commit (`DEFERRABLE INITIALLY DEFERRED`), so one
  /// transaction may write rows in any order, and erasing a mentee later can remove the
  /// mentee first and then what refers to it. None of them cascades from `mentees`: a
  /// mentee is only ever updated in place (`assign`, a data sheet loaded again), and a
  /// slip that replaced the row must fail rather than take the mentee's records with it.
  /// Lists that keep an order (a meeting's praise, a library's strategies) carry a
  /// position; checks and history keep the order of their rowids.
  ///
  /// History is append-only: triggers refuse any change to a row, and any removal while
  /// its mentee is still in the database, which leaves erasure possible and nothing else.
  static let mentoring = """
    CREATE TABLE staff (
      name TEXT PRIMARY KEY,
      email TEXT NOT NULL DEFAULT '',
      roles TEXT NOT NULL DEFAULT '[]',
      subjects TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE carers (
      mentee TEXT NOT NULL REFERENCES mentees (id) DEFERRABLE INITIALLY DEFERRED,
      name TEXT NOT NULL,
      relationship TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX carers_by_mentee ON carers (mentee);
    CREATE TABLE interventions (
      id TEXT PRIMARY KEY,
      mentee TEXT NOT NULL REFERENCES mentees (id) DEFERRABLE INITIALLY DEFERRED,
      category TEXT NOT NULL
        CHECK (category IN ('Curriculum', 'Teacher', 'Student', 'Resources', 'Parent')),
      action TEXT NOT NULL,
      subject TEXT,
      staff TEXT,
      review TEXT,
      state TEXT NOT NULL CHECK (state IN ('agreed', 'communicated', 'understood',
        'implemented', 'not-implemented', 'working', 'not-working', 'revised', 'closed')),
      month TEXT NOT NULL,
      agreed_by TEXT NOT NULL,
      agreed_at TEXT NOT NULL,
      replaces TEXT REFERENCES interventions (id) DEFERRABLE INITIALLY DEFERRED,
      not_working TEXT
    );
    CREATE INDEX interventions_by_mentee ON interventions (mentee);
    CREATE INDEX interventions_by_replaced ON interventions (replaces);
    CREATE TABLE intervention_checks (
      intervention TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED,
      state TEXT NOT NULL CHECK (state IN ('agreed', 'communicated', 'understood',
        'implemented', 'not-implemented', 'working', 'not-working', 'revised', 'closed')),
      evidence TEXT NOT NULL DEFAULT '',
      checked_by TEXT NOT NULL,
      checked_at TEXT NOT NULL
    );
    CREATE INDEX intervention_checks_by_intervention ON intervention_checks (intervention);
    CREATE TABLE meetings (
      id TEXT PRIMARY KEY,
      mentee TEXT NOT NULL REFERENCES mentees (id) DEFERRABLE INITIALLY DEFERRED,
      month TEXT NOT NULL,
      mentor TEXT NOT NULL,
      opened_at TEXT NOT NULL,
      ended_at TEXT,
      understood INTEGER NOT NULL DEFAULT 0 CHECK (understood IN (0, 1)),
      serious INTEGER NOT NULL DEFAULT 0 CHECK (serious IN (0, 1))
    );
    CREATE INDEX meetings_by_mentee ON meetings (mentee);
    CREATE TABLE meeting_praise (
      meeting TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      subject TEXT,
      note TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (meeting, position)
    ) WITHOUT ROWID;
    CREATE TABLE meeting_excuses (
      meeting TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      said TEXT NOT NULL,
      answer TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (meeting, position)
    ) WITHOUT ROWID;
    CREATE TABLE meeting_notes (
      meeting TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      note TEXT NOT NULL,
      PRIMARY KEY (meeting, position)
    ) WITHOUT ROWID;
    CREATE TABLE meeting_agreed (
      meeting TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      intervention TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED,
      PRIMARY KEY (meeting, position)
    ) WITHOUT ROWID;
    CREATE INDEX meeting_agreed_by_intervention ON meeting_agreed (intervention);
    CREATE TABLE escalations (
      id TEXT PRIMARY KEY,
      mentee TEXT NOT NULL REFERENCES mentees (id) DEFERRABLE INITIALLY DEFERRED,
      recipient TEXT NOT NULL,
      reason TEXT NOT NULL,
      state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'acknowledged', 'resolved')),
      outcome TEXT NOT NULL DEFAULT '',
      raised_by TEXT NOT NULL,
      raised_at TEXT NOT NULL
    );
    CREATE INDEX escalations_by_mentee ON escalations (mentee);
    CREATE TABLE strategies (
      position INTEGER PRIMARY KEY,
      category TEXT NOT NULL
        CHECK (category IN ('Curriculum', 'Teacher', 'Student', 'Resources', 'Parent')),
      problem TEXT NOT NULL,
      strategy TEXT NOT NULL
    );
    CREATE TABLE history (
      mentee TEXT NOT NULL REFERENCES mentees (id) DEFERRABLE INITIALLY DEFERRED,
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      text TEXT NOT NULL
    );
    CREATE INDEX history_by_mentee ON history (mentee);
    CREATE TRIGGER history_is_not_changed BEFORE UPDATE ON history
    BEGIN
      SELECT RAISE(ABORT, 'history is append-only: a record cannot be changed');
    END;
    CREATE TRIGGER history_is_not_removed BEFORE DELETE ON history
    WHEN EXISTS (SELECT 1 FROM mentees WHERE id = OLD.mentee)
    BEGIN
      SELECT RAISE(ABORT, 'history is append-only: a record cannot be removed');
    END;
    """

  /// Step 3: messages. An escalation records when the message to its recipient was sent;
  /// one raised before this step has none, and `notify` sends it if it is still open.
  /// Interventions need no column: a communicated one is in state `communicated`.
  static let messages = """
    ALTER TABLE escalations ADD COLUMN notified_at TEXT;
    """

  /// Step 4: the last number given to each kind of record (`I` interventions, `M` meetings,
  /// `E` escalations), so that an id taken back by `undo` is never given again.
  static let sequences = """
    CREATE TABLE sequences (prefix TEXT PRIMARY KEY, last INTEGER NOT NULL);
    """

  /// Step 5: the date of the next meeting, when the mentor sets one at `end`.
  static let nextMeeting = """
    ALTER TABLE meetings ADD COLUMN next_meeting TEXT;
    """

  /// Step 6: results laid out for loading a year's data quickly and reading one mentee.
  ///
  /// The key runs mentee, month, subject, the order data sheets list them in, so a load
  /// appends instead of inserting all over the table, and one mentee's results sit
  /// together. The sheet a result came from is a number into `sheets` rather than its
  /// path repeated on every row, and the index by sheet is gone: loading the same sheet
  /// again is rare, and a scan then is cheap. The links to mentees, subjects and months
  /// are no longer checked by SQLite on every row, which tripled the cost of a load: the
  /// store writes a sheet's mentees, subjects and months before its results, in the same
  /// transaction, and removes a mentee's results with the mentee.
  static let compactResults = """
    CREATE TABLE sheets (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
    INSERT INTO sheets (name)
      SELECT name FROM sheet_loads UNION SELECT DISTINCT sheet FROM results ORDER BY 1;
    CREATE TABLE compact_results (
      mentee TEXT NOT NULL,
      month TEXT NOT NULL,
      subject TEXT NOT NULL,
      target TEXT NOT NULL DEFAULT '',
      working_at TEXT NOT NULL DEFAULT '',
      predicted TEXT NOT NULL DEFAULT '',
      effort INTEGER,
      homework TEXT NOT NULL DEFAULT '',
      sheet INTEGER NOT NULL,
      PRIMARY KEY (mentee, month, subject)
    ) WITHOUT ROWID;
    INSERT INTO compact_results
      SELECT r.mentee, r.month, r.subject, r.target, r.working_at, r.predicted, r.effort,
        r.homework, s.id
      FROM results AS r JOIN sheets AS s ON s.name = r.sheet
      ORDER BY r.mentee, r.month, r.subject;
    DROP TABLE results;
    ALTER TABLE compact_results RENAME TO results;
    """

  /// Step 8: the checks on categories and states written as comparisons joined by `OR`
  /// rather than as `IN` lists, which allow the same values.
  ///
  /// SQLite builds a temporary table for an `IN` list of more than two values every time it
  /// runs a statement that checks one, and that was a third of the cost of a bulk script of
  /// `agree` and `check`. Only the text of the checks changes, and existing rows meet the
  /// new checks as they met the old, so the tables' text is rewritten in place, as SQLite's
  /// documentation allows for such changes, instead of copying every table. Creating and
  /// dropping a table tells other connections that the schema changed.
  static let checksWithoutLists = """
    PRAGMA writable_schema = ON;
    UPDATE sqlite_schema SET sql = replace(replace(replace(sql,
        'category IN (''Curriculum'', ''Teacher'', ''Student'', ''Resources'', ''Parent'')',
        'category = ''Curriculum'' OR category = ''Teacher'' OR category = ''Student'''
          || ' OR category = ''Resources'' OR category = ''Parent'''),
        'state IN (''agreed'', ''communicated'', ''understood'',' || char(10)
          || '    ''implemented'', ''not-implemented'', ''working'', ''not-working'','
          || ' ''revised'', ''closed'')',
        'state = ''agreed'' OR state = ''communicated'' OR state = ''understood'''
          || char(10) || '    OR state = ''implemented'' OR state = ''not-implemented'''
          || ' OR state = ''working''' || char(10) || '    OR state = ''not-working'''
          || ' OR state = ''revised'' OR state = ''closed'''),
        'state IN (''open'', ''acknowledged'', ''resolved'')',
        'state = ''open'' OR state = ''acknowledged'' OR state = ''resolved''')
      WHERE type = 'table'
        AND name IN ('interventions', 'intervention_checks', 'escalations', 'strategies');
    PRAGMA writable_schema = RESET;
    CREATE TABLE schema_changed (unused);
    DROP TABLE schema_changed;
    """

  /// Step 9: the audit, which takes over from `history`, and what erasure and retention
  /// need on a mentee: the day they left and when their personal data was erased.
  ///
  /// Every change is one row: when, who (the person at the keyboard), what kind of change,
  /// the mentee it was about (none for a school-wide change such as a load), what happened
  /// in words, and the values before and after where a change has them. A mentee's history
  /// is the rows about them, so a change writes one row, as it wrote one history line, and
  /// a row must name a mentee in the database, as a history line had to.
  ///
  /// The audit is append-only: triggers refuse every removal, and every change of a row
  /// but one. Erasing a mentee first gives their row an anonymous key in place of their id
  /// and marks it erased; after that, and only about a mentee so marked, a row may take
  /// that key and lose its words and values, keeping when, who and what kind.
  static let audit = """
    ALTER TABLE mentees ADD COLUMN left_on TEXT;
    ALTER TABLE mentees ADD COLUMN erased_at TEXT;
    CREATE TABLE audit (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      by TEXT NOT NULL,
      kind TEXT NOT NULL,
      mentee TEXT REFERENCES mentees (id) DEFERRABLE INITIALLY DEFERRED,
      what TEXT,
      before TEXT,
      after TEXT
    );
    INSERT INTO audit (at, by, kind, mentee, what)
      SELECT recorded_at, recorded_by, 'record', mentee, text FROM history ORDER BY rowid;
    DROP TABLE history;
    CREATE INDEX audit_by_mentee ON audit (mentee) WHERE mentee IS NOT NULL;
    """
    + auditTriggers

  /// The triggers that keep the audit append-only, apart from erasure (see `audit`).
  static let auditTriggers = """
    CREATE TRIGGER audit_is_not_removed BEFORE DELETE ON audit
    BEGIN
      SELECT RAISE(ABORT, 'the audit is append-only: a record cannot be removed');
    END;
    CREATE TRIGGER audit_is_not_changed BEFORE UPDATE ON audit
    WHEN NOT (NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.by = OLD.by AND NEW.kind = OLD.kind
      AND NEW.what IS NULL AND NEW.before IS NULL AND NEW.after IS NULL
      AND OLD.mentee IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM mentees WHERE id = OLD.mentee AND erased_at IS NULL)
      AND EXISTS (SELECT 1 FROM mentees WHERE id = NEW.mentee AND erased_at IS NOT NULL))
    BEGIN
      SELECT RAISE(ABORT, 'the audit is append-only: a record cannot be changed');
    END;
    """

  /// Step 10: one `results` row for each mentee and month, holding every subject's cells,
  /// where there was one row for each subject: a year's data sheet of a million results is
  /// a hundred thousand rows, so a load inserts a tenth as many keys into the table and
  /// writes a smaller file.
  ///
  /// `cells` holds, for each subject, seven fields one after another (subject, the sheet's
  /// number, target, working at, predicted, effort, homework), each its length in UTF-8
  /// bytes in decimal, a colon and its bytes (see `ResultCells`); an effort not given is an
  /// empty field. `subjects` counts them, so SQL can count results without reading cells.
  static let packedResults = """
    CREATE TABLE packed_results (
      mentee TEXT NOT NULL,
      month TEXT NOT NULL,
      subjects INTEGER NOT NULL,
      cells BLOB NOT NULL,
      PRIMARY KEY (mentee, month)
    ) WITHOUT ROWID;
    INSERT INTO packed_results (mentee, month, subjects, cells)
      SELECT mentee, month, count(*), CAST(group_concat(cell, '') AS BLOB)
      FROM (
        SELECT mentee, month,
          length(CAST(subject AS BLOB)) || ':' || subject
          || length(CAST(sheet AS BLOB)) || ':' || sheet
          || length(CAST(target AS BLOB)) || ':' || target
          || length(CAST(working_at AS BLOB)) || ':' || working_at
          || length(CAST(predicted AS BLOB)) || ':' || predicted
          || CASE WHEN effort IS NULL THEN '0:'
            ELSE length(CAST(CAST(effort AS INTEGER) AS BLOB)) || ':' || CAST(effort AS INTEGER)
            END
          || length(CAST(homework AS BLOB)) || ':' || homework AS cell
        FROM results ORDER BY mentee, month, subject)
      GROUP BY mentee, month
      ORDER BY mentee, month;
    DROP TABLE results;
    ALTER TABLE packed_results RENAME TO results;
    """

  // Shortcoming: a load pays for the roster: each mentee it writes fires a trigger (about
  // 4,000 instructions) and its commit packs the roster again (3,300 a mentee), 0.8% more
  // instructions for 100,000 results of 1,000 mentees (1,389 M against 1,378 M).
  /// Step 11: the roster, one row holding every mentee's fields packed, so that starting
  /// reads one row instead of stepping through every mentee (`Roster`).
  ///
  /// `packed` holds, for each mentee, seven fields one after another (id, surname,
  /// forename, year, form, mentor, and `1` when their personal data was erased or `0`),
  /// each its length in UTF-8 bytes in decimal, a colon and its bytes, as `results.cells`
  /// holds cells; `mentees` counts them. Any change to `mentees`, by whatever writes it,
  /// removes the row; the store builds it again before its transaction commits
  /// (`Roster.rebuild`, which writes the bytes this step's last statement writes), and
  /// start reads the table while there is none. The triggers delete by key: `DELETE` of
  /// every row clears the table's page even when it is empty, a page written for every
  /// mentee a load stores.
  static let roster = """
    CREATE TABLE roster (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      mentees INTEGER NOT NULL,
      packed BLOB NOT NULL
    );
    CREATE TRIGGER roster_stale_after_insert AFTER INSERT ON mentees
    BEGIN
      DELETE FROM roster WHERE id = 1;
    END;
    CREATE TRIGGER roster_stale_after_update AFTER UPDATE ON mentees
    BEGIN
      DELETE FROM roster WHERE id = 1;
    END;
    CREATE TRIGGER roster_stale_after_delete AFTER DELETE ON mentees
    BEGIN
      DELETE FROM roster WHERE id = 1;
    END;
    INSERT INTO roster (id, mentees, packed)
      SELECT 1, count(*), CAST(coalesce(group_concat(mentee, ''), '') AS BLOB)
      FROM (
        SELECT length(CAST(coalesce(id, '') AS BLOB)) || ':' || coalesce(id, '')
          || length(CAST(coalesce(surname, '') AS BLOB)) || ':' || coalesce(surname, '')
          || length(CAST(coalesce(forename, '') AS BLOB)) || ':' || coalesce(forename, '')
          || length(CAST(coalesce(year, '') AS BLOB)) || ':' || coalesce(year, '')
          || length(CAST(coalesce(form, '') AS BLOB)) || ':' || coalesce(form, '')
          || length(CAST(coalesce(mentor, '') AS BLOB)) || ':' || coalesce(mentor, '')
          || CASE WHEN erased_at IS NULL THEN '1:0' ELSE '1:1' END AS mentee
        FROM mentees);
    """

  /// Step 12: the index of interventions by the one each replaces holds only those that
  /// replace one, a few revisions among many interventions, where it held an entry for
  /// every intervention, `NULL` for most: each `agree` wrote one more b-tree entry. SQLite
  /// uses it as before to find the interventions that replace one being removed, since a
  /// search for `replaces = ?` can only match a row whose `replaces` is not `NULL`.
  static let replacedIndexWithoutNulls = """
    DROP INDEX interventions_by_replaced;
    CREATE INDEX interventions_by_replaced ON interventions (replaces)
      WHERE replaces IS NOT NULL;
    """

  /// The newest version this build knows.
  static var version: Int { migrations.last?.version ?? 0 }

  // Shortcoming: SQL cannot judge improvement, so an intervention flagged for its review
  // date that had not improved either loses its flag until the next month is loaded.
  /// Step 7: a passed review date no longer flags an intervention not working; it makes
  /// the review due, which is worked out from the date. Flags stored for that reason
  /// alone are cleared; the next month loaded judges those interventions afresh.
  static let reviewDueIsNotAFlag = """
    UPDATE interventions SET not_working = NULL WHERE not_working LIKE 'review date % has passed';
    """
}
