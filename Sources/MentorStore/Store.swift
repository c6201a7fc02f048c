import Foundation
import MentorModel

/// The mentor database: the only place that speaks SQL.
///
/// Each method that changes data runs in one transaction, so a change is either wholly in
/// the file or not at all.
public final class Store {
  let database: Database
  /// The numbers given to new records in the transaction under way, written at its commit.
  let heldNumbers = HeldNumbers()
  /// The row each intervention agreed through this store was given, by id, so that a
  /// check finds its row without searching the index of ids. A hint only: a row found
  /// this way is written only when it still holds that id.
  // Shortcoming: only interventions agreed through this store are here, not those read
  // when it opened (noting their rows too would cost every start); a check of one agreed
  // in an earlier session searches the index of ids, about 400 instructions more.
  var interventionRows: [String: Int64] = [:]

  /// Opens (or creates) the database file at `path` and brings its schema up to date.
  public convenience init(path: String) throws(DatabaseError) {
    try self.init(database: Database(path: path))
  }

  /// A database held in memory, gone when the shell ends: `mentor --memory`.
  public static func inMemory() throws(DatabaseError) -> Store {
    try Store(database: Database.inMemory())
  }

  private init(database: Database) throws(DatabaseError) {
    self.database = database
    _ = try database.migrate(Schema.migrations)
    database.transactionCompanions = [heldNumbers, Roster.Keeper()]
  }

  /// Closes the database file, as releasing the store does, for a process about to end
  /// that leaves its memory to the system; nothing may use the store after.
  public func closeForExit() {
    database.close()
  }

  /// The file behind the store, or nil in memory.
  public var path: String? { database.path }

  /// The data version (see `dataVersion()`) the caller's view of the school was read at,
  /// or nil when it does not matter.
  ///
  /// A write that starts a transaction while this is set first checks, holding the write
  /// lock, that no other session committed since then, and throws
  /// `DatabaseError.changedElsewhere` instead of writing if one did: the caller decided
  /// what to write from a school that is no longer the one stored.
  public var expectedVersion: Int?

  /// Runs `body` in one transaction, turning any failure into a `DatabaseError`.
  func write(_ body: () throws -> Void) throws(DatabaseError) {
    do {
      try database.transaction {
        try confirmUnchangedElsewhere()
        try body()
      }
    } catch let error as DatabaseError {
      throw error
    } catch {
      throw .sqlite(code: 1, message: String(describing: error))
    }
  }

  /// Runs several changes in one transaction: all of them are kept, or none.
  ///
  /// For undo and bulk work: the store's own writes called inside `body` join this
  /// transaction instead of committing on their own, and links between rows (a meeting
  /// and the interventions it agreed, say) are checked once, at the end. A failure that
  /// is not a `DatabaseError`, such as a rule of the model broken half-way, undoes
  /// everything and comes back as `.sqlite` with its description, so check the model's
  /// rules before starting where the wording matters.
  public func transaction(_ body: () throws -> Void) throws(DatabaseError) {
    try write(body)
  }

  /// Runs `body` in one transaction and keeps what it stored only if it returns true:
  /// `mentor --atomic` runs a whole script so, and `--dry-run` never keeps anything.
  ///
  /// The store's writes inside `body` join this transaction without savepoints of their
  /// own, which cost a bulk script of `agree` and `check` about 8,000 instructions a
  /// command (the savepoint itself and SQLite's copy of every page a command first
  /// touches). A write that fails having changed nothing leaves nothing behind, as SQLite
  /// undoes a failed statement itself; one that fails half-way, having changed rows, undoes
  /// the whole transaction, and every later write fails with `.transactionUndone`, so that
  /// no command runs on a half-made change and nothing of the run is kept (see
  /// `Database.abandonLevel`). The store's writes check what they can before changing
  /// anything, so that needs a failure of the disk or a broken rule of the schema. The
  /// write lock is held throughout, so other sessions' changes wait (within the busy
  /// timeout) until `body` is done. SQLite may keep more of the database in memory
  /// meanwhile (`runCacheKiB`).
  ///
  /// - Returns: whether what `body` stored was kept.
  /// - Throws: a `DatabaseError` from beginning or committing; nothing is kept then.
  // Shortcoming: after a write fails half-way, which the store's own checks leave to a
  // failing disk or a broken rule of the schema, the run's later commands fail too, so a
  // `--dry-run` does not go on to show what they would have changed.
  public func oneTransaction(keepingIf body: () -> Bool) throws(DatabaseError) -> Bool {
    var cacheSize = 0
    try reading { try database.query("PRAGMA cache_size") { cacheSize = $0.int(0) ?? 0 } }
    try database.exec("PRAGMA cache_size = -\(Self.runCacheKiB)")
    defer { try? database.exec("PRAGMA cache_size = \(cacheSize)") }
    let outermost = try database.beginLevel()
    database.nestedLevelsAreSavepoints = false
    defer { database.nestedLevelsAreSavepoints = true }
    guard body() else {
      database.abandonLevel(outermost)
      return false
    }
    try database.commitLevel(outermost)
    return true
  }

