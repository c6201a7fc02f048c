/// The current result row of a query, as passed to the closure given to `query`.
///
/// Columns are numbered from 0. A row reads straight from its statement, so it is valid
/// only inside the call it was passed to; reading it later stops the program, because it
/// would otherwise show whichever row the statement stands on by then.
public struct Row {
  /// The statement standing on this row.
  private let statement: Statement

  /// The statement's generation when it reached this row.
  private let generation: Int

  /// Wraps the row `statement` stands on now.
  init(statement: Statement, generation: Int) {
    self.statement = statement
    self.generation = generation
  }

  /// How many columns the row has.
  public var columnCount: Int {
    current.columnCount
  }

  /// Whether the value at `column` is `NULL`.
  public func isNull(_ column: Int) -> Bool {
    current.isNull(column)
  }

  /// The value at `column` as a whole number, or `nil` for `NULL`.
  public func int(_ column: Int) -> Int? {
    current.int(column)
  }

  /// The value at `column` as a 64-bit whole number, or `nil` for `NULL`.
  public func int64(_ column: Int) -> Int64? {
    current.int64(column)
  }

  /// The value at `column` as a real number, or `nil` for `NULL`.
  public func double(_ column: Int) -> Double? {
    current.double(column)
  }

  /// The value at `column` as text, or `nil` for `NULL`.
  public func string(_ column: Int) -> String? {
    current.string(column)
  }

  /// The value at `column` as raw bytes, or `nil` for `NULL`.
  public func blob(_ column: Int) -> [UInt8]? {
    current.blob(column)
  }

  /// The value at `column` in whichever form SQLite holds it.
  public func value(_ column: Int) -> SQLValue {
    current.value(column)
  }

  /// The statement, once it is known to still stand on this row.
  private var current: Statement {
    precondition(
      statement.generation == generation,
      "A row was read after its query moved on; copy values out inside the closure")
    return statement
  }
}
