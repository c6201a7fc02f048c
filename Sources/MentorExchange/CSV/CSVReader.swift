/// Reads data sheets: CSV files as schools' systems export them, quirks included.
///
/// Reading follows RFC 4180 and also accepts a UTF-8 byte-order mark, comma, semicolon or tab
/// delimiters, CR, LF or CRLF line ends, blank lines, spaces around unquoted fields, a stray
/// separator at the end of a line, and Windows-1252 text. Both entry points work from the
/// same scanner; ``read(_:options:)`` keeps every record, ``forEachRecord(_:options:_:)``
/// hands them over one by one.
public enum CSVReader {
  /// Reads a whole data sheet held in memory.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - options: The delimiter and encoding, each detected when `nil`.
  /// - Returns: The header, the rows and the format they were read with.
  /// - Throws: ``CSVError/empty`` when there is no header line, or another ``CSVError`` for
  ///   bytes that are not a readable data sheet.
  public static func read(
    _ bytes: [UInt8], options: CSVOptions = .init()
  ) throws(CSVError) -> CSVTable {
    var header: CSVRecord?
    var rows: [CSVRecord] = []
    let format = try scanEach(bytes, options: options) { record in
      if header == nil { header = record } else { rows.append(record) }
    }
    guard let header else { throw .empty }
    return CSVTable(
      delimiter: format.delimiter, encoding: format.encoding, header: header, rows: rows)
  }

  /// Calls `body` with each record of a data sheet in turn, the header first.
  ///
  /// Records reach `body` as they are scanned, so a malformed line late in the file is
  /// reported only after the records before it were handed over. The encoding and any NUL
  /// byte are checked for the whole file before the first record.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - options: The delimiter and encoding, each detected when `nil`.
  ///   - body: Called once per record; an error it throws stops the reading and is rethrown.
  /// - Returns: The delimiter and encoding the records were read with.
  /// - Throws: A ``CSVError`` as ``read(_:options:)`` does, or whatever `body` throws.
  @discardableResult
  public static func forEachRecord(
    _ bytes: [UInt8], options: CSVOptions = .init(), _ body: (CSVRecord) throws -> Void
  ) throws -> CSVFormat {
    try bytes.withUnsafeBufferPointer { buffer in
      var scanner = try CSVScanner(buffer, options: options)
      var hasHeader = false
      while let record = try scanner.next() {
        hasHeader = true
        try body(record)
      }

      guard hasHeader else { throw CSVError.empty }
      return scanner.format
    }
  }

  /// Calls `body` with each record in turn, the header first, and returns the format; the
  /// importer reads a sheet this way without holding its records.
  ///
  /// - Throws: ``CSVError/empty`` when there is no header line, or another ``CSVError`` as
  ///   ``read(_:options:)`` does; records before a malformed line have reached `body`.
  static func scanEach(
    _ bytes: [UInt8], options: CSVOptions, _ body: (CSVRecord) -> Void
  ) throws(CSVError) -> CSVFormat {
    try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in
      var scanner = try CSVScanner(buffer, options: options)
      var hasHeader = false
      while let record = try scanner.next() {
        hasHeader = true
        body(record)
      }
      guard hasHeader else { throw .empty }
      return scanner.format
    }
  }
}
