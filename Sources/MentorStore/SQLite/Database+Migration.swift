extension Database {
  /// The schema version stored in the file (`PRAGMA user_version`); 0 in a new database.
  public var userVersion: Int {
    get throws(DatabaseError) {
      let statement = try prepare("PRAGMA user_version")
      defer { statement.reset() }

      guard try statement.step() else {
        return 0
      }
      return statement.int(0) ?? 0
    }
  }

  /// Stores `version` as the schema version (`PRAGMA user_version`).
  public func setUserVersion(_ version: Int) throws(DatabaseError) {
    // A pragma's value cannot be a bound parameter, so the number goes into the text.
    // It is an `Int`, so nothing but digits and a sign can end up there.
    try exec("PRAGMA user_version = \(version)")
  }

  /// Brings the schema up to date by running the steps newer than `userVersion`.
  ///
  /// All missing steps run in one transaction with the new version, so a failure leaves
  /// the database as it was. Running the same steps again does nothing. Each step's SQL
  /// is constant, like `exec`'s; `PRAGMA foreign_keys` has no effect inside it.
  ///
  /// - Parameter steps: Each schema version with the SQL that reaches it from the one
  ///   before, in increasing order of version, every version above 0.
  /// - Returns: How many steps were run.
  /// - Throws: `DatabaseError.newerSchema` if the database is at a version above the last
  ///   step's (written by a newer mentor), and any error from the steps' SQL.
  @discardableResult
  public func migrate(_ steps: [(version: Int, sql: String)]) throws(DatabaseError) -> Int {
    precondition(steps.first.map { $0.version > 0 } ?? true, "Schema versions start at 1")
    precondition(
      zip(steps, steps.dropFirst()).allSatisfy { $0.version < $1.version },
      "Migration steps must be in increasing order of version")

    let outermost = try beginLevel()
    do throws(DatabaseError) {
      let applied = try applyMissing(steps)
      try commitLevel(outermost)
      return applied
    } catch {
      abandonLevel(outermost)
      throw error
    }
  }

  /// Runs the steps above the stored version, inside the caller's transaction.
  private func applyMissing(_ steps: [(version: Int, sql: String)]) throws(DatabaseError) -> Int {
    let found = try userVersion
    let supported = steps.last?.version ?? 0
    guard found <= supported else {
      throw .newerSchema(found: found, supported: supported)
    }

    let missing = steps.filter { $0.version > found }
    for step in missing {
      try exec(step.sql)
    }

    if let last = missing.last {
      try setUserVersion(last.version)
    }
    return missing.count
  }
}
