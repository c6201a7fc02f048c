/// Numbers for new records that are never given twice, even after `undo`.
extension Store {
  /// A new id with `prefix`, such as `I12`: one more than both the last number this
  /// database gave and `atLeast`.
  ///
  /// The number is written to the file with the transaction it is given in (see
  /// `HeldNumbers`): at once when no transaction is open, at the commit inside one.
  public func newID(_ prefix: String, atLeast: Int) throws(DatabaseError) -> String {
    var number = 0
    if database.transactionDepth > 0, let last = heldNumbers.last[prefix] {
      // This transaction has given such a number already: nothing to read.
      number = max(last + 1, atLeast)
      heldNumbers.gave(number, prefix: prefix)
    } else {
      try write {
        var last = 0
        try database.prepared(Self.lastNumber).query(.text(prefix)) { row in
          last = row.int(0) ?? 0
        }
        number = max(last + 1, atLeast)
        heldNumbers.gave(number, prefix: prefix)
      }
    }
    return "\(prefix)\(number)"
  }

  private static let lastNumber = SQL("SELECT last FROM sequences WHERE prefix = ?")
}
