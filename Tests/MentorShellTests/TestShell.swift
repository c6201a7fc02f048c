import Foundation
import MentorStore

@testable import MentorShell

/// A shell over a database in memory, whose output a test reads back.
final class TestShell {
  /// Everything printed to standard output, in order.
  private(set) var output = ""
  /// Everything printed to standard error, in order.
  private(set) var errors = ""
  /// The shell itself.
  private(set) var shell: Shell!

  /// Opens a shell over an empty school, or over the school in `store`, run by `user`:
  /// the demo school's Progress Leader unless a test says otherwise.
  init(store: Store? = nil, user: String = "Dr Osei") throws {
    let console = Console(
      isTerminal: false, usesColour: false, out: { [unowned self] in output += $0 },
      error: { [unowned self] in errors += $0 })
    var options = ShellOptions()
    options.user = user
    shell = try Shell(store: try store ?? Store.inMemory(), console: console, options: options)
  }

  /// Runs lines one after another; returns what they printed to standard output, and
  /// whether every one succeeded.
  @discardableResult
  func run(_ lines: String...) -> (output: String, succeeded: Bool) {
    let start = output.endIndex
    let succeeded = lines.map { shell.execute($0) }.allSatisfy { $0 }
    return (String(output[start...]), succeeded)
  }

  /// Writes a data sheet to a temporary file and returns its path.
  static func sheet(_ text: String) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-shell-\(UUID().uuidString).csv").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }
}
