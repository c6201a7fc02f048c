import Glibc

/// Checks the file behind a database, and creates a new one, before SQLite opens it.
///
/// A mentor database holds data about children, so a new file is made readable and writable
/// by its owner alone (mode 0600) whatever the umask, and an existing file that other users
/// can change is refused. SQLite gives its `-wal` and `-shm` companion files the mode of the
/// database file; `restrictCompanions(of:)` makes sure of it.
enum DatabaseFile {
  /// Owner may read and write; nobody else may do anything.
  static let privateMode: mode_t = 0o600

  /// The 16 bytes every SQLite database file starts with.
  static let header = Array("SQLite format 3\0".utf8)

  /// Makes sure `path` is fit to open, creating an empty private file if there is none.
  ///
  /// - Throws: `DatabaseError.isDirectory`, `.notADatabase`, `.unsafePermissions`,
  ///   `.readOnly` or `.cannotOpen`, each naming the path at fault.
  static func prepare(_ path: String) throws(DatabaseError) {
    var info = stat()
    guard stat(path, &info) == 0 else {
      let failure = errno
      guard failure == ENOENT else {
        throw .cannotOpen(path: path, reason: describe(failure))
      }
      return try create(path)
    }

    try checkExisting(path, info)
  }

  /// Sets the `-wal` and `-shm` files of `path` to mode 0600.
  ///
  /// - Returns: `true` when both files exist and are now private, `false` when either is
  ///   missing (SQLite has not created it yet) or could not be changed.
  @discardableResult
  static func restrictCompanions(of path: String) -> Bool {
    var restricted = true
    for suffix in ["-wal", "-shm"] where chmod(path + suffix, privateMode) != 0 {
      restricted = false
    }
    return restricted
  }

  /// Creates an empty file at `path` with mode 0600, refusing to replace one.
  private static func create(_ path: String) throws(DatabaseError) {
    let descriptor = open(path, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, privateMode)
    guard descriptor >= 0 else {
      let failure = errno
      switch failure {
      case EEXIST:
        // Created by someone else since `stat`, or a symbolic link to nowhere.
        var info = stat()
        guard stat(path, &info) == 0 else {
          throw .cannotOpen(path: path, reason: describe(errno))
        }
        return try checkExisting(path, info)
      case EACCES, EROFS, EPERM:
        throw .readOnly(path: folder(of: path))
      default:
        throw .cannotOpen(path: path, reason: describe(failure))
      }
    }
    defer { close(descriptor) }

    // The umask may have removed bits from the mode given to open; set it exactly.
    guard fchmod(descriptor, privateMode) == 0 else {
      throw .cannotOpen(path: path, reason: describe(errno))
    }
  }

  /// Refuses an existing path that is not a private, writable SQLite database file.
  private static func checkExisting(_ path: String, _ info: stat) throws(DatabaseError) {
    let kind = info.st_mode & S_IFMT
    guard kind != S_IFDIR else {
      throw .isDirectory(path: path)
    }
    guard kind == S_IFREG else {
      throw .notADatabase(path: path)
    }

    try checkContents(path)

    guard info.st_mode & (S_IWGRP | S_IWOTH) == 0 else {
      throw .unsafePermissions(path: path)
    }

    guard access(path, W_OK) == 0 else {
      throw .readOnly(path: path)
    }

    // WAL mode keeps its -wal and -shm files beside the database, so the folder must
    // be writable too.
    let folder = folder(of: path)
    guard access(folder, W_OK) == 0 else {
      throw .readOnly(path: folder)
    }
  }

  /// Reads the start of the file and refuses it unless it is empty or a SQLite database.
  private static func checkContents(_ path: String) throws(DatabaseError) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .cannotOpen(path: path, reason: describe(errno))
    }
    defer { close(descriptor) }

    var start = [UInt8](repeating: 0, count: header.count)
    let count = start.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    guard count >= 0 else {
      throw .cannotOpen(path: path, reason: describe(errno))
    }

    // An empty file is a database with nothing in it yet; SQLite will initialise it.
    guard count == 0 || start == header else {
      throw .notADatabase(path: path)
    }
  }

  /// The folder that holds `path`: everything before its last slash.
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else {
      return "."
    }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// The system's wording for an `errno` value.
  private static func describe(_ failure: Int32) -> String {
    String(cString: strerror(failure))
  }
}
