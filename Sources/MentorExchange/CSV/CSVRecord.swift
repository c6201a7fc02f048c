/// One record of a data sheet: the header or a row of fields.
public struct CSVRecord: Sendable, Equatable {
  /// The 1-based physical line on which the record starts.
  ///
  /// A quoted field may run over several lines; the record keeps the line it began on, so an
  /// error about it points where a person would look first.
  public let line: Int

  /// The record's fields, unquoted and decoded.
  public var fields: [String]

  /// Creates a record from the line it starts on and its fields.
  public init(line: Int, fields: [String]) {
    self.line = line
    self.fields = fields
  }
}
