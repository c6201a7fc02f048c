import MentorExchange
import Testing

@Suite("Error messages")
struct CSVErrorTests {
  static let everyKind: [CSVError] = [
    .empty,
    .unterminatedQuote(line: 7),
    .textAfterClosingQuote(line: 7),
    .invalidUTF8(line: 7),
    .binary(line: 7),
    .unsupportedDelimiter(0x22),
    .cannotRead(path: "sheet.csv", reason: "No such file or directory"),
    .notAFile(path: "/dev/zero", kind: .device),
    .tooLarge(path: "huge.csv", limit: 2 << 30),
  ]

  @Test("Messages start with a capital and have no final full stop", arguments: everyKind)
  func messagesAreSentences(error: CSVError) throws {
    let first = try #require(error.message.first)

    #expect(first.isUppercase || first == "'")
    #expect(!error.message.hasSuffix("."))
    #expect(error.description == error.message)
  }

  @Test(
    "Messages name the line, quote user input and keep the system's reason",
    arguments: [
      (.unterminatedQuote(line: 12), "Line 12 opens a quoted field that is never closed"),
      (
        .invalidUTF8(line: 3),
        "Line 3 is not valid UTF-8; try the encoding 'windows-1252'"
      ),
      (
        .unsupportedDelimiter(0x22),
        "'\"' cannot separate fields; use a comma, a semicolon or a tab"
      ),
      (
        .unsupportedDelimiter(0xC3),
        "'0xC3' cannot separate fields; use a comma, a semicolon or a tab"
      ),
      (
        .cannotRead(path: "marks.csv", reason: "Is a directory"),
        "Cannot read 'marks.csv': is a directory"
      ),
      (
        .notAFile(path: "/dev/zero", kind: .device),
        "Cannot read '/dev/zero': it is a device, not a file"
      ),
      (
        .notAFile(path: "sheets", kind: .folder),
        "Cannot read 'sheets': it is a folder, not a file"
      ),
      (
        .notAFile(path: "pipe", kind: .namedPipe),
        "Cannot read 'pipe': it is a named pipe, not a file"
      ),
      (
        .tooLarge(path: "huge.csv", limit: 2 << 30),
        "Cannot read 'huge.csv': it is larger than 2 GiB, the most a data sheet may be"
      ),
    ] as [(CSVError, String)]
  )
  func messageWording(error: CSVError, expected: String) {
    #expect(error.message == expected)
  }
}
