/// Splits a data sheet's bytes into records, one call to ``next()`` at a time.
///
/// The scanner borrows its buffer, so it must not outlive the closure that lent it; the
/// reader's entry points create and drain it inside `withUnsafeBufferPointer`. It walks bytes
/// only and makes a field's string from the field's own bytes, once for each text a column
/// repeats (`FieldInterner`).
struct CSVScanner {
  /// The delimiter and encoding in use, given or detected.
  let format: CSVFormat

  private let bytes: UnsafeBufferPointer<UInt8>
  private let delimiter: UInt8
  private var offset: Int
  private var line = 1
  private var headerWidth: Int?
  private var unescaped: [UInt8] = []
  private var interner = FieldInterner()

  /// Prepares to scan `bytes`, settling the encoding and delimiter before any record is read.
  ///
  /// - Throws: ``CSVError/binary(line:)`` for a NUL byte, ``CSVError/invalidUTF8(line:)`` for
  ///   bytes that must be UTF-8 but are not, ``CSVError/unsupportedDelimiter(_:)``.
  init(_ bytes: UnsafeBufferPointer<UInt8>, options: CSVOptions) throws(CSVError) {
    let survey = ByteSurvey(bytes, validatingUTF8: options.encoding != .windows1252)
    if let offset = survey.firstNUL {
      throw .binary(line: ByteSurvey.line(at: offset, in: bytes))
    }

    let hasByteOrderMark = bytes.starts(with: ASCIIByte.byteOrderMark)
    let encoding = try Self.encoding(
      given: options.encoding, hasByteOrderMark: hasByteOrderMark, survey: survey, bytes: bytes)

    let start = hasByteOrderMark ? ASCIIByte.byteOrderMark.count : 0
    let delimiter = options.delimiter ?? DelimiterDetector.delimiter(in: bytes, from: start)
    guard ASCIIByte.canSeparateFields(delimiter) else {
      throw .unsupportedDelimiter(delimiter)
    }

    self.bytes = bytes
    self.delimiter = delimiter
    self.format = CSVFormat(delimiter: delimiter, encoding: encoding)
    self.offset = start
  }

  /// Returns the next record that is not blank, or `nil` at the end of the bytes.
  ///
  /// The first record returned is the header. A header that ends with an empty field loses
  /// that field, and so does a row with exactly one field more than the header whose last
  /// field is empty: both come from a stray separator at the end of the line.
  ///
  /// - Throws: ``CSVError/unterminatedQuote(line:)``,
  ///   ``CSVError/textAfterClosingQuote(line:)``.
  mutating func next() throws(CSVError) -> CSVRecord? {
    while offset < bytes.count {
      let firstLine = line
      var fields: [String] = []
      fields.reserveCapacity(headerWidth.map { $0 + 1 } ?? 16)

      let isBlank = try readRecord(into: &fields)
      if isBlank { continue }

      dropStrayTrailingField(from: &fields)
      return CSVRecord(line: firstLine, fields: fields)
    }
    return nil
  }

  /// Reads fields up to and including the record's line end; returns whether it was blank.
  ///
  /// A blank record is a single unquoted field that is empty once its spaces are trimmed.
  private mutating func readRecord(into fields: inout [String]) throws(CSVError) -> Bool {
    var hasQuotedField = false

    while true {
      skipSpaces()
      if offset < bytes.count && bytes[offset] == ASCIIByte.quote {
        hasQuotedField = true
        fields.append(try readQuotedField(column: fields.count))
      } else {
        fields.append(readPlainField(column: fields.count))
      }

      guard offset < bytes.count else { break }
      let byte = bytes[offset]
      offset += 1
      if byte == delimiter { continue }

      let isCRLF =
        byte == ASCIIByte.carriageReturn
        && offset < bytes.count && bytes[offset] == ASCIIByte.lineFeed
      if isCRLF { offset += 1 }
      line += 1
      break
    }

    return !hasQuotedField && fields.count == 1 && fields[0].isEmpty
  }

  /// Reads an unquoted field, leaving `offset` on the delimiter, line end or end of bytes.
  ///
  /// Leading spaces are already skipped; trailing spaces are trimmed here. A quote inside an
  /// unquoted field is kept as an ordinary character.
  private mutating func readPlainField(column: Int) -> String {
    let start = offset
    var end = offset
    while end < bytes.count {
      let byte = bytes[end]
      if byte == delimiter || byte == ASCIIByte.lineFeed || byte == ASCIIByte.carriageReturn {
        break
      }
      end += 1
    }
    offset = end

    while end > start && bytes[end - 1] == ASCIIByte.space {
      end -= 1
    }
    return decode(start..<end, column: column)
  }

