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
    case SQLITE_IOERR where connection.map(Self.outOfRoom) ?? false || Self.noRoomLeft(for: path):
      self = .full
    case SQLITE_BUSY:
      self = .busy
    case SQLITE_INTERRUPT:
      self = .interrupted
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
  ///
  /// SQLite reads `errno` when it reports the error, after undoing the transaction: by then
  /// a later call may have replaced it, so `noRoomLeft(for:)` looks at the files as well.
  private static func outOfRoom(_ connection: OpaquePointer) -> Bool {
    [ENOSPC, EFBIG, EDQUOT].contains(sqlite3_system_errno(connection))
  }

  /// How close to the end of the room a file may come before a write of a few pages fails.
  static let roomForAWrite = 64 * 1024

  /// Whether the database at `path` has no room to grow: the file system holding it has
  /// less than `roomForAWrite` free, or the database, its write-ahead log or its journal is
  /// within that of the file size limit (`ulimit -f`).
  // Shortcoming: a full quota (EDQUOT) is only seen through `errno`, which a later call may
  // have replaced; the quota itself is not looked up.
  static func noRoomLeft(for path: String) -> Bool {
    var fileSystem = statvfs()
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    if statvfs(folder, &fileSystem) == 0 {
      let blocks = geteuid() == 0 ? fileSystem.f_bfree : fileSystem.f_bavail
      if UInt64(blocks) * UInt64(fileSystem.f_frsize) < UInt64(roomForAWrite) { return true }
    }

    var limit = rlimit()
    let fileSize = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
    // RLIM_INFINITY is all bits set, which Swift does not import.
    guard getrlimit(fileSize, &limit) == 0, limit.rlim_cur != rlim_t.max else { return false }
    return ["", "-wal", "-journal"].contains { suffix in
      var status = stat()
      guard stat(path + suffix, &status) == 0 else { return false }
      return UInt64(status.st_size) + UInt64(roomForAWrite) > UInt64(limit.rlim_cur)
    }
  }
}
