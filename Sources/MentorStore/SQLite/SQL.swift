import Synchronization

/// The text of one SQL statement that a `Database` compiles once and then finds again by
/// a number this object alone has, without hashing the text: for statements run once per
/// command or once per row.
///
/// Keep each one in a `static let`, so that it lives as long as the process does: each
/// `SQL` made takes a place in every connection's list of kept statements.
public final class SQL: Sendable {
  /// The statement's text, exactly one statement.
  public let text: String

  /// This statement's place in a connection's list of kept statements (see
  /// `Database.prepared`): a number no other `SQL` of the process has.
  let slot: Int

  /// The slot the next `SQL` made takes.
  private static let nextSlot = Atomic<Int>(0)

  /// SQL text to be kept in a `static let`.
  public init(_ text: String) {
    self.text = text
    slot = Self.nextSlot.wrappingAdd(1, ordering: .relaxed).oldValue
  }
}

extension Database {
  /// Returns the compiled statement for `sql`, compiled on first use and then kept.
  ///
  /// As with `prepare(_:)` for text, a kept statement comes back reset with its bindings
  /// cleared, one part-way through a query is not disturbed (a fresh one is compiled), and
  /// a statement stays fit to use until the next `prepare` of the same `sql`.
  public func prepared(_ sql: SQL) throws(DatabaseError) -> Statement {
    // Found by the slot, an index into an array: hashing the object's identity into a
    // dictionary cost about 300 instructions a statement, several times per command.
    let slot = sql.slot
    if slot < keptStatements.count, let kept = keptStatements[slot] {
      guard kept.isActive else {
        kept.reset()
        return kept
      }
      return try compileOne(sql.text)
    }
    let statement = try compileOne(sql.text)
    if slot >= keptStatements.count {
      keptStatements.append(contentsOf: repeatElement(nil, count: slot + 1 - keptStatements.count))
    }
    keptStatements[slot] = statement
    return statement
  }
}
