import Foundation

/// Standard output gathered in memory and written in pieces of at least `limit` bytes,
/// for output that is not a terminal: a script of many commands prints a line for each,
/// and one `write` call a line costs more than the command's own work.
///
/// `Console` writes it out before anything goes to standard error and whenever the shell
/// waits or ends (`Console.flush()`).
///
/// Shortcoming: output held back when a signal ends the process (SIGTERM, or Ctrl-C while a
/// script runs with standard input not a terminal) or when it crashes is lost, up to
/// `limit` bytes; catching those signals to write it out would change how they end it.
final class StandardOutput {
  /// How much is held back before it is written.
  static let limit = 64 * 1024

  /// The bytes not yet written.
  private var pending: [UInt8] = []

  /// Adds `text`, writing everything out once `limit` bytes are held.
  func write(_ text: String) {
    pending.append(contentsOf: text.utf8)
    if pending.count >= Self.limit { flush() }
  }

  /// Writes out everything held back.
  func flush() {
    guard !pending.isEmpty else { return }
    Console.write(pending, to: STDOUT_FILENO)
    pending.removeAll(keepingCapacity: true)
  }
}
