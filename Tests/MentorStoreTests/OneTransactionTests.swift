import Testing

@testable import MentorStore

@Suite("A run in one transaction keeps no half-made change")
struct OneTransactionTests {
  struct Stop: Error {}

  /// The settings stored, by name.
  private func settings(in store: Store) throws -> [String: String] {
    var found: [String: String] = [:]
    try store.database.query("SELECT name, value FROM settings") { row in
      found[row.string(0) ?? ""] = row.string(1) ?? ""
    }
    return found
  }

  @Test("A write that fails having changed nothing leaves the rest of the run to be kept")
  func failureBeforeAnyChange() throws {
    let store = try Store.inMemory()
    let kept = try store.oneTransaction(keepingIf: {
      #expect((try? store.saveSetting("first", "1")) != nil)
      // The second statement would break the settings' key, so SQLite undoes it alone.
      #expect(throws: DatabaseError.self) {
        try store.transaction {
          try store.database.run(
            "INSERT INTO settings (name, value) VALUES ('first', '2')")
        }
      }
      #expect((try? store.saveSetting("second", "2")) != nil)
      return true
    })
    #expect(kept)
    #expect(try settings(in: store) == ["first": "1", "second": "2"])
  }

  @Test("A write that fails half-way undoes the whole run, and later writes are refused")
  func failureHalfWay() throws {
    let store = try Store.inMemory()
    var halfMade: DatabaseError?
    var later: DatabaseError?
    var left: [String: String]?
    do throws(DatabaseError) {
      _ = try store.oneTransaction(keepingIf: {
        #expect((try? store.saveSetting("first", "1")) != nil)
        do {
          try store.transaction {
            try store.saveSetting("half", "made")
            throw Stop()
          }
        } catch { halfMade = error as? DatabaseError }
        // Nothing of the run is left for a later command to build on.
        left = try? settings(in: store)
        do { try store.saveSetting("later", "3") } catch { later = error as? DatabaseError }
        return true
      })
      Issue.record("a run undone half-way was committed")
    } catch {
      #expect(error == .transactionUndone)
    }
    #expect(halfMade != nil)
    #expect(later == .transactionUndone)
    #expect(left == [:])
    #expect(try settings(in: store) == [:])
    // The next transaction is a fresh one.
    try store.saveSetting("after", "4")
    #expect(try settings(in: store) == ["after": "4"])
  }

  @Test("A run that fails half-way and is not kept ends quietly, leaving nothing")
  func failureHalfWayNotKept() throws {
    let store = try Store.inMemory()
    let kept = try store.oneTransaction(keepingIf: {
      try? store.transaction {
        try store.saveSetting("half", "made")
        throw Stop()
      }
      return false
    })
    #expect(!kept)
    #expect(try settings(in: store) == [:])
  }

  /// SQLite's page cache size as `PRAGMA cache_size` gives it.
  private func cacheSize(of store: Store) throws -> Int {
    var size = 0
    try store.database.query("PRAGMA cache_size") { size = $0.int(0) ?? 0 }
    return size
  }

  @Test("A run keeps more pages in memory, and the cache is as it was after")
  func cacheDuringARun() throws {
    let store = try Store.inMemory()
    let before = try cacheSize(of: store)
    var during = 0
    _ = try store.oneTransaction(keepingIf: {
      during = (try? cacheSize(of: store)) ?? 0
      return true
    })
    #expect(during == -Store.runCacheKiB)
    #expect(try cacheSize(of: store) == before)
  }
}
