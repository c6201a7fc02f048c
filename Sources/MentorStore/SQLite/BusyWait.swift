import Glibc

/// How a connection waits while another connection holds the write lock.
///
/// SQLite calls `keepWaiting(afterAttempts:limit:)` through `sqlite3_busy_handler` each
/// time it finds the database locked. The wait starts at 1 ms and grows by 1 ms a time up
/// to 10 ms, so a writer notices a freed lock quickly (SQLite's own timeout grows to 100 ms
/// steps), and gives up after about `limit` milliseconds, when the caller sees
/// `DatabaseError.busy`.
enum BusyWait {
  /// How long a statement waits for a lock unless told otherwise, in milliseconds.
  static let defaultLimitInMilliseconds = 5_000

  /// The longest single pause between two attempts, in milliseconds.
  static let longestPauseInMilliseconds = 10

  /// Pauses and returns `true` to try again, or returns `false` once the limit is reached.
  ///
  /// - Parameters:
  ///   - attempts: How many times SQLite has already called the handler for this lock;
  ///     0 on the first call.
  ///   - limit: The longest wait in all, in milliseconds.
  static func keepWaiting(afterAttempts attempts: Int32, limit: Int) -> Bool {
    let attempts = Int(attempts)
    guard waited(afterAttempts: attempts) < limit else {
      return false
    }

    usleep(UInt32(pause(forAttempt: attempts) * 1_000))
    return true
  }

  /// The pause before attempt `attempt` (counting from 0), in milliseconds.
  static func pause(forAttempt attempt: Int) -> Int {
    min(attempt + 1, longestPauseInMilliseconds)
  }

  /// The total of the pauses before attempt `attempts`, in milliseconds.
  static func waited(afterAttempts attempts: Int) -> Int {
    let growing = min(attempts, longestPauseInMilliseconds)
    let level = attempts - growing
    return growing * (growing + 1) / 2 + level * longestPauseInMilliseconds
  }
}
