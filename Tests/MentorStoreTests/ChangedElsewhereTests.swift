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
