/// Numbers for new records that are never given twice, even after `undo`.
extension Store {
  /// A new id with `prefix`, such as `I12`: one more than both the last number this
  /// database gave and `atLeast`, recorded at once.
  public func newID(_ prefix: String, atLeast: Int) throws(DatabaseError) -> String {
    var last = 0
    try write {
      try database.prepared(Self.lastNumber).query(.text(prefix)) { row in
        last = row.int(0) ?? 0
      }
      last = max(last + 1, atLeast)
      try database.prepared(Self.saveNumber).run(.text(prefix), SQLValue(last))
    }
    return "\(prefix)\(last)"
  }

  private static let lastNumber = SQL("SELECT last FROM sequences WHERE prefix = ?")
  private static let saveNumber = SQL(
    "INSERT INTO sequences (prefix, last) VALUES (?, ?)"
      + " ON CONFLICT (prefix) DO UPDATE SET last = excluded.last")
}
