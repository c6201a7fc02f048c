import Foundation

/// Writing files that hold data about children: readable and writable by their owner only.
enum PrivateFile {
  /// Writes `text` to `path`, creating the file with mode 0600 whatever the umask.
  static func write(_ text: String, to path: String) throws(ShellError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else {
      throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    fchmod(descriptor, 0o600)
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        Foundation.write(descriptor, $0.baseAddress, $0.count)
      }
      guard written > 0 else {
        throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
      }
      offset += written
    }
  }
}
