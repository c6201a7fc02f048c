import CSQLite

/// One connection to a mentor database: a SQLite file, or a database held in memory.
///
/// Opening a file checks it first (see `DatabaseFile`): a new file is created private to
/// its owner, and a file others can change, a folder or a file that is not a database is
/// refused with a `DatabaseError` that says so. Each connection then uses write-ahead
/// logging, enforces foreign keys, and waits up to about 5 s for another connection's
/// write to finish before reporting `.busy`.
///
/// A `Database` and its statements are not `Sendable`: a connection is used from one
/// thread at a time (SQLite is opened without its own mutex). For work on two threads,
/// open two connections to the same file.
public final class Database {
  /// The database file, or `nil` for a database held in memory.
  public let path: String?

  /// The open connection, `sqlite3 *`.
  let connection: OpaquePointer

  /// Compiled statements, keyed by their SQL text.
  private var statements: [String: Statement] = [:]

  /// Compiled statements for `SQL` values, each at its value's slot (see `SQL`); `nil`
  /// where that statement has not been prepared on this connection.
  var keptStatements: [Statement?] = []

  /// How many `transaction` calls are under way; above 1 they are savepoints, unless
  /// `nestedLevelsAreSavepoints` is false.
  var transactionDepth = 0

  /// Whether a level inside the outermost transaction is a savepoint, undone on its own if
  /// it fails. When false (`Store.oneTransaction` sets it for a whole run), a level opens
  /// nothing: one that fails having changed nothing needs no undoing, since SQLite undoes a
  /// failed statement itself, and one that fails half-way undoes the whole transaction
  /// (see `abandonLevel`).
  var nestedLevelsAreSavepoints = true

  /// The count of changed rows (`sqlite3_total_changes64`) when each open level without
  /// a savepoint began, innermost last.
  var levelsWithoutSavepoints: [Int64] = []

  /// Whether the open transaction was undone under its levels, which then fail to begin
  /// or commit until the outermost ends (`DatabaseError.transactionUndone`).
  var transactionUndone = false

  /// What the connection's owner keeps alongside a transaction, each told of every level
  /// as it begins and ends, in this order (see `TransactionCompanion`).
  var transactionCompanions: [TransactionCompanion] = []

  /// Whether the `-wal` and `-shm` files are known to be private already.
  var companionsRestricted = false

  /// How many statements the cache keeps before it drops those not in use.
  static let statementCacheLimit = 200

  /// Opens the database file at `path`, creating it (mode 0600) when there is none.
  ///
  /// - Throws: `DatabaseError.isDirectory`, `.notADatabase`, `.unsafePermissions`,
  ///   `.readOnly` or `.cannotOpen` when the file is unfit, or another case when SQLite
  ///   fails to set the connection up.
  public convenience init(path: String) throws(DatabaseError) {
    try self.init(path: path, busyLimitInMilliseconds: BusyWait.defaultLimitInMilliseconds)
  }

  /// Opens the database file at `path`, waiting up to `busyLimit` ms for another writer.
  convenience init(path: String, busyLimitInMilliseconds busyLimit: Int) throws(DatabaseError) {
    try DatabaseFile.prepare(path)

    // No SQLITE_OPEN_CREATE: the file exists by now, and SQLite must never create one
    // with the umask's wider mode should it vanish in between. A relative path gets "./"
    // so that SQLite cannot take a file called ":memory:" for a database in memory.
    let name = path.hasPrefix("/") ? path : "./" + path
    let connection = try Self.open(name, flags: SQLITE_OPEN_READWRITE, path: path)
    self.init(connection: connection, path: path)

    try configure(busyLimit: busyLimit)
  }

  /// Opens a new, empty database held in memory, gone when the connection is released.
  public static func inMemory() throws(DatabaseError) -> Database {
    let name = ":memory:"
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
    let connection = try open(name, flags: flags, path: name)
    let database = Database(connection: connection, path: nil)

    try database.configure(busyLimit: BusyWait.defaultLimitInMilliseconds)
    return database
  }

  /// Wraps a connection that `open` has just made.
  private init(connection: OpaquePointer, path: String?) {
    self.connection = connection
    self.path = path
  }

  deinit {
    close()
  }

  /// Whether `close` has run.
  private var closed = false

