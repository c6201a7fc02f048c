/// State a connection's owner keeps in memory for the length of a transaction, following
/// its levels: what it holds is written just before the outermost commit, kept with a
/// level that is kept, and put back as it was when a level is undone.
///
/// For writes that many commands of one transaction repeat and only the last of which
/// matters, such as the last number given to new records: holding them in memory spares a
/// read and a write per command. Give one to a `Database`'s `transactionCompanions`.
protocol TransactionCompanion: AnyObject {
  /// A level began: the outermost transaction, or a savepoint inside it.
  func levelBegan()

  /// The outermost level is about to commit: write what is held, inside the transaction.
  /// A failure undoes the whole transaction.
  func willCommit(_ database: Database) throws(DatabaseError)

  /// The innermost level was kept: a savepoint released, or the transaction committed.
  func levelKept()

  /// The innermost level was undone: rolled back to its savepoint, or wholly.
  func levelUndone()
}
