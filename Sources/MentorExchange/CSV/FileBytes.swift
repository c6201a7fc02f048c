import Glibc

/// Reads a whole file into memory; the one place the CSV reader calls the C library.
enum FileBytes {
  /// Returns every byte of the regular file at `path`.
  ///
  /// - Throws: ``CSVError/cannotRead(path:reason:)`` with the system's explanation when the
  ///   file cannot be opened or read, or when the path names a directory.
  static func contents(ofFile path: String) throws(CSVError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(path, code: errno) }
    defer { close(descriptor) }

    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw failure(path, code: errno) }
    if status.st_mode & S_IFMT == S_IFDIR {
      throw failure(path, code: EISDIR)
    }

    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(status.st_size))
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { break }
      if count < 0 {
        if errno == EINTR { continue }
        throw failure(path, code: errno)
      }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }

  /// Makes the error for `path` from a C error number.
  private static func failure(_ path: String, code: Int32) -> CSVError {
    .cannotRead(path: path, reason: String(cString: strerror(code)))
  }
}
