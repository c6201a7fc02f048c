/// One value as SQLite stores it: nothing, a whole number, a real number, text or raw bytes.
///
/// Values are bound to statement parameters and read back from result columns. Literals
/// convert on their own, so `try statement.run(7, "Zoë Brontë", nil)` binds three values.
public enum SQLValue: Sendable, Hashable {
  /// SQL `NULL`: no value.
  case null

  /// A signed 64-bit whole number.
  case integer(Int64)

  /// A 64-bit floating-point number.
  case real(Double)

  /// UTF-8 text.
  case text(String)

  /// Raw bytes, stored exactly as given.
  case blob([UInt8])
}

extension SQLValue {
  /// Wraps a whole number.
  public init(_ value: Int) {
    self = .integer(Int64(value))
  }

  /// Wraps a 64-bit whole number.
  public init(_ value: Int64) {
    self = .integer(value)
  }

  /// Wraps a real number.
  public init(_ value: Double) {
    self = .real(value)
  }

  /// Wraps text.
  public init(_ value: String) {
    self = .text(value)
  }

  /// Wraps text, or stands for `NULL` when there is none.
  public init(orNull value: String?) {
    self = value.map { .text($0) } ?? .null
  }

  /// Wraps raw bytes.
  public init(_ value: [UInt8]) {
    self = .blob(value)
  }

  /// Wraps a truth value as SQLite does: 1 for true, 0 for false.
  public init(_ value: Bool) {
    self = .integer(value ? 1 : 0)
  }
}

extension SQLValue: ExpressibleByNilLiteral {
  /// Makes `nil` stand for SQL `NULL`.
  public init(nilLiteral: ()) {
    self = .null
  }
}

extension SQLValue: ExpressibleByIntegerLiteral {
  /// Makes an integer literal stand for a whole number.
  public init(integerLiteral value: Int64) {
    self = .integer(value)
  }
}

extension SQLValue: ExpressibleByFloatLiteral {
  /// Makes a floating-point literal stand for a real number.
  public init(floatLiteral value: Double) {
    self = .real(value)
  }
}

extension SQLValue: ExpressibleByStringLiteral {
  /// Makes a string literal stand for text.
  public init(stringLiteral value: String) {
    self = .text(value)
  }
}

extension SQLValue: ExpressibleByBooleanLiteral {
  /// Makes `true` and `false` stand for 1 and 0.
  public init(booleanLiteral value: Bool) {
    self.init(value)
  }
}
