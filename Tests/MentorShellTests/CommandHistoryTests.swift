import Foundation
import Testing

@testable import MentorShell

/// A fresh folder path under the temporary folder; nothing is created.
private func temporaryPath(_ name: String) -> String {
  FileManager.default.temporaryDirectory
    .appendingPathComponent("mentor-history-\(UUID().uuidString)").appendingPathComponent(name)
    .path
}

/// The permission bits of a file or folder, read through Foundation.
private func permissions(_ path: String) throws -> Int {
  let attributes = try FileManager.default.attributesOfItem(atPath: path)
  return try #require(attributes[.posixPermissions] as? Int)
}

@Suite("Command history file", .serialized)
struct CommandHistoryTests {
  init() {
    SystemCalls.useUTF8Characters()
  }

  static let awkwardEntries = [
    "mentee add \"Zoë Brontë\" 10B",
    "  leading and trailing spaces  ",
    "tab\tinside",
    "back\\slash and \\040 looking like an escape",
    "note 'Zola Brown' moved to set 2 — 中文 ✓",
    "x",
  ]

  @Test("Entries with spaces, tabs, backslashes and UTF-8 come back after a restart")
  func roundTrip() throws {
    let path = temporaryPath("history")
    let first = try #require(CommandHistory(limit: 1000))
    try first.load(from: path)
    for entry in Self.awkwardEntries {
      first.add(entry)
    }
    try first.save(to: path)

    let second = try #require(CommandHistory(limit: 1000))
    try second.load(from: path)
    #expect(second.entries == Self.awkwardEntries)
  }

  @Test("The file escapes spaces as \\040 and keeps UTF-8 letters as they are")
  func fileFormat() throws {
    let path = temporaryPath("history")
    let history = try #require(CommandHistory(limit: 10))
    try history.load(from: path)
    history.add("as Zoë Brontë")
    try history.save(to: path)

    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text == "_HiStOrY_V2_\nas\\040Zoë\\040Brontë\n")
  }

  @Test("Only the newest entries up to the limit are kept and repeats are skipped")
  func limit() throws {
    let path = temporaryPath("history")
    let history = try #require(CommandHistory(limit: 3))
    try history.load(from: path)
    for entry in ["one", "two", "two", "three", "four"] {
      history.add(entry)
    }
    #expect(history.entries == ["two", "three", "four"])
    try history.save(to: path)

    let reloaded = try #require(CommandHistory(limit: 3))
    try reloaded.load(from: path)
    #expect(reloaded.entries == ["two", "three", "four"])
  }

  @Test("A file that is not a history file is refused and left alone")
  func foreignFile() throws {
    let path = temporaryPath("bash_history")
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data("ls -l\ncd /tmp\n".utf8).write(to: URL(fileURLWithPath: path))

    let history = try #require(CommandHistory(limit: 10))
    #expect(throws: LineReadingError.cannotLoadHistory(path: path)) {
      try history.load(from: path)
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "ls -l\ncd /tmp\n")
  }

  @Test("New folders are 0700 and the file 0600 even with a permissive umask")
  func ownerOnlyWithPermissiveUmask() throws {
    let earlier = SystemCalls.setFileCreationMask(0o000)
    defer { SystemCalls.setFileCreationMask(earlier) }

    let path = temporaryPath("nested/folders/history")
    let top = (path as NSString).deletingLastPathComponent
    let history = try #require(CommandHistory(limit: 10))
    try history.load(from: path)
    #expect(try permissions(path) == 0o600)
    #expect(try permissions(top) == 0o700)
    #expect(try permissions((top as NSString).deletingLastPathComponent) == 0o700)

    history.add("mentee list")
    try history.save(to: path)
    #expect(try permissions(path) == 0o600)
  }

  @Test("Saving makes a file that others could read owner-only")
  func saveTightensPermissions() throws {
    let path = temporaryPath("history")
    let history = try #require(CommandHistory(limit: 10))
    try history.load(from: path)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)

    history.add("help")
    try history.save(to: path)
    #expect(try permissions(path) == 0o600)
  }

  @Test("A history folder that cannot be created is reported with its path")
  func folderCannotBeCreated() throws {
    let blocker = temporaryPath("plain-file")
    try FileManager.default.createDirectory(
      atPath: (blocker as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data().write(to: URL(fileURLWithPath: blocker))

    let history = try #require(CommandHistory(limit: 10))
    #expect(throws: LineReadingError.cannotCreateHistoryFolder(path: blocker, code: EEXIST)) {
      try history.load(from: blocker + "/history")
    }
  }

  @Test("A folder where the history file should be is reported as such")
  func folderInsteadOfFile() throws {
    let path = temporaryPath("history")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)

    let history = try #require(CommandHistory(limit: 10))
    #expect(throws: LineReadingError.cannotCreateHistoryFile(path: path, code: EISDIR)) {
      try history.load(from: path)
    }
  }
}
