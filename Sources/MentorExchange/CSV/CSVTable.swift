/// A whole data sheet in memory: its header, its rows and how it was read.
public struct CSVTable: Sendable, Equatable {
  /// The byte that separated fields.
  public let delimiter: UInt8

  /// The encoding the fields were decoded from.
  public let encoding: TextEncoding

  /// The first record that is not blank.
  public let header: CSVRecord

  /// Every later record that is not blank, in file order.
  ///
  /// Rows are not checked against the header's width beyond dropping a stray trailing
  /// separator; a row with missing or extra fields is the importer's to report.
  public let rows: [CSVRecord]

  /// Creates a table from its parts.
  public init(delimiter: UInt8, encoding: TextEncoding, header: CSVRecord, rows: [CSVRecord]) {
    self.delimiter = delimiter
    self.encoding = encoding
    self.header = header
    self.rows = rows
  }
}