  /// Reads a quoted field whose opening quote is at `offset`, keeping its content verbatim.
  ///
  /// A doubled quote stands for one quote. Delimiters and line ends inside the quotes belong
  /// to the field; line ends still advance the line count. Spaces after the closing quote
  /// are skipped, and `offset` is left on what follows them.
  private mutating func readQuotedField(column: Int) throws(CSVError) -> String {
    let openingLine = line
    var cursor = offset + 1
    var segmentStart = cursor
    var hasDoubledQuote = false

    while true {
      guard cursor < bytes.count else { throw .unterminatedQuote(line: openingLine) }
      let byte = bytes[cursor]

      if byte == ASCIIByte.quote {
        let isDoubled = cursor + 1 < bytes.count && bytes[cursor + 1] == ASCIIByte.quote
        if !isDoubled { break }
        if !hasDoubledQuote { unescaped.removeAll(keepingCapacity: true) }
        unescaped.append(contentsOf: bytes[segmentStart...cursor])
        hasDoubledQuote = true
        cursor += 2
        segmentStart = cursor
        continue
      }

      if byte == ASCIIByte.lineFeed {
        line += 1
      } else if byte == ASCIIByte.carriageReturn {
        let nextIsLineFeed =
          cursor + 1 < bytes.count && bytes[cursor + 1] == ASCIIByte.lineFeed
        if !nextIsLineFeed { line += 1 }
      }
      cursor += 1
    }

    let value: String
    if hasDoubledQuote {
      unescaped.append(contentsOf: bytes[segmentStart..<cursor])
      value = unescaped.withUnsafeBufferPointer { format.encoding.string(from: $0) }
    } else {
      value = decode(segmentStart..<cursor, column: column)
    }

    offset = cursor + 1
    skipSpaces()
    try expectFieldEnd()
    return value
  }

  /// Throws unless `offset` is on a delimiter, a line end or the end of the bytes.
  private func expectFieldEnd() throws(CSVError) {
    guard offset < bytes.count else { return }
    let byte = bytes[offset]
    if byte == delimiter || byte == ASCIIByte.lineFeed || byte == ASCIIByte.carriageReturn {
      return
    }
    throw .textAfterClosingQuote(line: line)
  }

  /// Moves `offset` past any ASCII spaces.
  private mutating func skipSpaces() {
    while offset < bytes.count && bytes[offset] == ASCIIByte.space {
      offset += 1
    }
  }

  /// Decodes the bytes in `range`, a field of column `column`, in the sheet's encoding,
  /// or gives the string made for the same bytes in that column lately.
  private mutating func decode(_ range: Range<Int>, column: Int) -> String {
    let encoding = format.encoding
    return interner.string(range, column: column, in: bytes) { [bytes] range in
      encoding.string(from: UnsafeBufferPointer(rebasing: bytes[range]))
    }
  }

  /// Drops the empty last field that a stray trailing separator leaves; see ``next()``.
  private mutating func dropStrayTrailingField(from fields: inout [String]) {
    guard let width = headerWidth else {
      if fields.count > 1 && fields[fields.count - 1].isEmpty {
        fields.removeLast()
      }
      headerWidth = fields.count
      return
    }

    if fields.count == width + 1 && fields[width].isEmpty {
      fields.removeLast()
    }
  }

  /// Settles the encoding from the one given, a byte-order mark and the survey of the bytes.
  ///
  /// A byte-order mark declares UTF-8, so with one present invalid bytes are an error rather
  /// than a sign of Windows-1252.
  private static func encoding(
    given: TextEncoding?, hasByteOrderMark: Bool, survey: ByteSurvey,
    bytes: UnsafeBufferPointer<UInt8>
  ) throws(CSVError) -> TextEncoding {
    guard let invalidOffset = survey.firstInvalidUTF8 else {
      return given ?? .utf8
    }

    let mustBeUTF8 = given == .utf8 || (given == nil && hasByteOrderMark)
    if mustBeUTF8 {
      throw .invalidUTF8(line: ByteSurvey.line(at: invalidOffset, in: bytes))
    }
    return .windows1252
  }
}
