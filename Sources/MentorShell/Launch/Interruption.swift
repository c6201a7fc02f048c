import Foundation
import MentorStore
import Synchronization

/// Set by Ctrl-C while a command runs at the prompt; read and cleared by the prompt.
private let interruptRequested = Atomic<Bool>(false)

/// Ctrl-C while a command runs: the session goes on instead of ending.
///
/// At the prompt the line editor handles Ctrl-C itself (it clears the line) and puts this
/// handler back when it returns. While a command runs, Ctrl-C sets a flag, and stops the
/// statement the prompt's database is running (`StatementInterruption`), so a long `load`
/// rolls back at once; `load` also looks at the flag before it stores anything.
enum Interruption {
  /// Installs the handler that turns Ctrl-C into a request (calls `signal`).
  static func catchRequests() {
    signal(SIGINT) { _ in
      interruptRequested.store(true, ordering: .relaxed)
      StatementInterruption.interrupt()
    }
  }

  /// Whether Ctrl-C has been pressed and not yet taken, for a command that waits.
  static var isRequested: Bool {
    interruptRequested.load(ordering: .relaxed)
  }

  /// Whether Ctrl-C was pressed since the last call; clears the request.
  static func takeRequest() -> Bool {
    interruptRequested.exchange(false, ordering: .relaxed)
  }
}
