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
  /// Inside a transaction whose levels are not savepoints (`nestedLevelsAreSavepoints`),
  /// a level only notes how many rows had changed when it began.
  func beginLevel() throws(DatabaseError) -> Bool {
    let outermost = transactionDepth == 0
    if outermost {
      try prepared(Self.begin).run()
    } else if transactionUndone {
      throw .transactionUndone
    } else if nestedLevelsAreSavepoints {
      try prepared(Self.savepoint).run()
    } else {
      levelsWithoutSavepoints.append(sqlite3_total_changes64(connection))
    }
    transactionDepth += 1
    for companion in transactionCompanions { companion.levelBegan() }
    return outermost
  }

  /// Whether the innermost level is one without a savepoint.
  private func innermostHasNoSavepoint(_ outermost: Bool) -> Bool {
    !outermost && !nestedLevelsAreSavepoints && !levelsWithoutSavepoints.isEmpty
  }

  /// Commits the innermost level, or undoes it if the commit fails. The outermost level
  /// first has the transaction companions write what they hold.
  func commitLevel(_ outermost: Bool) throws(DatabaseError) {
    do throws(DatabaseError) {
      if outermost {
        if transactionUndone { throw .transactionUndone }
        for companion in transactionCompanions { try companion.willCommit(self) }
        try prepared(Self.commit).run()
      } else if innermostHasNoSavepoint(outermost) {
        levelsWithoutSavepoints.removeLast()
      } else {
        try prepared(Self.release).run()
      }
    } catch {
      abandonLevel(outermost)
      throw error
    }
    transactionDepth -= 1
    for companion in transactionCompanions { companion.levelKept() }

    if outermost {
      restrictCompanionsIfNeeded()
    }
  }

  /// Undoes the innermost level: the whole transaction, or back to its savepoint.
  ///
  /// A level without a savepoint that changed no row leaves nothing to undo: a statement
  /// that fails is undone by SQLite itself. One that changed rows before it failed cannot
  /// be undone alone, so the whole transaction is, and the levels after it fail until the
  /// outermost ends; so is one whose transaction SQLite undid on its own (after a full
  /// disk or Ctrl-C), where a later level would otherwise start a transaction of its own.
  ///
  /// Errors here are not thrown, because the caller is already throwing the error that
  /// caused the roll-back; SQLite may also have rolled back on its own already, after a
  /// full disk for example, and then there is nothing left to undo.
  func abandonLevel(_ outermost: Bool) {
    let withoutSavepoint = innermostHasNoSavepoint(outermost)
    transactionDepth -= 1
    for companion in transactionCompanions { companion.levelUndone() }

    if outermost {
      transactionUndone = false
      levelsWithoutSavepoints = []
      if sqlite3_get_autocommit(connection) == 0 {
        try? prepared(Self.rollBack).run()
      }
    } else if withoutSavepoint {
      let changesBefore = levelsWithoutSavepoints.removeLast()
      let open = sqlite3_get_autocommit(connection) == 0
      guard !open || sqlite3_total_changes64(connection) != changesBefore else { return }
      transactionUndone = true
      if open { try? prepared(Self.rollBack).run() }
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
