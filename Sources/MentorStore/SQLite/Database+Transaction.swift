import CSQLite

extension Database {
  /// Runs `body` in a transaction: all its changes are kept, or none are.
  ///
  /// The outermost call starts with `BEGIN IMMEDIATE`, which takes the write lock at once,
  /// so a second writer waits (up to the busy timeout) at the start instead of failing
  /// later. A call inside another becomes a savepoint, undone on its own if its body
  /// throws. Do not also issue `BEGIN` or `COMMIT` through `exec` on the same connection.
  ///
  /// - Parameter body: The work to do; throwing from it rolls its changes back and the
  ///   error is thrown on.
  /// - Returns: What `body` returns.
  /// - Throws: Whatever `body` throws, or a `DatabaseError` from beginning or committing.
  public func transaction<Result>(_ body: () throws -> Result) throws -> Result {
    let outermost = try beginLevel()

    let result: Result
    do {
      result = try body()
    } catch {
      abandonLevel(outermost)
      throw error
    }

    try commitLevel(outermost)
    return result
  }

  private static let begin = SQL("BEGIN IMMEDIATE")
  private static let commit = SQL("COMMIT")
  private static let rollBack = SQL("ROLLBACK")
  private static let savepoint = SQL("SAVEPOINT nested")
  private static let release = SQL("RELEASE nested")
  private static let rollBackToSavepoint = SQL("ROLLBACK TO nested")

  /// Starts a transaction, or a savepoint inside one, and returns whether it is outermost.
  func beginLevel() throws(DatabaseError) -> Bool {
    let outermost = transactionDepth == 0

    try prepared(outermost ? Self.begin : Self.savepoint).run()
    transactionDepth += 1
    transactionCompanion?.levelBegan()
    return outermost
  }

  /// Commits the innermost level, or undoes it if the commit fails. The outermost level
  /// first has the transaction companion write what it holds.
  func commitLevel(_ outermost: Bool) throws(DatabaseError) {
    do {
      if outermost { try transactionCompanion?.willCommit(self) }
      try prepared(outermost ? Self.commit : Self.release).run()
    } catch {
      abandonLevel(outermost)
      throw error
    }
    transactionDepth -= 1
    transactionCompanion?.levelKept()

    if outermost {
      restrictCompanionsIfNeeded()
    }
  }

  /// Undoes the innermost level: the whole transaction, or back to its savepoint.
  ///
  /// Errors here are not thrown, because the caller is already throwing the error that
  /// caused the roll-back; SQLite may also have rolled back on its own already, after a
  /// full disk for example, and then there is nothing left to undo.
  func abandonLevel(_ outermost: Bool) {
    transactionDepth -= 1
    transactionCompanion?.levelUndone()

    if outermost {
      if sqlite3_get_autocommit(connection) == 0 {
        try? prepared(Self.rollBack).run()
      }
    } else {
      // ROLLBACK TO keeps the savepoint open; RELEASE then closes it.
      try? prepared(Self.rollBackToSavepoint).run()
      try? prepared(Self.release).run()
    }
  }

  /// Runs `body`, which only reads, on one snapshot of the database, so that another
  /// session committing meanwhile is seen wholly or not at all; inside a transaction, where
  /// that holds already, it just runs `body`.
  ///
  /// A deferred `BEGIN` takes no lock that stops other sessions writing (the journal is
  /// WAL); the snapshot ends with `COMMIT`, which has nothing to write.
  func readingOneSnapshot<Result>(_ body: () throws -> Result) throws -> Result {
    guard transactionDepth == 0, sqlite3_get_autocommit(connection) != 0 else {
      return try body()
    }
    try prepared(Self.beginReading).run()
    defer {
      if sqlite3_get_autocommit(connection) == 0 { try? prepared(Self.commit).run() }
    }
    return try body()
  }

  private static let beginReading = SQL("BEGIN")
}
