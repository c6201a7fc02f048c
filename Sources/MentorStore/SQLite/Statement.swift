import CSQLite

/// One compiled SQL statement: bind values to its parameters, step through its rows.
///
/// Get one from `Database.prepare(_:)`, which caches statements by their SQL text. A
/// statement belongs to its connection and, like it, is used from one thread at a time.
/// Parameters are numbered from 1, as in SQL (`?1`, or each `?` in turn); result columns
/// are numbered from 0.
///
/// `run` and `query` bind, step and reset in one call and are what most code needs. The
/// lower-level `bind(_:at:)`, `step()` and `reset()` are there for the rest.
public final class Statement {
  /// The SQL text this statement was compiled from.
  public let sql: String

  /// The compiled statement, `sqlite3_stmt *`.
  let handle: OpaquePointer

  /// The connection that compiled it, asked for the wording of its errors.
  private let connection: OpaquePointer

  /// The database file, named in errors about the file.
  private let path: String

  /// Whether the statement stands on a row, so is part-way through its results.
  private(set) var isActive = false

  /// Counts steps and resets, so a `Row` can tell it has outlived its row.
  private(set) var generation = 0

  /// Whether the statement has not been stepped since SQLite last reset it, so that
  /// resetting it again would change nothing.
  private var isRewound = true

  /// Whether any parameter may hold a bound value, so that clearing them would do something.
  private var hasBindings = false