  /// Whether a write failed half-way inside `oneTransaction`, so that everything the run
  /// stored was undone and later writes fail until it ends.
  public var runWasUndone: Bool { database.transactionUndone }

  /// Runs `body` with each write inside `oneTransaction` in a savepoint of its own again,
  /// so that a write failing half-way takes back only itself: for the init file, whose
  /// failures are reported but roll nothing back.
  public func keepingSavepoints<Failure: Error>(_ body: () throws(Failure) -> Void)
    throws(Failure)
  {
    let before = database.nestedLevelsAreSavepoints
    database.nestedLevelsAreSavepoints = true
    defer { database.nestedLevelsAreSavepoints = before }
    try body()
  }

  // Shortcoming: the pages a run changes stay in memory until it commits, up to this size:
  // the 100,000-command script changes about 24 MB of pages, which stay in memory beside
  // its undo steps (a peak of 100 MB in all).
  /// The most memory SQLite keeps pages of the database in during `oneTransaction`, in
  /// KiB: 64 MiB, where its default 2 MB made a script of 100,000 `agree` and `check`
  /// commands, changing about 24 MB of pages, write changed pages to the log and read them
  /// back again and again (27,000 writes and 17,000 reads, against 18,000 and 8,000).
  static let runCacheKiB = 65536

  /// Runs `body` holding the write lock from start to end, so no other session commits
  /// meanwhile: what `body` reads is what is stored while it writes.
  ///
  /// What `body` stores joins this one transaction, kept if `body` returns and undone if it
  /// throws; its error is thrown on as it is. `expectedVersion` is not checked inside.
  ///
  /// - Throws: what `body` throws, or a `DatabaseError` from beginning or committing.
  public func holdingWriteLock(_ body: () throws -> Void) throws {
    let expected = expectedVersion
    expectedVersion = nil
    defer { expectedVersion = expected }
    try database.transaction(body)
  }

  /// Throws `.changedElsewhere` when this is the outermost transaction and another session
  /// committed since `expectedVersion`; the write lock is held, so none can commit now.
  private func confirmUnchangedElsewhere() throws(DatabaseError) {
    guard let expectedVersion, database.transactionDepth == 1 else { return }
    guard try dataVersion() == expectedVersion else { throw .changedElsewhere }
  }

  /// A number that changes when another connection (another `mentor`) commits a change;
  /// the shell reads the school again when it moves (`PRAGMA data_version`).
  public func dataVersion() throws(DatabaseError) -> Int {
    var version = 0
    try reading {
      try database.query("PRAGMA data_version") { row in version = row.int(0) ?? 0 }
    }
    return version
  }

  /// Changes one setting.
  public func saveSetting(_ name: String, _ value: String) throws(DatabaseError) {
    try write {
      try database.run(
        "INSERT INTO settings (name, value) VALUES (?, ?)"
          + " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        .text(name), .text(value))
    }
  }

  /// Saves a column mapping under a name, replacing one of the same name.
  public func saveMapping(_ name: String, columns: String) throws(DatabaseError) {
    try write {
      try database.run(
        "INSERT INTO mappings (name, columns) VALUES (?, ?)"
          + " ON CONFLICT (name) DO UPDATE SET columns = excluded.columns",
        .text(name), .text(columns))
    }
  }

  /// Every saved mapping, by name, sorted.
  public func mappings() throws(DatabaseError) -> [(name: String, columns: String)] {
    var found: [(String, String)] = []
    try reading {
      try database.query("SELECT name, columns FROM mappings ORDER BY name") { row in
        found.append((row.string(0) ?? "", row.string(1) ?? ""))
      }
    }
    return found
  }

  /// Every load of a data sheet recorded, oldest first.
  public func sheetLoads() throws(DatabaseError) -> [SheetLoad] {
    var loads: [SheetLoad] = []
    try reading {
      try database.query(
        "SELECT name, month, loaded_at, results FROM sheet_loads ORDER BY loaded_at, name"
      ) { row in
        loads.append(
          SheetLoad(
            name: row.string(0) ?? "", month: row.string(1) ?? "",
            loadedAt: row.string(2) ?? "", results: row.int(3) ?? 0))
      }
    }
    return loads
  }

  /// Runs a read, turning any failure into a `DatabaseError`.
  func reading(_ body: () throws -> Void) throws(DatabaseError) {
    do {
      try body()
    } catch let error as DatabaseError {
      throw error
    } catch {
      throw .sqlite(code: 1, message: String(describing: error))
    }
  }
}

/// One load of a data sheet for one month, as recorded.
public struct SheetLoad: Hashable, Sendable {
  /// The sheet's identity: its file's full path (`list months` shows the file's name).
  public var name: String
  /// The month it covered.
  public var month: String
  /// When it was loaded, as an ISO 8601 time.
  public var loadedAt: String
  /// How many results it stored.
  public var results: Int
}
