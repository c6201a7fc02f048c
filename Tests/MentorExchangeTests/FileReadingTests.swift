import Foundation
import MentorExchange
import Testing

/// Reading a data sheet from a path that names something other than an ordinary sheet.
@Suite("Only a regular file of a sensible size is read as a data sheet")
struct FileReadingTests {
  /// A fresh folder of its own under the temporary folder; the test removes it.
  static func makeFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-file-reading-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test("A device is refused before a byte of it is read")
  func deviceIsRefused() {
    #expect(throws: CSVError.notAFile(path: "/dev/zero", kind: .device)) {
      try CSVReader.read(contentsOf: "/dev/zero")
    }
  }

  @Test("A named pipe is refused at once, without waiting for a writer")
  func namedPipeIsRefused() throws {
    let folder = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("sheet.csv").path
    #expect(mkfifo(path, 0o600) == 0)

    #expect(throws: CSVError.notAFile(path: path, kind: .namedPipe)) {
      try CSVReader.read(contentsOf: path)
    }
  }

  @Test("A file larger than 2 GiB is refused before it is read")
  func largeFileIsRefused() throws {
    let folder = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("huge.csv").path
    // A sparse file: its size is over the limit while it takes next to no disk.
    #expect(FileManager.default.createFile(atPath: path, contents: Data("UPN\n".utf8)))
    #expect(truncate(path, off_t(2 << 30) + 1) == 0)

    #expect(throws: CSVError.tooLarge(path: path, limit: 2 << 30)) {
      try CSVReader.read(contentsOf: path)
    }
  }

  @Test("A link to a regular file is read as the file")
  func linkToFileIsRead() throws {
    let folder = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let sheet = folder.appendingPathComponent("sheet.csv").path
    let link = folder.appendingPathComponent("latest.csv").path
    #expect(FileManager.default.createFile(atPath: sheet, contents: Data("UPN\nA100\n".utf8)))
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: sheet)

    let table = try CSVReader.read(contentsOf: link)

    #expect(table.rows.map(\.fields) == [["A100"]])
  }
}
