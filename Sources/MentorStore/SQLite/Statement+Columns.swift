import CSQLite

extension Statement {
  /// How many columns each result row has (`sqlite3_column_count`).
  public var columnCount: Int {
    Int(sqlite3_column_count(handle))
  }

  /// The name of the result column at `column`, counting from 0.
  public func columnName(_ column: Int) -> String? {
    sqlite3_column_name(handle, Int32(clamping: column)).map { String(cString: $0) }
  }

  /// Whether the value at `column` in the current row is `NULL`.
  ///
  /// A column index out of range also reads as `NULL`.
  public func isNull(_ column: Int) -> Bool {
    sqlite3_column_type(handle, Int32(clamping: column)) == SQLITE_NULL
  }

  /// The value at `column` as a whole number, or `nil` for `NULL`.
  public func int(_ column: Int) -> Int? {
    int64(column).map { Int($0) }
  }

  /// The value at `column` as a 64-bit whole number, or `nil` for `NULL`.
  public func int64(_ column: Int) -> Int64? {
    guard !isNull(column) else {
      return nil
    }
    return sqlite3_column_int64(handle, Int32(clamping: column))
  }

  /// The value at `column` as a real number, or `nil` for `NULL`.
  public func double(_ column: Int) -> Double? {
    guard !isNull(column) else {
      return nil
    }
    return sqlite3_column_double(handle, Int32(clamping: column))
  }

  /// The value at `column` as text, or `nil` for `NULL`.
  ///
  /// The text is read by its byte count, so it comes back exactly as stored, including
  /// any NUL characters inside it.
  public func string(_ column: Int) -> String? {
    // SQLite's documented order: convert to text first, then ask for its length. Text
    // comes back NULL only for `NULL` (or an empty blob), so the type is asked only then.
    let index = Int32(clamping: column)
    guard let start = sqlite3_column_text(handle, index) else {
      return isNull(column) ? nil : ""
    }
    let count = Int(sqlite3_column_bytes(handle, index))
    return String(utf8Bytes: UnsafeBufferPointer(start: start, count: count))
  }

  /// Runs `body` with the bytes of the value at `column` as text where SQLite holds them,
  /// valid only inside `body`: for copying a text on without making a `String` of it.
  /// `NULL` is no bytes.
  public func withTextBytes<Result>(
    _ column: Int, _ body: (UnsafeRawBufferPointer) -> Result
  ) -> Result {
    // As `string(_:)`: convert to text first, then ask for its length.
    let index = Int32(clamping: column)
    let start = sqlite3_column_text(handle, index)
    let count = Int(sqlite3_column_bytes(handle, index))
    return body(UnsafeRawBufferPointer(start: start, count: start == nil ? 0 : count))
  }

  /// The value at `column` as raw bytes, or `nil` for `NULL`.
  public func blob(_ column: Int) -> [UInt8]? {
    guard !isNull(column) else {
      return nil
    }

    let index = Int32(clamping: column)
    guard let start = sqlite3_column_blob(handle, index) else {
      return []
    }
    let count = Int(sqlite3_column_bytes(handle, index))
    return Array(UnsafeRawBufferPointer(start: start, count: count))
  }

  /// The value at `column` in whichever form SQLite holds it.
  public func value(_ column: Int) -> SQLValue {
    switch sqlite3_column_type(handle, Int32(clamping: column)) {
    case SQLITE_INTEGER: .integer(int64(column) ?? 0)
    case SQLITE_FLOAT: .real(double(column) ?? 0)
    case SQLITE_TEXT: .text(string(column) ?? "")
    case SQLITE_BLOB: .blob(blob(column) ?? [])
    default: .null
    }
  }
}
