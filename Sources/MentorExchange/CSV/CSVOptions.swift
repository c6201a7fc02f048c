/// How to read a data sheet; anything left `nil` is worked out from the bytes.
public struct CSVOptions: Sendable, Equatable {
  /// The byte that separates fields, or `nil` to detect it from the header line.
  ///
  /// Detection counts commas, semicolons and tabs outside quotes in the header line; the most
  /// frequent wins, and a tie goes to the comma, then the semicolon.
  public var delimiter: UInt8?

  /// The encoding of the bytes, or `nil` to use UTF-8 when the bytes are valid UTF-8 and
  /// Windows-1252 otherwise.
  public var encoding: TextEncoding?

  /// Creates options; the defaults detect everything.
  public init(delimiter: UInt8? = nil, encoding: TextEncoding? = nil) {
    self.delimiter = delimiter
    self.encoding = encoding
  }
}
