import Foundation
import Testing

@testable import MentorShell

/// `source` reads only a regular file of a sensible size, and says why it will not read
/// anything else.
@Suite("Only a regular file of a sensible size is read as a script")
struct ScriptFileTests {
  /// A fresh folder of its own under the temporary folder; the test removes it.
  static func makeFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-script-file-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Sources `path` in a new shell; returns whether it succeeded and what went to errors.
  static func source(_ path: String) throws -> (succeeded: Bool, errors: String) {
    let shell = try TestShell()
    let succeeded = shell.run("source \(path)").succeeded
    return (succeeded, shell.errors)
  }

  @Test("A device is refused before a byte of it is read")
  func deviceIsRefused() throws {
    let sourced = try Self.source("/dev/zero")

    #expect(!sourced.succeeded)
    #expect(sourced.errors.contains("Cannot read '/dev/zero': it is a device, not a file"))
  }

  @Test("A named pipe is refused at once, without waiting for a writer")
  func namedPipeIsRefused() throws {
    let folder = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("school.mentor").path
    #expect(mkfifo(path, 0o600) == 0)

    let sourced = try Self.source(path)

    #expect(!sourced.succeeded)
    #expect(sourced.errors.contains("Cannot read '\(path)': it is a named pipe, not a file"))
  }

  @Test("A folder is refused as not a file")
  func folderIsRefused() throws {
    let folder = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }

    let sourced = try Self.source(folder.path)

    #expect(!sourced.succeeded)
    #expect(sourced.errors.contains("Cannot read '\(folder.path)': it is a folder, not a file"))
  }

  @Test("A script larger than 64 MiB is refused before it is read")
  func largeScriptIsRefused() throws {
    let folder = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("huge.mentor").path
    // A sparse file: its size is over the limit while it takes next to no disk.
    #expect(FileManager.default.createFile(atPath: path, contents: Data("echo hi\n".utf8)))
    #expect(truncate(path, off_t(64 << 20) + 1) == 0)

    let sourced = try Self.source(path)

    #expect(!sourced.succeeded)
    #expect(
      sourced.errors.contains(
        "Cannot read '\(path)': it is larger than 64 MiB, the most a script may be"))
  }

  @Test("A regular script, or a link to one, is still run")
  func regularScriptRuns() throws {
    let folder = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("hello.mentor").path
    let link = folder.appendingPathComponent("latest.mentor").path
    #expect(FileManager.default.createFile(atPath: path, contents: Data("echo hello\n".utf8)))
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
    let shell = try TestShell()

    let sourced = shell.run("source \(path)", "source \(link)")

    #expect(sourced.succeeded)
    #expect(sourced.output == "hello\nhello\n")
  }

  /// The lines read from `text`, each as its text or nil when it is not UTF-8.
  private static func lines(_ bytes: [UInt8]) -> [String?] {
    ScriptFile.lines(of: bytes).map { line in
      if case .text(let text) = line { text } else { nil }
    }
  }

  @Test("Lines end at LF or CRLF; a last line break adds no line, and empty lines stay")
  func lineBreaks() {
    #expect(Self.lines(Array("".utf8)) == [])
    #expect(Self.lines(Array("\n".utf8)) == [""])
    #expect(Self.lines(Array("a".utf8)) == ["a"])
    #expect(Self.lines(Array("a\n".utf8)) == ["a"])
    #expect(Self.lines(Array("a\r\n\r\nb\r".utf8)) == ["a", "", "b"])
    #expect(Self.lines(Array("a\n\n".utf8)) == ["a", ""])
    #expect(Self.lines([0xEF, 0xBB, 0xBF] + Array("é\nb".utf8)) == ["é", "b"])
    #expect(Self.lines(Array("a\n".utf8) + [0xFF] + Array("\nc".utf8)) == ["a", nil, "c"])
    // A line of ASCII is made without the general check; any other line has it whole.
    #expect(Self.lines(Array("echo 'Zoë Brontë'\nok".utf8)) == ["echo 'Zoë Brontë'", "ok"])
    #expect(Self.lines(Array("echo ab".utf8) + [0xC3] + Array("x\nok".utf8)) == [nil, "ok"])
  }
}
