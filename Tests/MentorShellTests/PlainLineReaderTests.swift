import Foundation
import Testing

@testable import MentorShell

/// Input bytes and the results a plain reader should give for them, in order.
struct ReadingCase: CustomTestStringConvertible, Sendable {
  var name: String
  var input: [UInt8]
  var expected: [LineReadResult]

  var testDescription: String { name }

  init(_ name: String, _ input: [UInt8], _ expected: [LineReadResult]) {
    self.name = name
    self.input = input
    self.expected = expected
  }

  init(_ name: String, _ input: String, _ expected: [LineReadResult]) {
    self.init(name, Array(input.utf8), expected)
  }
}

@Suite("Plain line reader")
struct PlainLineReaderTests {
  static let cases: [ReadingCase] = [
    ReadingCase("LF line endings", "one\ntwo\n", [.line("one"), .line("two"), .endOfInput]),
    ReadingCase("CR LF line endings", "one\r\ntwo\r\n", [.line("one"), .line("two"), .endOfInput]),
    ReadingCase("last line without line ending", "one\ntwo", [.line("one"), .line("two")]),
    ReadingCase("last line with only CR", "one\r", [.line("one"), .endOfInput]),
    ReadingCase("CR inside a line is kept", "a\rb\n", [.line("a\rb"), .endOfInput]),
    ReadingCase("blank lines are lines", "\n\r\n\n", [.line(""), .line(""), .line("")]),
    ReadingCase("empty input", "", [.endOfInput, .endOfInput]),
    ReadingCase("byte order mark at the start", "\u{FEFF}mentee\n", [.line("mentee")]),
    ReadingCase("byte order mark alone", "\u{FEFF}", [.endOfInput]),
    ReadingCase(
      "byte order mark later is text", "a\n\u{FEFF}b\n", [.line("a"), .line("\u{FEFF}b")]),
    ReadingCase(
      "UTF-8 names", "mentee add \"Zoë Brontë\"\r\n",
      [.line("mentee add \"Zoë Brontë\""), .endOfInput]),
    ReadingCase(
      "invalid UTF-8 is reported and reading goes on",
      Array("ok\n".utf8) + [0x5A, 0x6F, 0xEB, 0x0A] + Array("next\n".utf8),
      [.line("ok"), .invalidText(lineNumber: 2), .line("next"), .endOfInput]),
    ReadingCase(
      "truncated UTF-8 at the end is reported", [0x61, 0x0A, 0xC3],
      [.line("a"), .invalidText(lineNumber: 2), .endOfInput]),
  ]

  @Test("Reads lines from a pipe", arguments: cases)
  func readsFromPipe(_ reading: ReadingCase) throws {
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(Data(reading.input))
    try pipe.fileHandleForWriting.close()

    let reader = PlainLineReader(fileDescriptor: pipe.fileHandleForReading.fileDescriptor)
    for expected in reading.expected {
      #expect(try reader.readLine() == expected)
    }
  }

  @Test("Reads a script file with CR LF endings and counts its lines")
  func readsScriptFile() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-script-\(UUID().uuidString).txt").path
    try Data("\u{FEFF}help\r\nmentee list\r\nquit".utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }

    let reader = try PlainLineReader(path: path)
    #expect(try reader.readLine() == .line("help"))
    #expect(try reader.readLine(prompt: "ignored> ") == .line("mentee list"))
    #expect(try reader.readLine() == .line("quit"))
    #expect(reader.lineNumber == 3)
    #expect(try reader.readLine() == .endOfInput)
  }

  @Test("A missing script file is reported with its path and the reason")
  func missingScriptFile() {
    let path = "/nonexistent/mentor/script.txt"
    #expect(throws: LineReadingError.cannotOpen(path: path, code: ENOENT)) {
      try PlainLineReader(path: path)
    }
    let message = LineReadingError.cannotOpen(path: path, code: ENOENT).description
    #expect(message == "Cannot open '/nonexistent/mentor/script.txt': No such file or directory")
  }

  @Test("Reading a folder fails with a reason")
  func readingFolderFails() throws {
    let reader = try PlainLineReader(path: "/tmp")
    #expect(throws: LineReadingError.cannotRead(path: "/tmp", code: EISDIR)) {
      try reader.readLine()
    }
  }

  @Test("A line longer than one read is returned whole")
  func longLine() throws {
    let long = String(repeating: "Zoë Brontë ", count: 20_000)
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-long-\(UUID().uuidString).txt").path
    try Data((long + "\nshort\n").utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }

    let reader = try PlainLineReader(path: path)
    #expect(try reader.readLine() == .line(long))
    #expect(try reader.readLine() == .line("short"))
  }

  @Test("Lines that arrive slowly through a pipe are all read")
  func slowPipe() throws {
    let writer = Process()
    writer.executableURL = URL(fileURLWithPath: "/bin/sh")
    writer.arguments = ["-c", "echo a; sleep 1; printf 'b\\r\\n'; sleep 1; printf c"]
    let pipe = Pipe()
    writer.standardOutput = pipe
    try writer.run()
    try pipe.fileHandleForWriting.close()

    let reader = PlainLineReader(fileDescriptor: pipe.fileHandleForReading.fileDescriptor)
    #expect(try reader.readLine() == .line("a"))
    #expect(try reader.readLine() == .line("b"))
    #expect(try reader.readLine() == .line("c"))
    #expect(try reader.readLine() == .endOfInput)
    writer.waitUntilExit()
  }
}
