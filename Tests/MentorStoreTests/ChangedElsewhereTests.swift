import Foundation
import Testing

@testable import MentorStore

@Suite("A write decided on a school another session has since changed is refused")
struct ChangedElsewhereTests {
  @Test func aWriteAfterAnotherSessionCommittedIsRefusedAndStoresNothing() throws {
    try withTwoSessions { mine, other in
      try other.saveSetting("school", "Other session's name")

      #expect(throws: DatabaseError.changedElsewhere) {
        try mine.saveSetting("school", "My name")
      }
      #expect(try setting("school", in: other) == "Other session's name")
    }
  }

  @Test func writesWithNothingCommittedElsewhereGoAhead() throws {
    try withTwoSessions { mine, _ in
      try mine.saveSetting("school", "My name")
      try mine.saveSetting("term", "Autumn")

      #expect(try setting("term", in: mine) == "Autumn")
    }
  }

  @Test func holdingTheWriteLockWritesWithoutTheCheckAndKeepsTheExpectedVersion() throws {
    try withTwoSessions { mine, other in
      let expected = mine.expectedVersion
      try other.saveSetting("school", "Other session's name")

      try mine.holdingWriteLock {
        try mine.saveSetting("school", "My name")
      }

      #expect(mine.expectedVersion == expected)
      #expect(try setting("school", in: other) == "My name")
    }
  }

  @Test func aFailureWhileHoldingTheWriteLockStoresNothingAndIsThrownAsItIs() throws {
    struct RuleBroken: Error {}
    try withTwoSessions { mine, _ in
      #expect(throws: RuleBroken.self) {
        try mine.holdingWriteLock {
          try mine.saveSetting("school", "My name")
          throw RuleBroken()
        }
      }

      let stored = try setting("school", in: mine)
      #expect(stored == nil)
    }
  }

  /// Runs `body` with two sessions open on one new file, the first expecting the data
  /// version it has just read.
  private func withTwoSessions(_ body: (Store, Store) throws -> Void) throws {
    try withTemporaryFolder { folder in
      let path = folder.file("school.mentor")
      let mine = try Store(path: path)
      let other = try Store(path: path)
      mine.expectedVersion = try mine.dataVersion()
      try body(mine, other)
    }
  }

  /// The value of one setting as the store's file holds it.
  private func setting(_ name: String, in store: Store) throws -> String? {
    var value: String?
    try store.database.query("SELECT value FROM settings WHERE name = '\(name)'") {
      value = $0.string(0)
    }
    return value
  }
}

@Suite(
  "Ctrl-C stops a statement of the prompt's database and undoes its transaction", .serialized)
struct StatementInterruptionTests {
  @Test func anInterruptedStatementFailsAsInterruptedAndStoresNothing() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.file("school.mentor"))
      StatementInterruption.allow(store)
      defer { StatementInterruption.forbid() }
      let interrupter = Thread {
        Thread.sleep(forTimeInterval: 0.2)
        StatementInterruption.interrupt()
      }

      interrupter.start()
      #expect(throws: DatabaseError.interrupted) {
        try store.transaction {
          try store.saveSetting("school", "Half stored")
          // Counts far enough to run for many seconds unless interrupted.
          try store.database.query(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000000)"
              + " SELECT count(*) FROM n"
          ) { _ in }
        }
      }

      var stored = 0
      try store.database.query("SELECT count(*) FROM settings WHERE name = 'school'") {
        stored = $0.int(0) ?? -1
      }
      #expect(stored == 0)
    }
  }

  @Test func withoutAConnectionAllowedAnInterruptReachesNothing() throws {
    try withTemporaryFolder { folder in
      let store = try Store(path: folder.file("school.mentor"))
      StatementInterruption.forbid()

      StatementInterruption.interrupt()
      try store.saveSetting("school", "Stored")

      #expect(try store.loadSchool().mentees.isEmpty)
    }
  }
}
