/// The last number given to each kind of record during a transaction, held in memory and
/// written to `sequences` once, just before the transaction commits.
///
/// A bulk script gives thousands of ids in one transaction; reading and writing the
/// sequence for each one cost more than the rest of its `agree`. Each level of the
/// transaction saves the numbers as they were when it began, and undoing the level puts
/// them back, so a number given inside a savepoint that is undone is given again, as it was
/// when every number was written at once; a transaction that rolls back keeps none.
/// Outside a transaction nothing is held: another connection may give numbers between two
/// transactions, so each transaction reads the sequences it needs afresh.
final class HeldNumbers: TransactionCompanion {
  /// By prefix, the last number given in the transaction under way.
  private(set) var last: [String: Int] = [:]

  /// `last` as each open level found it when it began, outermost first.
  private var atLevels: [[String: Int]] = []

  /// Records that `number` was given to a record with `prefix`.
  func gave(_ number: Int, prefix: String) {
    last[prefix] = number
  }

  func levelBegan() {
    atLevels.append(last)
  }

  func willCommit(_ database: Database) throws(DatabaseError) {
    for (prefix, number) in last.sorted(by: { $0.key < $1.key }) {
      try database.prepared(Self.saveNumber).run(.text(prefix), SQLValue(number))
    }
  }

  func levelKept() {
    atLevels.removeLast()
    if atLevels.isEmpty { last = [:] }
  }

  func levelUndone() {
    last = atLevels.removeLast()
  }

  private static let saveNumber = SQL(
    "INSERT INTO sequences (prefix, last) VALUES (?, ?)"
      + " ON CONFLICT (prefix) DO UPDATE SET last = excluded.last")
}
