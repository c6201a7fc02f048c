import Foundation
import MentorStore
import Testing

/// Whether the tests run as root, who may write to read-only files and folders.
let runningAsRoot = geteuid() == 0

@Suite("Opening something that is not a usable database gives a clear error")
struct OpeningErrorTests {
  @Test func aTextFileIsNotADatabase() throws {
    try withTemporaryFolder { folder in
      let path = folder.file("marks.csv")
      try writeFile(path, "name,target\nZoë Brontë,7\n")

      #expect(throws: DatabaseError.notADatabase(path: path)) {
        _ = try Database(path: path)
      }
    }
  }

  @Test func aFileWithOnlyTheSQLiteHeaderIsNotADatabase() throws {
    try withTemporaryFolder { folder in
      let path = folder.file("broken.mentor")
      try writeFile(path, "SQLite format 3\0" + String(repeating: "x", count: 200))

      #expect(throws: DatabaseError.notADatabase(path: path)) {
        _ = try Database(path: path)
      }
    }
  }

  @Test func aFolderIsNotADatabase() throws {
    try withTemporaryFolder { folder in
      #expect(throws: DatabaseError.isDirectory(path: folder.path)) {
        _ = try Database(path: folder.path)
      }
    }
  }

  @Test func aMissingFolderCannotHoldANewDatabase() throws {
    try withTemporaryFolder { folder in
      let path = folder.file("no such folder/school.mentor")

      let error = databaseError { _ = try Database(path: path) }

      #expect(error == .cannotOpen(path: path, reason: "No such file or directory"))
    }
  }

  @Test func anEmptyPrivateFileOpensAsANewDatabase() throws {
    try withTemporaryFolder { folder in
      let path = folder.file("school.mentor")
      try writeFile(path, "")

      let database = try Database(path: path)

      #expect(try database.userVersion == 0)
    }
  }

  @Test(.disabled(if: runningAsRoot, "root may write to read-only files"))
  func aReadOnlyFileIsRefused() throws {
    try withTemporaryFolder { folder in
      let path = folder.file("school.mentor")
      try Database(path: path).exec("CREATE TABLE mentee(name TEXT)")
      chmod(path, 0o400)

      #expect(throws: DatabaseError.readOnly(path: path)) {
        _ = try Database(path: path)
      }
    }
  }

  @Test(.disabled(if: runningAsRoot, "root may write to read-only folders"))
  func aReadOnlyFolderIsRefused() throws {
    try withTemporaryFolder { folder in
      chmod(folder.path, 0o500)

      #expect(throws: DatabaseError.readOnly(path: folder.path)) {
        _ = try Database(path: folder.file("school.mentor"))
      }
    }
  }
}
