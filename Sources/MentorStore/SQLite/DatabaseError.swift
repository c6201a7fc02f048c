/// Everything that can go wrong while opening or using a mentor database.
///
/// Cases carry data only; the words a teacher reads are all in `message`. Result codes
/// from SQLite become these cases in one place, `init(resultCode:connection:path:)`.
public enum DatabaseError: Error, Sendable, Equatable {
  /// The file could not be opened or created; `reason` is the system's explanation.
  case cannotOpen(path: String, reason: String)

  /// The path names a folder, not a file.
  case isDirectory(path: String)

  /// The file exists but is not a SQLite database.
  case notADatabase(path: String)

  /// Users other than the owner can change the file, so it is not opened.
  case unsafePermissions(path: String)

  /// The file, or the folder that must hold its companion files, cannot be written.
  case readOnly(path: String)

  /// Another connection kept the database locked for longer than the busy timeout.
  case busy

  /// The disk is full (`SQLITE_FULL`).
  case full

  /// Ctrl-C stopped a statement (`StatementInterruption`); its transaction was undone.
  case interrupted

  /// Another session changed the database after the command read it and before it wrote,
  /// so what the command decided may no longer hold (see `Store.expectedVersion`).
  case changedElsewhere

  /// A change failed half-way inside a transaction whose levels keep no savepoints (see
  /// `Database.nestedLevelsAreSavepoints`), or SQLite undid the transaction on its own, so
  /// the whole transaction was undone and nothing more is stored in it.
  case transactionUndone

  /// A change broke a rule of the schema, such as `UNIQUE` or a foreign key.
  case constraint(String)

  /// A mentee to be erased is no longer in the database, or was erased already: another
  /// session erased them since the school was read.
  case notInDatabase(String)

  /// A mentee to be erased has a meeting open: another session may have opened it since
  /// the school was read.
  case erasureInMeeting(String)

  /// Any other SQLite failure, with its extended result code and SQLite's own text.
  case sqlite(code: Int32, message: String)

  /// The database was written by a newer version of mentor than this one.
  case newerSchema(found: Int, supported: Int)

  /// A statement was given a different number of values than it has parameters.
  case parameterCount(expected: Int, given: Int, sql: String)

  /// Text given to `prepare` held no statement, or more than one.
  case notOneStatement(sql: String)

  /// The explanation shown to the user: sentence case, paths in single quotes, no full stop.
  public var message: String {
    switch self {
    case .cannotOpen(let path, let reason):
      return "Cannot open '\(path)': \(reason)"
    case .isDirectory(let path):
      return "'\(path)' is a folder, not a database file"
    case .notADatabase(let path):
      return "'\(path)' is not a database file"
    case .unsafePermissions(let path):
      return "Other users can change '\(path)', which holds data about children;"
        + " make it private with: chmod 600 '\(path)'"
    case .readOnly(let path):
      return "'\(path)' is read-only, and mentor needs to write there"
    case .busy:
      return "The database is busy with another mentor session; try again in a moment"
    case .full:
      return "The disk is full, so the change was not saved; free some space and try again"
    case .interrupted:
      return "Interrupted, so the change was not saved"
    case .changedElsewhere:
      return "Another mentor session kept changing the same records, so the change was not"
        + " saved; try again in a moment"
    case .transactionUndone:
      return "An earlier change of this run failed half-way, so everything the run stored"
        + " was undone and nothing more can be stored before it ends"
    case .constraint(let detail):
      return "The change was not saved because it breaks a rule of the database: \(detail)"
    case .notInDatabase(let id):
      return "No mentee has the id '\(id)' any more (perhaps already erased), so nothing"
        + " was erased"
    case .erasureInMeeting(let id):
      return "A meeting with \(id) is open: 'end' it first; nothing was erased"
    case .sqlite(let code, let message):
      return "SQLite error \(code): \(message)"
    case .newerSchema(let found, let supported):
      return "This database comes from a newer mentor (schema version \(found));"
        + " this mentor knows versions up to \(supported), so update it first"
    case .parameterCount(let expected, let given, let sql):
      return "Internal error: the statement takes \(expected) values but was given"
        + " \(given): \(sql)"
    case .notOneStatement(let sql):
      return "Internal error: expected exactly one SQL statement: \(sql)"
    }
  }
}

extension DatabaseError: CustomStringConvertible {
  /// The same text as `message`, so string interpolation reads well.
  public var description: String {
    message
  }
}
