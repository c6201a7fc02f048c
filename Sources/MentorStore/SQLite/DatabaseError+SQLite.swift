import CSQLite
import Foundation

extension DatabaseError {
  /// Turns a failed SQLite result code into the matching case; the one place that does so.
  ///
  /// - Parameters:
  ///   - resultCode: The (possibly extended) code a `sqlite3_*` call returned.
  ///   - connection: The connection that failed, whose `sqlite3_errmsg` explains the code;
  ///     `nil` when there is none yet.
  ///   - path: The database file, named in errors about the file itself.
  init(resultCode: Int32, connection: OpaquePointer?, path: String) {
    let message: String
    if let connection {
      message = String(cString: sqlite3_errmsg(connection))
    } else {
      message = String(cString: sqlite3_errstr(resultCode))
    }

    switch resultCode & 0xff {
    case SQLITE_IOERR where connection.map(Self.outOfRoom) ?? false:
      self = .full
    case SQLITE_BUSY:
      self = .busy
    case SQLITE_FULL:
      self = .full
    case SQLITE_CONSTRAINT:
      self = .constraint(message)
    case SQLITE_NOTADB:
      self = .notADatabase(path: path)
    case SQLITE_READONLY:
      self = .readOnly(path: path)
    case SQLITE_CANTOPEN:
      self = .cannotOpen(path: path, reason: message)
    default:
      self = .sqlite(code: resultCode, message: message)
    }
  }

  /// Whether the last failed system call of `connection` found no room to write: the disk
  /// or the user's quota full, or the file at the size limit (`ulimit -f`). SQLite reports
  /// a short write as full, but a write refused outright only as a disk I/O error.
  // Shortcoming: a write refused in the middle of a load (a size limit the open itself
  // fits under) still comes out as "SQLite error 778: disk I/O error"; the change is rolled
  // back, but the errno seen here by then is no longer EFBIG. Not yet traced.
  private static func outOfRoom(_ connection: OpaquePointer) -> Bool {
    [ENOSPC, EFBIG, EDQUOT].contains(sqlite3_system_errno(connection))
  }
}
