import Foundation
import MentorStore
import Testing

/// Runs `body` with the process umask set to `mask`, then puts the old one back.
func withUmask<Result>(_ mask: mode_t, _ body: () throws -> Result) rethrows -> Result {
  let previous = umask(mask)
  defer { umask(previous) }

  return try body()
}

// Serialized because the umask belongs to the whole process.
@Suite("Database files are private to their owner", .serialized)
struct FilePermissionTests {
  @Test(arguments: [mode_t(0o000), 0o022])
  func aNewDatabaseAndItsCompanionFilesAreMode0600(umask mask: mode_t) throws {
    try withTemporaryFolder { folder in
      let path = folder.file("school.mentor")

      let database = try withUmask(mask) {
        let database = try Database(path: path)
        try database.transaction {
          try database.exec("CREATE TABLE mentee(name TEXT)")
          try database.run("INSERT INTO mentee VALUES (?)", "Zoë Brontë")
        }
        return database
      }

      #expect(permissions(of: path) == 0o600)
      #expect(permissions(of: path + "-wal") == 0o600)
      #expect(permissions(of: path + "-shm") == 0o600)
      _ = database
    }
  }

  @Test func companionFilesLeftOpenToOthersAreMadePrivateOnOpening() throws {
    try withTemporaryFolder { folder in
      let path = folder.file("school.mentor")
      try Database(path: path).exec("CREATE TABLE mentee(name TEXT)")
      try writeFile(path + "-wal", "", mode: 0o666)

      let database = try Database(path: path)

      #expect(permissions(of: path + "-wal") == 0o600)
      #expect(permissions(of: path + "-shm") == 0o600)
      _ = database
    }
  }

  @Test(arguments: [mode_t(0o660), 0o602, 0o666, 0o620])
  func aDatabaseOthersCanChangeIsRefused(mode: mode_t) throws {
    try withTemporaryFolder { folder in
      let path = folder.file("school.mentor")
      try Database(path: path).exec("CREATE TABLE mentee(name TEXT)")
      chmod(path, mode)

      #expect(throws: DatabaseError.unsafePermissions(path: path)) {
        _ = try Database(path: path)
      }
    }
  }

  @Test func theRefusalTellsTheTeacherHowToFixIt() {
    let message = DatabaseError.unsafePermissions(path: "/data/school.mentor").message

    #expect(message.contains("chmod 600 '/data/school.mentor'"))
  }

  @Test func aDatabaseMadePrivateAgainOpens() throws {
    try withTemporaryFolder { folder in
      let path = folder.file("school.mentor")
      try Database(path: path).exec("CREATE TABLE mentee(name TEXT)")
      chmod(path, 0o666)
      #expect(throws: DatabaseError.self) { _ = try Database(path: path) }

      chmod(path, 0o600)

      _ = try Database(path: path)
    }
  }
}
