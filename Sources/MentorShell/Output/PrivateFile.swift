import Foundation

/// Writing files that hold data about children: readable and writable by their owner only,
/// and never left half written.
enum PrivateFile {
  /// Writes `text` to `path` whole, creating the file with mode 0600 whatever the umask.
  ///
  /// The text goes to a new temporary file in the same folder, which then takes the
  /// file's name in one step (`rename`), so a reader sees the old file or the whole new
  /// one, and a failure leaves the old one as it was. A symbolic link at `path` to a
  /// regular file is replaced by the new file; what it pointed to is left alone.
  ///
  /// - Throws: `.cannotReplace` when `path` names a folder, a device or anything but a
  ///   regular file; `.noSuchFolder` when its folder is missing; `.cannotWrite` with the
  ///   system's reason when the folder cannot be written to or the disk is full.
  static func write(_ text: String, to path: String) throws(ShellError) {
    let kind = SystemCalls.kind(of: path)
    guard kind == .missing || kind == .file else { throw .cannotReplace(path: path, kind: kind) }
    let folder = (path as NSString).deletingLastPathComponent
    guard folder.isEmpty || SystemCalls.kind(of: folder) == .folder else {
      throw .noSuchFolder(path: path, folder: folder)
    }

    let name = (path as NSString).lastPathComponent
    let template = (folder.isEmpty ? "" : folder + "/") + ".\(name).part-XXXXXX"
    var temporary = Array(template.utf8CString)
    let descriptor = mkstemp(&temporary)
    guard descriptor >= 0 else { throw failure(path) }
    let temporaryPath = String(cString: temporary)
    do throws(ShellError) {
      defer { close(descriptor) }
      fchmod(descriptor, 0o600)
      try writeAll(Array(text.utf8), to: descriptor, path: path)
      guard fsync(descriptor) == 0 else { throw failure(path) }
    } catch {
      unlink(temporaryPath)
      throw error
    }
    guard rename(temporaryPath, path) == 0 else {
      let error = failure(path)
      unlink(temporaryPath)
      throw error
    }
  }

  /// Writes every byte to an open file, retrying after interrupted and partial writes.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String)
    throws(ShellError)
  {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        Foundation.write(descriptor, $0.baseAddress, $0.count)
      }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { throw failure(path) }
      offset += written
    }
  }

  /// The error for the failed call just made, with the system's reason.
  private static func failure(_ path: String) -> ShellError {
    .cannotWrite(path: path, reason: String(cString: strerror(errno)))
  }
}
