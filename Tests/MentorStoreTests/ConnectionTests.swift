import Foundation
import MentorStore
import Synchronization
import Testing

@Suite("Connections are set up for safe, shared use")
struct ConnectionTests {
  /// The single value a pragma reports.
  func pragma(_ name: String, in database: Database) throws -> SQLValue {
    var value: SQLValue = nil
    try database.query("PRAGMA \(name)") { value = $0.value(0) }
    return value
  }

  @Test func aFileUsesWriteAheadLoggingForeignKeysAndNormalSync() throws {
    try withTemporaryFolder { folder in
      let database = try Database(path: folder.file("school.mentor"))

      #expect(try pragma("journal_mode", in: database) == "wal")
      #expect(try pragma("foreign_keys", in: database) == 1)
      #expect(try pragma("synchronous", in: database) == 1)
    }
  }

  @Test func anInMemoryDatabaseHasNoPathAndEnforcesForeignKeys() throws {
    let database = try Database.inMemory()

    #expect(database.path == nil)
    #expect(try pragma("foreign_keys", in: database) == 1)
  }

  @Test func aCommittedChangeIsSeenByAnotherConnection() throws {
    try withTemporaryFolder { folder in
      let path = folder.file("school.mentor")
      let writer = try Database(path: path)
      let reader = try Database(path: path)
      try writer.exec("CREATE TABLE mentee(name TEXT)")

      try writer.transaction {
        try writer.run("INSERT INTO mentee VALUES (?)", "Zoë Brontë")
      }

      var names: [String?] = []
      try reader.query("SELECT name FROM mentee") { names.append($0.string(0)) }
      #expect(names == ["Zoë Brontë"])
    }
  }

  @Test func twoConnectionsOnTwoThreadsEachCommit500WritesWithoutABusyError() throws {
    let writesEach = 500
    try withTemporaryFolder { folder in
      let path = folder.file("school.mentor")
      let setup = try Database(path: path)
      try setup.exec("CREATE TABLE note(writer INTEGER NOT NULL, number INTEGER NOT NULL)")

      let failures = FailureList()
      let ready = DispatchSemaphore(value: 0)
      let go = DispatchSemaphore(value: 0)
      let finished = DispatchGroup()

      for writer in 0..<2 {
        finished.enter()
        Thread {
          defer { finished.leave() }

          let database: Database
          do {
            database = try Database(path: path)
          } catch {
            failures.add("writer \(writer) could not open: \(error)")
            ready.signal()
            return
          }
          ready.signal()
          go.wait()

          do {
            for number in 0..<writesEach {
              try database.transaction {
                try database.run(
                  "INSERT INTO note(writer, number) VALUES (?, ?)", SQLValue(writer),
                  SQLValue(number))
              }
            }
          } catch {
            failures.add("writer \(writer): \(error)")
          }
        }.start()
      }
      ready.wait()
      ready.wait()
      go.signal()
      go.signal()
      finished.wait()

      #expect(failures.all == [])
      var counts: [Int?] = []
      try setup.query("SELECT count(*) FROM note GROUP BY writer ORDER BY writer") { row in
        counts.append(row.int(0))
      }
      #expect(counts == [writesEach, writesEach])
    }
  }
}

/// Error descriptions gathered from several threads.
final class FailureList: Sendable {
  private let list = Mutex<[String]>([])

  /// Every description added so far.
  var all: [String] {
    list.withLock { $0 }
  }

  /// Adds one description.
  func add(_ failure: String) {
    list.withLock { $0.append(failure) }
  }
}
