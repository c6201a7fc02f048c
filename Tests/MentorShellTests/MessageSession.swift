import Foundation
import Testing

@testable import MentorShell

/// The demo school in a shell whose messages go to a private folder of the test's own,
/// with the clock fixed and a member of staff at the keyboard.
final class MessageSession {
  /// The test's folder: the outbox, a fake sendmail and what it was given live in it.
  let folder: URL
  let demo: DemoSession

  /// The time the clock shows: Friday 4 December 2026, 15:30 UTC.
  static let now = Date(timeIntervalSince1970: 1_796_398_200)

  /// Opens the demo school with `user` at the keyboard.
  ///
  /// - Parameters:
  ///   - user: the person at the keyboard.
  ///   - outbox: whether the shell has an outbox of its own, as one over a database file
  ///     has; without one it is like a database in memory.
  ///   - sendmailExit: when given, `--sendmail` runs a fake sendmail that keeps each
  ///     message in `captured` and ends with this status.
  init(user: String = "Dr Osei", outbox: Bool = true, sendmailExit: Int? = nil) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-messages-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    self.folder = folder
    let script = folder.appendingPathComponent("fake-sendmail").path
    if let status = sendmailExit {
      try Self.writeFakeSendmail(
        script, capturing: folder.appendingPathComponent("captured"), status: status)
    }
    demo = try DemoSession { options in
      options.user = user
      options.outbox = outbox ? folder.appendingPathComponent("outbox").path : nil
      options.sendmail = script
    }
    demo.shell.clock = Clock(fixed: Self.now)
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  /// The outbox folder.
  var outbox: URL { folder.appendingPathComponent("outbox") }

  /// Runs lines; returns whether all succeeded.
  @discardableResult
  func run(_ lines: String...) -> Bool {
    lines.map { demo.shell.execute($0) }.allSatisfy { $0 }
  }

  /// What the shell printed, and printed as diagnostics, since the school was loaded.
  var output: String { demo.output.text }
  var errors: String { demo.errors.text }

  /// The names of the files in a folder (the outbox by default), sorted; none if missing.
  func files(in folder: URL? = nil) -> [String] {
    let path = (folder ?? outbox).path
    return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }

  /// Every message in the outbox, read back, in the order of their file names.
  func messages() throws -> [ReadMessage] {
    try files().map { name in
      try ReadMessage(String(contentsOf: outbox.appendingPathComponent(name), encoding: .utf8))
    }
  }

  /// Every message the fake sendmail was given, read back with LF line ends.
  func captured() throws -> [ReadMessage] {
    let folder = folder.appendingPathComponent("captured")
    return try files(in: folder).filter { $0.hasSuffix(".eml") }.map { name in
      try ReadMessage(
        String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), lineEnd: "\n")
    }
  }

  /// The state of an intervention, as the shell holds it.
  func state(_ id: String) -> String? {
    demo.shell.school.interventions[id]?.state.rawValue
  }

  /// The ids listed in a message's text: `I3` at the start of an indented line.
  static func listedIDs(_ message: ReadMessage) -> [String] {
    message.body.split(separator: "\n").compactMap { line in
      let words = line.split(separator: " ")
      guard line.hasPrefix("  "), let first = words.first,
        first.first == "I" || first.first == "E", Int(first.dropFirst()) != nil
      else { return nil }
      return String(first)
    }
  }

  /// Writes a shell script that stands in for sendmail: it keeps its arguments and its
  /// standard input as files in `capturing`, and ends with `status`. It sends nothing.
  static func writeFakeSendmail(_ path: String, capturing: URL, status: Int) throws {
    try FileManager.default.createDirectory(at: capturing, withIntermediateDirectories: true)
    let script = """
      #!/bin/sh
      out='\(capturing.path)'
      name=$(mktemp "$out/message-XXXXXX")
      cat > "$name.eml"
      rm -f "$name"
      echo "$@" > "$out/arguments"
      exit \(status)

      """
    try script.write(toFile: path, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
  }
}
