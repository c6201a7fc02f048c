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
    )
  ]

  /// The newest version this build knows.
  static var version: Int { migrations.last?.version ?? 0 }
}
