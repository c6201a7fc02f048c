import CSQLite
import Synchronization

/// The connection a Ctrl-C may stop in the middle of a statement: the prompt's, so that a
/// long `load` ends at once, its transaction rolled back, instead of running to the end.
///
/// `interrupt()` is called from the SIGINT handler; it only reads an atomic and calls
/// `sqlite3_interrupt`, which SQLite allows from another thread or a signal handler. The
/// statement then fails with `SQLITE_INTERRUPT`, seen as `DatabaseError.interrupted`.
public enum StatementInterruption {
  /// The address of the connection to interrupt, or 0 for none.
  private static let connection = Atomic<Int>(0)

  /// Lets `interrupt()` stop the statements of `store`, which must outlive the permission
  /// or end it with `forbid()`.
  public static func allow(_ store: Store) {
    connection.store(Int(bitPattern: store.database.connection), ordering: .releasing)
  }

  /// Stops `interrupt()` from reaching any connection.
  public static func forbid() {
    connection.store(0, ordering: .releasing)
  }

  /// Stops the statement running on the allowed connection, if any; safe in a signal
  /// handler.
  public static func interrupt() {
    let address = connection.load(ordering: .acquiring)
    if let pointer = OpaquePointer(bitPattern: address) { sqlite3_interrupt(pointer) }
  }
}
