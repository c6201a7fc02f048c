import MentorExchange
import Testing

@Suite("Text encodings")
struct EncodingTests {
  /// Names written in Windows-1252, beside the text they stand for.
  static let windows1252Names: [(String, [UInt8])] = [
    ("Zoë", [0x5A, 0x6F, 0xEB]),
    ("O’Brien", [0x4F, 0x92, 0x42, 0x72, 0x69, 0x65, 0x6E]),
  ]

  @Test("Valid UTF-8 is read as UTF-8", arguments: ["Zoë", "O’Brien", "Ngọc Ánh 😀"])
  func validUTF8IsDetected(name: String) throws {
    let table = try CSVReader.read(text: "name,age\n\(name),14\n")

    #expect(table.encoding == .utf8)
    #expect(table.rowFields == [[name, "14"]])
  }

  @Test("Bytes that are not UTF-8 are read as Windows-1252", arguments: windows1252Names)
  func invalidUTF8IsReadAsWindows1252(name: String, encoded: [UInt8]) throws {
    let bytes = Array("name,age\n".utf8) + encoded + Array(",14\n".utf8)

    let table = try CSVReader.read(bytes)

    #expect(table.encoding == .windows1252)
    #expect(table.rowFields == [[name, "14"]])
  }

  @Test("A given Windows-1252 encoding decodes the same names", arguments: windows1252Names)
  func givenWindows1252Decodes(name: String, encoded: [UInt8]) throws {
    let bytes = Array("name\n".utf8) + encoded
    let options = CSVOptions(encoding: .windows1252)

    let table = try CSVReader.read(bytes, options: options)

    #expect(table.encoding == .windows1252)
    #expect(table.rowFields == [[name]])
  }

  @Test("A given Windows-1252 encoding is used even for bytes that are valid UTF-8")
  func givenWindows1252OverridesDetection() throws {
    let options = CSVOptions(encoding: .windows1252)

    let table = try CSVReader.read(text: "name\nZoë\n", options: options)

    #expect(table.rowFields == [["ZoÃ«"]])
  }

  @Test(
    "Windows-1252 bytes decode to their code points, undefined ones to C1 controls",
    arguments: [
      (0x80, "\u{20AC}"), (0x82, "\u{201A}"), (0x8A, "\u{0160}"), (0x91, "\u{2018}"),
      (0x92, "\u{2019}"), (0x93, "\u{201C}"), (0x94, "\u{201D}"), (0x96, "\u{2013}"),
      (0x97, "\u{2014}"), (0x99, "\u{2122}"), (0x9F, "\u{0178}"), (0xA0, "\u{00A0}"),
      (0xA3, "£"), (0xE9, "é"), (0xEB, "ë"), (0xFF, "ÿ"),
      (0x81, "\u{0081}"), (0x8D, "\u{008D}"), (0x8F, "\u{008F}"), (0x90, "\u{0090}"),
      (0x9D, "\u{009D}"),
    ] as [(UInt8, Unicode.Scalar)]
  )
  func windows1252Table(byte: UInt8, expected: Unicode.Scalar) throws {
    let bytes = Array("x\n".utf8) + [byte]

    let table = try CSVReader.read(bytes, options: CSVOptions(encoding: .windows1252))

    #expect(table.rowFields == [[String(expected)]])
  }

  @Test("Every Windows-1252 byte from 0x80 up decodes to exactly one code point")
  func everyHighByteDecodes() throws {
    let high = (0x80...0xFF).map { UInt8($0) }
    let bytes = Array("x\n".utf8) + high

    let table = try CSVReader.read(bytes, options: CSVOptions(encoding: .windows1252))

    let scalars = Array(try #require(table.rows.first).fields[0].unicodeScalars)
    #expect(scalars.count == 128)
    #expect(scalars[0x20...].map(\.value) == (0xA0...0xFF).map { UInt32($0) })
  }

  @Test("A given UTF-8 encoding rejects invalid bytes, naming their line")
  func givenUTF8RejectsInvalidBytes() {
    let bytes = Array("name\nSam\n".utf8) + [0x5A, 0x6F, 0xEB] + Array("\nJo\n".utf8)

    #expect(throws: CSVError.invalidUTF8(line: 3)) {
      try CSVReader.read(bytes, options: CSVOptions(encoding: .utf8))
    }
  }

  @Test("A byte-order mark declares UTF-8, so invalid bytes after it are an error")
  func byteOrderMarkRequiresUTF8() {
    let bytes = [0xEF, 0xBB, 0xBF] + Array("name\r\n".utf8) + [0x5A, 0x6F, 0xEB]

    #expect(throws: CSVError.invalidUTF8(line: 2)) {
      try CSVReader.read(bytes)
    }
  }

  @Test(
    "Ill-formed UTF-8 sequences are invalid",
    arguments: [
      [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
      [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
      [0xE2, 0x82], [0x80], [0xFF],
    ] as [[UInt8]]
  )
  func illFormedSequencesAreInvalid(sequence: [UInt8]) {
    let bytes = Array("name\n".utf8) + sequence

    #expect(throws: CSVError.invalidUTF8(line: 2)) {
      try CSVReader.read(bytes, options: CSVOptions(encoding: .utf8))
    }
  }

  @Test("An invalid byte is found wherever it falls in a long line", arguments: 0..<20)
  func invalidByteAtAnyOffset(offset: Int) {
    let line = [UInt8](repeating: UInt8(ascii: "x"), count: offset) + [0xEB]
    let bytes = Array("name\n".utf8) + line + Array("\n".utf8)

    #expect(throws: CSVError.invalidUTF8(line: 2)) {
      try CSVReader.read(bytes, options: CSVOptions(encoding: .utf8))
    }
  }

  @Test(
    "Common spellings name an encoding",
    arguments: [
      ("utf8", .utf8), ("UTF-8", .utf8), ("utf-8", .utf8), ("Utf_8", .utf8),
      ("cp1252", .windows1252), ("CP1252", .windows1252), ("windows-1252", .windows1252),
      ("Windows-1252", .windows1252), ("latin1", .windows1252), ("Latin-1", .windows1252),
      ("ISO-8859-1", .windows1252),
    ] as [(String, TextEncoding)]
  )
  func encodingNames(name: String, expected: TextEncoding) {
    #expect(TextEncoding(name: name) == expected)
  }

  @Test("Unknown encoding names are refused", arguments: ["utf-16", "ascii", "", "1252x"])
  func unknownEncodingNames(name: String) {
    #expect(TextEncoding(name: name) == nil)
  }

  @Test("An encoding's raw value is its canonical name", arguments: TextEncoding.allCases)
  func canonicalNameReadsBack(encoding: TextEncoding) {
    #expect(TextEncoding(name: encoding.rawValue) == encoding)
  }
}