  /// The bytes of the text values `run` and `query` bound last, which SQLite reads where
  /// they lie until the statement is reset; grown when a run needs more room.
  private var boundText = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)

  /// Wraps a statement compiled by `sqlite3_prepare_v3`; finalized when released.
  init(handle: OpaquePointer, connection: OpaquePointer, path: String, sql: String) {
    self.handle = handle
    self.connection = connection
    self.path = path
    self.sql = sql
  }

  deinit {
    sqlite3_finalize(handle)
    boundText.deallocate()
  }

  /// How many parameters the statement takes (`sqlite3_bind_parameter_count`).
  public var parameterCount: Int {
    Int(sqlite3_bind_parameter_count(handle))
  }

  /// Runs a statement that returns no rows, such as `INSERT`, `UPDATE` or `DELETE`.
  ///
  /// Any rows it does return are passed over. The statement is reset afterwards.
  ///
  /// - Parameter values: One value for each parameter, in order.
  public func run(_ values: SQLValue...) throws(DatabaseError) {
    try run(values)
  }

  /// Runs a statement that returns no rows, with its values in an array.
  public func run(_ values: [SQLValue]) throws(DatabaseError) {
    do {
      try withBound(values) {
        while try step() {}
      }
    } catch let error as DatabaseError {
      throw error
    } catch {
      preconditionFailure("Running a statement threw \(error)")
    }
  }

  /// Runs a query and calls `row` for each result row in turn.
  ///
  /// The statement is reset afterwards, even when `row` throws, which stops the query.
  /// A `Row` is valid only inside the call it was passed to.
  ///
  /// - Parameters:
  ///   - values: One value for each parameter, in order.
  ///   - row: Reads one result row.
  public func query(_ values: SQLValue..., row: (Row) throws -> Void) throws {
    try query(values, row: row)
  }

  /// Runs a query with its values in an array and calls `row` for each result row.
  public func query(_ values: [SQLValue], row: (Row) throws -> Void) throws {
    try withBound(values) {
      while try step() {
        let current = generation
        try row(Row(statement: self, generation: current))
        precondition(
          generation == current,
          "A statement was run again inside its own query; prepare a second one instead")
      }
    }
  }

  /// Binds `values` in order, runs `body`, then resets the statement and clears its
  /// bindings.
  ///
  /// The bytes of every text value are first copied, one after another, into `boundText`,
  /// which the statement keeps, and bound from there with `SQLITE_STATIC`: SQLite reads
  /// them where they lie, sparing it an allocation and a copy per value, and they stay put
  /// until the reset. Binding each text from inside its own `withUTF8`, with the next
  /// value and `body` inside that, cost about 1,500 instructions more per statement run.
  ///
  /// - Throws: `DatabaseError.parameterCount` unless there is exactly one value for
  ///   each parameter, and whatever binding or `body` throws.
  private func withBound(_ values: [SQLValue], _ body: () throws -> Void) throws {
    guard values.count == parameterCount else {
      throw DatabaseError.parameterCount(
        expected: parameterCount, given: values.count, sql: sql)
    }
    rewind()
    defer { reset() }
    var length = 0
    for case .text(let text) in values { length += text.utf8.count }
    if length > boundText.count {
      // Nothing still points into the old bytes: the statement was reset after its last
      // run, and each parameter is bound again below before it is stepped.
      boundText.deallocate()
      boundText = .allocate(capacity: max(length, 2 * boundText.count, 256))
    }
    var offset = 0
    for (index, value) in values.enumerated() {
      guard case .text(let text) = value else {
        try bind(value, at: index + 1)
        continue
      }
      let room = UnsafeMutableBufferPointer(rebasing: boundText[offset...])
      let count = Self.copy(text, into: room)
      try bindText(
        UnsafeBufferPointer(rebasing: room[..<count]), at: index + 1, destructor: Self.static)
      offset += count
    }
    try body()
  }

  /// Copies the UTF-8 bytes of `text` to the start of `room`, which has space for them;
  /// returns how many.
  private static func copy(_ text: String, into room: UnsafeMutableBufferPointer<UInt8>)
    -> Int
  {
    let copied = text.utf8.withContiguousStorageIfAvailable { bytes in
      guard let source = bytes.baseAddress, let target = room.baseAddress else { return 0 }
      target.update(from: source, count: bytes.count)
      return bytes.count
    }
    if let copied { return copied }
    let (_, count) = room.update(from: text.utf8)
    return count
  }

  /// Resets the statement and binds `values` to its parameters, in order.
  ///
  /// - Throws: `DatabaseError.parameterCount` unless there is exactly one value for
  ///   each parameter; SQLite would otherwise quietly bind `NULL` to the rest.
  public func bind(_ values: [SQLValue]) throws(DatabaseError) {
    guard values.count == parameterCount else {
      throw .parameterCount(expected: parameterCount, given: values.count, sql: sql)
    }

    // Every parameter is bound again below, so the old bindings need not be cleared.
    rewind()
    for (offset, value) in values.enumerated() {
      try bind(value, at: offset + 1)
    }
  }

  /// Binds one value to the parameter at `index`, counting from 1.
  public func bind(_ value: SQLValue, at index: Int) throws(DatabaseError) {
    switch value {
    case .null: try bindNull(at: index)
    case .integer(let number): try bind(number, at: index)
    case .real(let number): try bind(number, at: index)
    case .text(let text): try bind(text, at: index)
    case .blob(let bytes): try bind(bytes, at: index)
    }
  }

  /// Binds `NULL` to the parameter at `index` (`sqlite3_bind_null`).
  public func bindNull(at index: Int) throws(DatabaseError) {
    hasBindings = true
    try check(sqlite3_bind_null(handle, position(index)))
  }

  /// Binds a whole number to the parameter at `index` (`sqlite3_bind_int64`).
  public func bind(_ value: Int, at index: Int) throws(DatabaseError) {
    try bind(Int64(value), at: index)
  }

  /// Binds a 64-bit whole number to the parameter at `index` (`sqlite3_bind_int64`).
  public func bind(_ value: Int64, at index: Int) throws(DatabaseError) {
    hasBindings = true
    try check(sqlite3_bind_int64(handle, position(index), value))
  }

  /// Binds a real number to the parameter at `index` (`sqlite3_bind_double`).
  public func bind(_ value: Double, at index: Int) throws(DatabaseError) {
    hasBindings = true
    try check(sqlite3_bind_double(handle, position(index), value))
  }

  /// Binds text to the parameter at `index` (`sqlite3_bind_text64`).
  ///
  /// SQLite takes its own copy of the bytes, so `value` need not outlive the call.
  public func bind(_ value: String, at index: Int) throws(DatabaseError) {
    var value = value
    var failure: DatabaseError?
    value.withUTF8 { bytes in
      do throws(DatabaseError) {
        try bindText(bytes, at: index, destructor: Self.transient)
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
  }

  /// Binds UTF-8 bytes as text to the parameter at `index`; `destructor` says whether
  /// SQLite copies them (`transient`) or reads them where they are (`static`).
  private func bindText(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, destructor: sqlite3_destructor_type?
  ) throws(DatabaseError) {
    hasBindings = true
    let position = position(index)
    let encoding = UInt8(SQLITE_UTF8)

    // An empty buffer may have no address, and a null pointer would bind NULL, not ''.
    guard let start = bytes.baseAddress, !bytes.isEmpty else {
      return try check(sqlite3_bind_text64(handle, position, "", 0, Self.static, encoding))
    }
    let code = start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
      sqlite3_bind_text64(handle, position, $0, UInt64(bytes.count), destructor, encoding)
    }
    try check(code)
  }

  /// Binds raw bytes to the parameter at `index` (`sqlite3_bind_blob64`).
  ///
  /// SQLite takes its own copy of the bytes. An empty array binds an empty blob, not `NULL`.
  public func bind(_ value: [UInt8], at index: Int) throws(DatabaseError) {
    hasBindings = true
    let position = position(index)

    let code = value.withUnsafeBytes { bytes in
      guard let start = bytes.baseAddress, !bytes.isEmpty else {
        return sqlite3_bind_zeroblob(handle, position, 0)
      }
      return sqlite3_bind_blob64(handle, position, start, UInt64(bytes.count), Self.transient)
    }
    try check(code)
  }

  /// Binds raw bytes where they lie to the parameter at `index` (`sqlite3_bind_blob64`).
  ///
  /// SQLite takes its own copy of the bytes, so they need not outlive the call. No bytes
  /// bind an empty blob, not `NULL`.
  public func bind(_ bytes: UnsafeRawBufferPointer, at index: Int) throws(DatabaseError) {
    hasBindings = true
    let position = position(index)
    guard let start = bytes.baseAddress, !bytes.isEmpty else {
      return try check(sqlite3_bind_zeroblob(handle, position, 0))
    }
    try check(
      sqlite3_bind_blob64(handle, position, start, UInt64(bytes.count), Self.transient))
  }

  /// Moves to the next result row (`sqlite3_step`).
  ///
  /// - Returns: `true` when the statement stands on a row whose columns can be read,
  ///   `false` when it has finished.
  public func step() throws(DatabaseError) -> Bool {
    generation &+= 1
    isRewound = false

    let code = sqlite3_step(handle)
    isActive = code == SQLITE_ROW
    switch code {
    case SQLITE_ROW:
      return true
    case SQLITE_DONE:
      return false
    default:
      throw DatabaseError(resultCode: code, connection: connection, path: path)
    }
  }

  /// Rewinds the statement but keeps its bindings (`sqlite3_reset` alone), for a statement
  /// run once per row where only some values change from one row to the next; `reset()`
  /// when done.
  public func rewind() {
    generation &+= 1
    isActive = false
    guard !isRewound else { return }
    isRewound = true
    sqlite3_reset(handle)
  }

  /// Rewinds the statement and clears its bindings, ready to run again.
  ///
  /// Resetting also ends the read the statement had open, which lets other connections
  /// check the write-ahead log back into the database. Any error from the last step has
  /// already been thrown by `step()`, so the codes returned here are not checked again.
  public func reset() {
    rewind()
    guard hasBindings else { return }
    hasBindings = false
    sqlite3_clear_bindings(handle)
  }

  /// SQLite's `SQLITE_STATIC`: the bound bytes stay put until the statement is reset.
  private static var `static`: sqlite3_destructor_type? { nil }

  /// SQLite's `SQLITE_TRANSIENT`: copy bound bytes before the call returns.
  private static var transient: sqlite3_destructor_type {
    unsafeBitCast(-1, to: sqlite3_destructor_type.self)
  }

  /// A parameter index as SQLite takes it; one out of range fails with `SQLITE_RANGE`.
  private func position(_ index: Int) -> Int32 {
    Int32(clamping: index)
  }

  /// Throws the error for `code` unless it is `SQLITE_OK`.
  private func check(_ code: Int32) throws(DatabaseError) {
    guard code == SQLITE_OK else {
      throw DatabaseError(resultCode: code, connection: connection, path: path)
    }
  }
}
