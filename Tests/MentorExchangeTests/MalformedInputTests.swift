import MentorExchange
import Testing

@Suite("Input that is not a data sheet")
struct MalformedInputTests {
  @Test(
    "Nothing, a byte-order mark or blank lines alone make an empty sheet",
    arguments: ["", "\u{FEFF}", "\n\n", "\r\n   \r\n", "\u{FEFF}\r", "  "] as [SheetText]
  )
  func emptyInputIsEmpty(sheet: SheetText) {
    #expect(throws: CSVError.empty) {
      try CSVReader.read(text: sheet.text)
    }
  }

  @Test("A NUL byte makes the file binary, reported on its line", arguments: 0..<12)
  func nulByteIsBinary(offset: Int) {
    let line = [UInt8](repeating: UInt8(ascii: "x"), count: offset) + [0x00]
    let bytes = Array("name\r\nSam\r\n".utf8) + line + Array(",1\n".utf8)

    #expect(throws: CSVError.binary(line: 3)) {
      try CSVReader.read(bytes)
    }
  }

  @Test("A NUL byte is found whatever encoding is given", arguments: TextEncoding.allCases)
  func nulByteIsBinaryInAnyEncoding(encoding: TextEncoding) {
    let bytes = Array("name\n".utf8) + [0xEB, 0x00]

    #expect(throws: CSVError.binary(line: 2)) {
      try CSVReader.read(bytes, options: CSVOptions(encoding: encoding))
    }
  }

  @Test("A UTF-16 file is reported as binary")
  func utf16IsBinary() {
    let bytes: [UInt8] =
      [0xFF, 0xFE]
      + Array("name\n".utf16).flatMap {
        [UInt8($0 & 0xFF), UInt8($0 >> 8)]
      }

    #expect(throws: CSVError.binary(line: 1)) {
      try CSVReader.read(bytes)
    }
  }
}
