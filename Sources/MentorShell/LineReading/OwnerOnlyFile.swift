/// Creates and replaces files that only their owner may read: the command history, and
/// the folders that hold it and the default database.
///
/// Folders the helper creates get `0700` and files `0600`, set after creation so that
/// the umask cannot widen or narrow them. Folders that already exist are left as they are.
enum OwnerOnlyFile {
  /// The permissions of a folder created here.
  static let folderPermissions: UInt32 = 0o700

  /// The permissions of a file created or replaced here.
  static let filePermissions: UInt32 = 0o600

  /// Creates any missing folders on the way to `path`, and an empty file at `path` if
  /// there is none.
  ///
  /// - Throws: `LineReadingError` naming the folder or file that could not be created,
  ///   or the path itself if it is a folder.
  static func prepare(_ path: String) throws(LineReadingError) {
    if let (folder, failure) = makeFolders(toHold: path) {
      throw .cannotCreateHistoryFolder(path: folder, code: failure.code)
    }

    if let failure = SystemCalls.makeFileIfMissing(path, permissions: filePermissions) {
      throw .cannotCreateHistoryFile(path: path, code: failure.code)
    }
    if SystemCalls.kind(of: path) == .folder {
      throw .cannotCreateHistoryFile(path: path, code: SystemCalls.isFolderCode)
    }
  }

  /// Creates each missing folder on the way to `path` with `0700`, whatever the umask;
  /// returns the folder that could not be created and why, or nil when all are there.
  static func makeFolders(toHold path: String) -> (String, SystemCallFailure)? {
    var folder = ""
    let components = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    for (index, component) in components.enumerated() {
      folder += index == 0 ? String(component) : "/" + component
      if folder.isEmpty || SystemCalls.kind(of: folder) == .folder {
        continue
      }
      if let failure = SystemCalls.makeFolder(folder, permissions: folderPermissions) {
        return (folder, failure)
      }
    }
    return nil
  }

  /// Writes a new version of `path` beside it and then renames it into place, so the
  /// file is never left half written.
  ///
  /// - Parameters:
  ///   - path: The file to replace.
  ///   - write: Writes the content to the stream; returns false if that failed.
  static func replace(
    _ path: String, writing write: (CFileStream) -> Bool
  ) throws(LineReadingError) {
    let temporary: (path: String, stream: CFileStream)
    switch SystemCalls.makeTemporaryFile(prefix: path + ".") {
    case .success(let made):
      temporary = made
    case .failure(let failure):
      throw .cannotSaveHistory(path: path, code: failure.code)
    }

    let wrote = write(temporary.stream)
    let closeFailure = SystemCalls.closeStream(temporary.stream)
    guard wrote, closeFailure == nil else {
      SystemCalls.remove(temporary.path)
      throw .cannotSaveHistory(path: path, code: closeFailure?.code ?? 0)
    }

    if let failure = SystemCalls.rename(temporary.path, to: path) {
      SystemCalls.remove(temporary.path)
      throw .cannotSaveHistory(path: path, code: failure.code)
    }
  }
}
