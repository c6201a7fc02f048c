import EditLineShim

#if canImport(Glibc)
  import Glibc
#endif

/// The one place where the shell calls the C library for files, terminals and text.
///
/// Each function wraps one POSIX call (named in its summary) and turns C conventions
/// (return codes, `errno`, C strings) into Swift values. A failure is returned as the
/// `errno` code; `describe(_:)` gives its wording.
enum SystemCalls {
  /// The locale `useUTF8Characters()` falls back to when the environment's is not UTF-8.
  static let utf8FallbackLocale = "C.UTF-8"

  /// Whether `descriptor` is a terminal: `isatty`.
  static func isTerminal(_ descriptor: Int32) -> Bool {
    isatty(descriptor) == 1
  }

  /// Reads up to `count` bytes, retrying when a signal interrupts the wait: `read`.
  ///
  /// - Returns: The bytes read, empty at end of input, or the `errno` code of a failure.
  static func read(_ descriptor: Int32, upTo count: Int) -> Result<[UInt8], SystemCallFailure> {
    var bytes = [UInt8](repeating: 0, count: count)
    while true {
      let got = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, count) }
      if got >= 0 {
        bytes.removeSubrange(got...)
        return .success(bytes)
      }
      if errno != EINTR {
        return .failure(SystemCallFailure(code: errno))
      }
    }
  }

  /// Opens a file for reading: `open(path, O_RDONLY | O_CLOEXEC)`.
  static func openForReading(_ path: String) -> Result<Int32, SystemCallFailure> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    return descriptor >= 0 ? .success(descriptor) : .failure(SystemCallFailure(code: errno))
  }

  /// The `errno` code of the latest failed call on this thread.
  static var lastErrorCode: Int32 {
    errno
  }

  /// The `errno` code of a call that a signal interrupted: `EINTR`.
  static let interruptedCode = EINTR

  /// The `errno` code for a folder where a file was expected: `EISDIR`.
  static let isFolderCode = EISDIR

  /// Closes a descriptor, ignoring failure as there is nothing left to do: `close`.
  static func close(_ descriptor: Int32) {
    _ = Glibc.close(descriptor)
  }

  /// What is at `path`, following symbolic links: `stat`.
  static func kind(of path: String) -> FileKind {
    status(of: path).kind
  }

  /// What is at `path` and its size in bytes, following symbolic links: `stat`.
  static func status(of path: String) -> (kind: FileKind, size: Int) {
    var status = stat()
    guard stat(path, &status) == 0 else { return (.missing, 0) }

    let kind: FileKind
    switch status.st_mode & S_IFMT {
    case S_IFREG: kind = .file
    case S_IFDIR: kind = .folder
    case S_IFCHR, S_IFBLK: kind = .device
    case S_IFIFO: kind = .namedPipe
    case S_IFSOCK: kind = .socket
    default: kind = .other
    }
    return (kind, Int(status.st_size))
  }

  /// The permission bits of `path`, such as `0o600`: `stat`.
  static func permissions(of path: String) -> UInt32? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return UInt32(status.st_mode) & 0o7777
  }

  /// Creates a folder and sets its permissions exactly, whatever the umask: `mkdir`, `chmod`.
  static func makeFolder(_ path: String, permissions: UInt32) -> SystemCallFailure? {
    guard mkdir(path, mode_t(permissions)) == 0 else { return SystemCallFailure(code: errno) }
    return chmod(path, mode_t(permissions)) == 0 ? nil : SystemCallFailure(code: errno)
  }

  /// Creates a file if none is there and sets the permissions of a new one exactly:
  /// `open(O_CREAT | O_EXCL)`, `fchmod`.
  static func makeFileIfMissing(_ path: String, permissions: UInt32) -> SystemCallFailure? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(permissions))
    if descriptor < 0 {
      return errno == EEXIST ? nil : SystemCallFailure(code: errno)
    }
    defer { _ = Glibc.close(descriptor) }
    return fchmod(descriptor, mode_t(permissions)) == 0 ? nil : SystemCallFailure(code: errno)
  }

  /// Creates a new owner-only file named `prefix` plus six random characters: `mkstemp`.
  ///
  /// - Returns: The file's path and a stream open for writing to it.
  static func makeTemporaryFile(
    prefix: String
  ) -> Result<(path: String, stream: CFileStream), SystemCallFailure> {
    var template = Array((prefix + "XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { return .failure(SystemCallFailure(code: errno)) }

    let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    guard fchmod(descriptor, 0o600) == 0, let stream = fdopen(descriptor, "w") else {
      let failure = SystemCallFailure(code: errno)
      _ = Glibc.close(descriptor)
      _ = unlink(path)
      return .failure(failure)
    }
    return .success((path, stream))
  }

  /// The user id that owns `path`, following symbolic links: `stat`.
  static func owner(of path: String) -> UInt32? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return UInt32(status.st_uid)
  }

  /// The user id this process runs as: `getuid`.
  static var currentUser: UInt32 {
    UInt32(getuid())
  }

  /// Creates a new file with exactly these permissions and writes `bytes` to disk, or
  /// fails if anything is at `path` already: `open(O_CREAT | O_EXCL | O_NOFOLLOW)`,
  /// `fchmod`, `write`, `fsync`, `close`. A file left half written is removed.
  static func writeNewFile(
    _ path: String, _ bytes: [UInt8], permissions: UInt32
  ) -> SystemCallFailure? {
    let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
    let descriptor = open(path, flags, mode_t(permissions))
    guard descriptor >= 0 else { return SystemCallFailure(code: errno) }

    var failure: SystemCallFailure?
    if fchmod(descriptor, mode_t(permissions)) != 0 { failure = SystemCallFailure(code: errno) }
    var offset = 0
    while failure == nil, offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress, $0.count)
      }
      if written > 0 {
        offset += written
      } else if errno != EINTR {
        failure = SystemCallFailure(code: written == 0 ? EIO : errno)
      }
    }
    if failure == nil, fsync(descriptor) != 0 { failure = SystemCallFailure(code: errno) }
    if Glibc.close(descriptor) != 0, failure == nil { failure = SystemCallFailure(code: errno) }
    if failure != nil { _ = unlink(path) }
    return failure
  }

  /// Gives the file at `source` a second name, failing if `target` exists: `link`.
  static func link(_ source: String, to target: String) -> SystemCallFailure? {
    Glibc.link(source, target) == 0 ? nil : SystemCallFailure(code: errno)
  }

  /// The `errno` code for a name that is taken: `EEXIST`.
  static let existsCode = EEXIST

  /// Flushes and closes a stream: `fclose`.
  static func closeStream(_ stream: CFileStream) -> SystemCallFailure? {
    fclose(stream) == 0 ? nil : SystemCallFailure(code: errno)
  }

  /// Puts the file at `source` in the place of `target` in one step: `rename`.
  static func rename(_ source: String, to target: String) -> SystemCallFailure? {
    Glibc.rename(source, target) == 0 ? nil : SystemCallFailure(code: errno)
  }

  /// Removes a file, ignoring failure: `unlink`.
  static func remove(_ path: String) {
    _ = unlink(path)
  }

  /// Writes text to a stream and flushes it: `fputs`, `fflush`.
  static func write(_ text: String, to stream: CFileStream) {
    _ = fputs(text, stream)
    _ = fflush(stream)
  }

  /// Sets the process umask and returns the one before: `umask`.
  @discardableResult
  static func setFileCreationMask(_ mask: UInt32) -> UInt32 {
    UInt32(umask(mode_t(mask)))
  }

  /// The wording the C library gives for an `errno` code: `strerror`.
  static func describe(_ code: Int32) -> String {
    String(cString: strerror(code))
  }

  /// Makes the character type locale UTF-8 so that libedit reads and writes UTF-8:
  /// `setlocale(LC_CTYPE, "")`, then `C.UTF-8` if the environment's locale is not UTF-8.
  ///
  /// - Returns: Whether the character set is now UTF-8.
  @discardableResult
  static func useUTF8Characters() -> Bool {
    _ = setlocale(LC_CTYPE, "")
    if characterSetIsUTF8() {
      return true
    }
    _ = setlocale(LC_CTYPE, utf8FallbackLocale)
    return characterSetIsUTF8()
  }

  /// Whether the current character set is UTF-8: `nl_langinfo(nl_item(CODESET))`.
  static func characterSetIsUTF8() -> Bool {
    guard let name = nl_langinfo(nl_item(CODESET)) else { return false }
    let normalized = String(cString: name).uppercased().filter { $0 != "-" }
    return normalized == "UTF8"
  }

  /// How many terminal columns `text` takes, counting 1 for any character of unknown
  /// width: `wcwidth` (through the shim) per Unicode scalar.
  static func displayWidth(of text: String) -> Int {
    text.unicodeScalars.reduce(0) { total, scalar in
      let width = mentor_wcwidth(wchar_t(bitPattern: scalar.value))
      return total + (width < 0 ? 1 : Int(width))
    }
  }
}

/// A C standard I/O stream (`FILE *`), for the few places that hand one to libedit.
typealias CFileStream = UnsafeMutablePointer<FILE>

/// An `errno` code from a failed C library call.
struct SystemCallFailure: Error, Equatable {
  /// The `errno` value.
  var code: Int32
}

/// What a path names: nothing, a regular file, or something that cannot be read as one.
public enum FileKind: Equatable, Sendable {
  /// Nothing is there.
  case missing
  /// A regular file.
  case file
  /// A folder (directory).
  case folder
  /// A character or block device, such as `/dev/zero`.
  case device
  /// A named pipe (fifo), which waits for a writer.
  case namedPipe
  /// A Unix socket.
  case socket
  /// Anything else.
  case other
}
