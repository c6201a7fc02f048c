import Foundation
import MentorStore
import Testing

/// A folder of its own under the system's temporary directory, for one test.
struct TemporaryFolder {
  /// The folder's absolute path.
  let path: String

  /// Creates a folder with a name no other test uses.
  init() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-store-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
    path = url.path
  }

  /// The path of `name` inside the folder.
  func file(_ name: String) -> String {
    path + "/" + name
  }

  /// Removes the folder and everything in it, first undoing any test's `chmod` of it.
  func remove() {
    chmod(path, 0o700)
    try? FileManager.default.removeItem(atPath: path)
  }
}

/// Runs `body` with a new temporary folder and removes the folder afterwards.
@discardableResult
func withTemporaryFolder<Result>(_ body: (TemporaryFolder) throws -> Result) throws -> Result {
  let folder = try TemporaryFolder()
  defer { folder.remove() }

  return try body(folder)
}

/// The permission bits of the file at `path`, or `nil` if there is no such file.
func permissions(of path: String) -> mode_t? {
  var info = stat()
  guard stat(path, &info) == 0 else {
    return nil
  }
  return info.st_mode & 0o777
}

/// Writes `text` to a new file at `path` with the given mode.
func writeFile(_ path: String, _ text: String, mode: mode_t = 0o600) throws {
  try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  chmod(path, mode)
}

/// Runs `body` and returns the `DatabaseError` it throws, or `nil` if it throws none.
func databaseError(_ body: () throws -> Void) -> DatabaseError? {
  do {
    try body()
    return nil
  } catch let error as DatabaseError {
    return error
  } catch {
    Issue.record("Expected a DatabaseError, got \(error)")
    return nil
  }
}

/// Runs `body` with the store of a database that `makeOld` made at `path` in a new
/// temporary folder, at an older version of the schema, and that opening it upgraded.
func withUpgradedStore(
  made makeOld: (_ path: String) throws -> Void, _ body: (Store) throws -> Void
) throws {
  try withTemporaryFolder { folder in
    let path = folder.file("old.mentor")
    try makeOld(path)
    try body(try Store(path: path))
  }
}