  /// Closes the connection, as releasing the database does; nothing may use it after.
  func close() {
    guard !closed else { return }
    closed = true
    // Finalize cached statements first. `sqlite3_close_v2` keeps the connection alive
    // for any statement still held elsewhere and closes it when the last one goes.
    statements.removeAll()
    keptStatements.removeAll()
    sqlite3_close_v2(connection)
  }

  /// The name used in errors: the file path, or `:memory:`.
  var name: String {
    path ?? ":memory:"
  }

  /// The rowid of the last row inserted on this connection (`sqlite3_last_insert_rowid`).
  public var lastInsertedRowID: Int64 {
    sqlite3_last_insert_rowid(connection)
  }

  /// How many rows the last `INSERT`, `UPDATE` or `DELETE` changed (`sqlite3_changes64`).
  public var changes: Int {
    Int(sqlite3_changes64(connection))
  }

  /// Runs constant SQL, such as schema or pragmas; it may hold several statements.
  ///
  /// Rows the statements return are passed over. Never build `sql` from data: use
  /// `prepare` and bound values for that.
  ///
  /// - Throws: `DatabaseError.parameterCount` if any statement has a parameter, and
  ///   any error SQLite reports.
  public func exec(_ sql: String) throws(DatabaseError) {
    let text = Array(sql.utf8CString)
    let end = text.count - 1
    var offset = 0

    while offset < end {
      let (statement, next) = try compile(text, from: offset, sql: sql, persistent: false)
      guard next > offset else {
        break
      }
      offset = next

      // Whitespace or a comment compiles to no statement at all.
      guard let statement else {
        continue
      }
      guard statement.parameterCount == 0 else {
        throw .parameterCount(expected: statement.parameterCount, given: 0, sql: sql)
      }
      while try statement.step() {}
    }
  }

  /// Returns a compiled statement for `sql`, from the cache when it has been seen before.
  ///
  /// A cached statement comes back reset, with its bindings cleared. If the cached one is
  /// part-way through a query (a query inside another query's rows, say), a fresh one is
  /// compiled instead. A statement stays fit to use until the next `prepare` of the same
  /// text, so prepare it again rather than keep it.
  ///
  /// - Throws: `DatabaseError.notOneStatement` unless `sql` holds exactly one statement,
  ///   and any error SQLite reports while compiling it.
  public func prepare(_ sql: String) throws(DatabaseError) -> Statement {
    // The cache is keyed by the whole SQL text, hashed on every call: statements run once
    // per command or per row are better given as `SQL`, found by identity instead.
    if let cached = statements[sql], !cached.isActive {
      cached.reset()
      return cached
    }

    let statement = try compileOne(sql)
    guard statements[sql] == nil else {
      return statement
    }

    if statements.count >= Self.statementCacheLimit {
      statements = statements.filter { $0.value.isActive }
    }
    statements[sql] = statement
    return statement
  }

  /// Runs one statement that returns no rows with `values` bound, in order.
  public func run(_ sql: String, _ values: SQLValue...) throws(DatabaseError) {
    try prepare(sql).run(values)
  }

  /// Runs one query with `values` bound, calling `row` for each result row.
  public func query(
    _ sql: String, _ values: SQLValue..., row: (Row) throws -> Void
  ) throws {
    try prepare(sql).query(values, row: row)
  }

  /// The error for a failed result code on this connection.
  func failure(_ code: Int32) -> DatabaseError {
    DatabaseError(resultCode: code, connection: connection, path: name)
  }

  /// Sets SQLite up once, before the first connection. It takes its small blocks of memory
  /// from lists each thread keeps of those it freed (see `shim.h`), where `malloc` and
  /// `free` cost a statement about 4,000 instructions. It stops counting the memory it
  /// uses: the count takes a lock shared by the whole process on every allocation, and
  /// nothing reads it. And it keeps the journals of savepoints and statements in memory
  /// up to `journalInMemoryLimit`: past SQLite's 64 KiB the journal moved to a temporary
  /// file, where every page a later savepoint first changed cost two system calls (760,000
  /// writes for a script of 100,000 commands when each write inside `--atomic` was a
  /// savepoint, as each store write inside another transaction still is). Should SQLite
  /// already be in use, neither applies, which changes nothing else.
  private static let configured: Void = {
    _ = mentor_sqlite3_keep_small_blocks()
    _ = mentor_sqlite3_stop_counting_memory()
    _ = mentor_sqlite3_keep_journals_in_memory_up_to(Int32(journalInMemoryLimit))
  }()

