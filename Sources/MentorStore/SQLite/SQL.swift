/// The text of one SQL statement that a `Database` compiles once and then finds again by
/// this object's identity, without hashing the text: for statements run once per command
/// or once per row.
///
/// Keep each one in a `static let`, so that it lives as long as the process does.
public final class SQL: Sendable {
  /// The statement's text, exactly one statement.
  public let text: String

  /// SQL text to be kept in a `static let`.
  public init(_ text: String) {
    self.text = text
  }
}

extension Database {
  /// Returns the compiled statement for `sql`, compiled on first use and then kept.
  ///
  /// As with `prepare(_:)` for text, a kept statement comes back reset with its bindings
  /// cleared, one part-way through a query is not disturbed (a fresh one is compiled), and
  /// a statement stays fit to use until the next `prepare` of the same `sql`.
  public func prepared(_ sql: SQL) throws(DatabaseError) -> Statement {
    let key = ObjectIdentifier(sql)
    // The text is compared too, in case a released `SQL` left its address to another; the
    // two strings share their storage, so this is a comparison of two pointers.
    if let kept = keptStatements[key], kept.sql == sql.text {
      guard kept.isActive else {
        kept.reset()
        return kept
      }
      return try compileOne(sql.text)
    }
    let statement = try compileOne(sql.text)
    keptStatements[key] = statement
    return statement
  }
}
