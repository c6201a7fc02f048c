/// The delimiter and encoding a data sheet was read with, given or detected.
public struct CSVFormat: Sendable, Equatable {
  /// The byte that separated fields.
  public let delimiter: UInt8

  /// The encoding the fields were decoded from.
  public let encoding: TextEncoding

  /// Creates a format from its delimiter and encoding.
  public init(delimiter: UInt8, encoding: TextEncoding) {
    self.delimiter = delimiter
    self.encoding = encoding
  }
}