  // Shortcoming: SQLite takes memory for such a journal in pieces of this size, so a
  // savepoint reserves 4 MiB of address space while open, though only the pages it
  // journals (a few dozen KiB for a command) are ever touched.
  /// How large a savepoint's or statement's journal grows in memory before SQLite moves it
  /// to a temporary file: 4 MiB, a thousand pages, far more than a command changes.
  static let journalInMemoryLimit = 4 << 20

  /// Opens a connection with `sqlite3_open_v2`, closing it again if that fails.
  ///
  /// - Parameters:
  ///   - name: The name SQLite is given.
  ///   - flags: How to open it, besides the flags every connection gets.
  ///   - path: The path named in errors.
  private static func open(
    _ name: String, flags: Int32, path: String
  ) throws(DatabaseError) -> OpaquePointer {
    _ = configured
    var connection: OpaquePointer?
    let allFlags = flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE

    let code = sqlite3_open_v2(name, &connection, allFlags, nil)
    guard code == SQLITE_OK, let connection else {
      let error = DatabaseError(resultCode: code, connection: connection, path: path)
      sqlite3_close_v2(connection)
      throw error
    }
    return connection
  }

  /// Sets up a new connection: busy waiting, journal, durability and foreign keys.
  ///
  /// - Parameter busyLimit: How long to wait for another writer, in milliseconds.
  private func configure(busyLimit: Int) throws(DatabaseError) {
    // The handler cannot capture anything, so the limit travels as the context pointer.
    sqlite3_busy_handler(
      connection,
      { context, attempts in
        let limit = Int(bitPattern: context)
        return BusyWait.keepWaiting(afterAttempts: attempts, limit: limit) ? 1 : 0
      },
      UnsafeMutableRawPointer(bitPattern: busyLimit))

    // NORMAL keeps every committed transaction through a crash of the process; in WAL
    // mode only a power cut can lose the last few.
    if path != nil {
      try exec("PRAGMA journal_mode=WAL")
    }
    try exec("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON")

    // Reading the schema proves the file is a database and makes SQLite create the
    // -wal and -shm files, which can then be made private.
    guard let path else {
      return
    }
    try exec("SELECT count(*) FROM sqlite_schema")
    companionsRestricted = DatabaseFile.restrictCompanions(of: path)
  }

  /// Makes the -wal and -shm files private, if that is not yet known to be done.
  func restrictCompanionsIfNeeded() {
    guard !companionsRestricted, let path else {
      return
    }
    companionsRestricted = DatabaseFile.restrictCompanions(of: path)
  }

  /// Compiles exactly one statement for the cache.
  func compileOne(_ sql: String) throws(DatabaseError) -> Statement {
    let text = Array(sql.utf8CString)

    let (first, next) = try compile(text, from: 0, sql: sql, persistent: true)
    guard let first else {
      throw .notOneStatement(sql: sql)
    }

    // Anything after the first statement other than whitespace or comments is refused,
    // because SQLite would otherwise ignore it without a word.
    let rest: Statement?
    do {
      rest = try compile(text, from: next, sql: sql, persistent: false).statement
    } catch {
      throw .notOneStatement(sql: sql)
    }
    guard rest == nil else {
      throw .notOneStatement(sql: sql)
    }

    return first
  }

  /// Compiles the first statement in `text` from byte `offset` (`sqlite3_prepare_v3`).
  ///
  /// - Returns: The statement, or `nil` if only whitespace or comments were left, and the
  ///   offset where the next statement starts.
  private func compile(
    _ text: [CChar], from offset: Int, sql: String, persistent: Bool
  ) throws(DatabaseError) -> (statement: Statement?, next: Int) {
    let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
    var handle: OpaquePointer?
    var next = text.count - 1

    let code = text.withUnsafeBufferPointer { buffer in
      let start = buffer.baseAddress! + offset
      var tail: UnsafePointer<CChar>?
      let code = sqlite3_prepare_v3(connection, start, -1, flags, &handle, &tail)
      if let tail {
        next = tail - buffer.baseAddress!
      }
      return code
    }

    guard code == SQLITE_OK else {
      throw failure(code)
    }
    guard let handle else {
      return (nil, next)
    }
    let statement = Statement(handle: handle, connection: connection, path: name, sql: sql)
    return (statement, next)
  }
}
