/// The list of lines typed at the prompt, kept by libedit and stored in a file.
///
/// The file is in libedit's own format: a first line `_HiStOrY_V2_`, then one entry a
/// line with spaces, tabs, backslashes and other unprintable characters written as
/// escapes (a space becomes `\040`). UTF-8 letters are written as they are in a UTF-8
/// locale. Reading the file undoes the escapes, so every entry comes back unchanged.
final class CommandHistory {
  /// The libedit history list (`History *`).
  let list: OpaquePointer

  /// Creates an empty list that keeps at most `limit` entries and skips an entry equal
  /// to the one before it.
  init?(limit: Int) {
    guard let list = LibEdit.makeHistory() else { return nil }
    self.list = list
    guard LibEdit.setHistoryLimit(list, limit), LibEdit.skipRepeats(list) else {
      return nil
    }
  }

  deinit {
    LibEdit.endHistory(list)
  }

  /// All entries, oldest first.
  var entries: [String] {
    LibEdit.historyEntries(list)
  }

  /// Adds a line as the newest entry.
  func add(_ line: String) {
    LibEdit.addHistoryEntry(list, line)
  }

  /// Removes every entry.
  func clear() {
    LibEdit.clearHistory(list)
  }

  /// Adds the entries stored at `path`, creating the file and its folders, owner-only,
  /// if they are missing.
  ///
  /// - Throws: `LineReadingError` if the file cannot be created or is not a history file.
  func load(from path: String) throws(LineReadingError) {
    try OwnerOnlyFile.prepare(path)

    // libedit refuses a file without its first line, so a new empty file is skipped.
    guard isEmptyFile(path) || LibEdit.loadHistory(list, from: path) else {
      throw .cannotLoadHistory(path: path)
    }
  }

  /// Replaces the file at `path` with all entries; the new file is owner-only.
  func save(to path: String) throws(LineReadingError) {
    let list = list
    try OwnerOnlyFile.replace(path) { stream in LibEdit.saveHistory(list, to: stream) }
  }

  /// Whether `path` holds no bytes, as a history file does when just created.
  private func isEmptyFile(_ path: String) -> Bool {
    guard case .success(let descriptor) = SystemCalls.openForReading(path) else {
      return false
    }
    defer { SystemCalls.close(descriptor) }
    guard case .success(let bytes) = SystemCalls.read(descriptor, upTo: 1) else {
      return false
    }
    return bytes.isEmpty
  }
}
