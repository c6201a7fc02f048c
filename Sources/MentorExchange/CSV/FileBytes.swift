import Glibc

/// Reads a whole file into memory; the one place the CSV reader calls the C library.
enum FileBytes {
  /// The largest data sheet read, in bytes: 2 GiB, far more than a school's year of data.
  static let largestDataSheet = 2 << 30

  /// Returns every byte of the regular file at `path`.
  ///
  /// The file's kind is checked before it is opened, since opening a named pipe waits for
  /// a writer, and its size before it is read, since a device such as `/dev/zero` never
  /// ends.
  ///
  /// - Throws: ``CSVError/notAFile(path:kind:)`` for a folder, a device, a named pipe or a
  ///   socket; ``CSVError/tooLarge(path:limit:)`` for a file over `largestDataSheet`;
  ///   ``CSVError/cannotRead(path:reason:)`` with the system's explanation when the file
  ///   cannot be opened or read.
  static func contents(ofFile path: String) throws(CSVError) -> [UInt8] {
    var status = stat()
    guard stat(path, &status) == 0 else { throw failure(path, code: errno) }
    try requireRegularFile(path, status)

    // Not blocking: should the path change to a named pipe after the check, open returns.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw failure(path, code: errno) }
    defer { close(descriptor) }
    guard fstat(descriptor, &status) == 0 else { throw failure(path, code: errno) }
    try requireRegularFile(path, status)
    guard status.st_size <= largestDataSheet else {
      throw .tooLarge(path: path, limit: largestDataSheet)
    }

    return try readAll(descriptor, path: path, expected: Int(status.st_size))
  }

  /// Reads a descriptor to its end, refusing to read more than `largestDataSheet`.
  private static func readAll(
    _ descriptor: Int32, path: String, expected: Int
  ) throws(CSVError) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(expected)
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { break }
      if count < 0 {
        if errno == EINTR { continue }
        throw failure(path, code: errno)
      }
      guard bytes.count + count <= largestDataSheet else {
        throw .tooLarge(path: path, limit: largestDataSheet)
      }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }

  /// Throws unless the status is that of a regular file, or a link to one.
  private static func requireRegularFile(_ path: String, _ status: stat) throws(CSVError) {
    switch status.st_mode & S_IFMT {
    case S_IFREG: return
    case S_IFDIR: throw .notAFile(path: path, kind: .folder)
    case S_IFCHR, S_IFBLK: throw .notAFile(path: path, kind: .device)
    case S_IFIFO: throw .notAFile(path: path, kind: .namedPipe)
    case S_IFSOCK: throw .notAFile(path: path, kind: .socket)
    default: throw .notAFile(path: path, kind: .other)
    }
  }

  /// Makes the error for `path` from a C error number.
  private static func failure(_ path: String, code: Int32) -> CSVError {
    .cannotRead(path: path, reason: String(cString: strerror(code)))
  }
}
