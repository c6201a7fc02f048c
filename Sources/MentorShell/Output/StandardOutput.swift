import EditLineShim
import Foundation

/// Standard output gathered in memory and written in pieces of at least `limit` bytes,
/// for output that is not a terminal: a script of many commands prints a line for each,
/// and one `write` call a line costs more than the command's own work.
///
/// `Console` writes it out before anything goes to standard error and whenever the shell
/// waits or ends (`Console.flush()`). The bytes are held in C (`HeldOutput.c`), where a
/// handler writes them out when SIGINT, SIGTERM or SIGHUP ends the process, so that what a
/// script printed before Ctrl-C or a `kill` is not lost. There is one such buffer per
/// process, as there is one standard output.
///
/// Shortcoming: output held back when the process crashes or is killed with SIGKILL is
/// still lost, up to `limit` bytes: nothing runs then to write it out.
final class StandardOutput {
  /// How much is held back before it is written.
  static let limit = Int(mentor_held_output_limit)

  /// Starts writing out what is held back when a signal ends the process.
  init() {
    mentor_held_output_guard_begin()
  }

  /// Adds `text`, writing everything out once `limit` bytes are held.
  func write(_ text: String) {
    add(text, newline: false)
  }

  /// Adds `text` and a line break, as `write(text + "\n")` does without joining them.
  func writeLine(_ text: String) {
    add(text, newline: true)
  }

  /// Adds the bytes of `text`, read in place, and a line break after them if asked.
  private func add(_ text: String, newline: Bool) {
    var text = text
    text.withUTF8 { bytes in
      let count = bytes.count + (newline ? 1 : 0)
      if count > mentor_held_output_room() { flush() }
      guard count < Self.limit else {
        Console.write(Array(bytes) + (newline ? [Self.lineBreak] : []), to: STDOUT_FILENO)
        return
      }
      if !bytes.isEmpty { mentor_held_output_add(bytes.baseAddress, bytes.count) }
      if newline { withUnsafePointer(to: Self.lineBreak) { mentor_held_output_add($0, 1) } }
    }
    if mentor_held_output_count() >= Self.limit { flush() }
  }

  private static let lineBreak = UInt8(ascii: "\n")

  /// Writes out everything held back.
  func flush() {
    mentor_held_output_write()
  }
}
