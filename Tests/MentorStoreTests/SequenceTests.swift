import Testing

@testable import MentorStore

@Suite("New ids are never given twice")
struct SequenceTests {
  @Test("Each id is one more than the last given, even if that record was deleted")
  func neverAgain() throws {
    let store = try Store.inMemory()
    #expect(try store.newID("I", atLeast: 1) == "I1")
    #expect(try store.newID("I", atLeast: 1) == "I2")
    #expect(try store.newID("E", atLeast: 1) == "E1")
    #expect(try store.newID("I", atLeast: 7) == "I7")
    #expect(try store.newID("I", atLeast: 1) == "I8")
  }

  /// The last number the file records for `prefix`, read past the store's own memory.
  private func stored(_ prefix: String, in store: Store) throws -> Int? {
    var last: Int?
    try store.database.query("SELECT last FROM sequences WHERE prefix = ?", .text(prefix)) {
      row in last = row.int(0)
    }
    return last
  }

  @Test("Numbers given inside a transaction are written once, when it commits")
  func writtenAtCommit() throws {
    let store = try Store.inMemory()
    try store.transaction {
      #expect((try? store.newID("I", atLeast: 1)) == "I1")
      #expect((try? store.newID("I", atLeast: 1)) == "I2")
      #expect((try? store.newID("M", atLeast: 4)) == "M4")
      #expect((try? stored("I", in: store)) == .some(nil))
    }
    #expect(try stored("I", in: store) == 2)
    #expect(try stored("M", in: store) == 4)
    #expect(try store.newID("I", atLeast: 1) == "I3")
    #expect(try stored("I", in: store) == 3)
  }

  @Test("A transaction that rolls back keeps none of the numbers it gave")
  func rolledBack() throws {
    let store = try Store.inMemory()
    #expect(try store.newID("I", atLeast: 1) == "I1")
    struct Stop: Error {}
    #expect(throws: DatabaseError.self) {
      try store.transaction {
        _ = try store.newID("I", atLeast: 1)
        _ = try store.newID("I", atLeast: 1)
        throw Stop()
      }
    }
    #expect(try stored("I", in: store) == 1)
    #expect(try store.newID("I", atLeast: 1) == "I2")
    let kept = try store.oneTransaction(keepingIf: {
      _ = try? store.newID("E", atLeast: 1)
      return false
    })
    #expect(!kept)
    #expect(try stored("E", in: store) == nil)
    #expect(try store.newID("E", atLeast: 1) == "E1")
  }

  @Test("A savepoint undone inside a kept transaction gives its numbers again")
  func savepointUndone() throws {
    let store = try Store.inMemory()
    struct Stop: Error {}
    let kept = try store.oneTransaction(keepingIf: {
      #expect((try? store.newID("I", atLeast: 1)) == "I1")
      #expect(throws: DatabaseError.self) {
        try store.transaction {
          #expect((try? store.newID("I", atLeast: 1)) == "I2")
          #expect((try? store.newID("E", atLeast: 1)) == "E1")
          throw Stop()
        }
      }
      #expect((try? store.newID("I", atLeast: 1)) == "I2")
      try? store.transaction {
        #expect((try? store.newID("I", atLeast: 1)) == "I3")
      }
      #expect((try? store.newID("E", atLeast: 1)) == "E1")
      return true
    })
    #expect(kept)
    #expect(try stored("I", in: store) == 3)
    #expect(try stored("E", in: store) == 1)
    #expect(try store.newID("I", atLeast: 1) == "I4")
  }
}
