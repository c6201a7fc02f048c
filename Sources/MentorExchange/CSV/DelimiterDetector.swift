/// Works out a data sheet's delimiter from its header line.
enum DelimiterDetector {
  /// Returns the comma, semicolon or tab that occurs most often outside quotes in the first
  /// line that is not blank, starting at `start`.
  ///
  /// A tie goes to the comma, then the semicolon; a header with none of them (a single
  /// column) is read as comma-separated.
  static func delimiter(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt8 {
    var offset = start
    while offset < bytes.count && isBlank(bytes[offset]) {
      offset += 1
    }

    var commas = 0
    var semicolons = 0
    var tabs = 0
    var insideQuotes = false
    scan: while offset < bytes.count {
      switch bytes[offset] {
      case ASCIIByte.quote:
        insideQuotes.toggle()
      case _ where insideQuotes:
        break
      case ASCIIByte.comma:
        commas += 1
      case ASCIIByte.semicolon:
        semicolons += 1
      case ASCIIByte.tab:
        tabs += 1
      case ASCIIByte.lineFeed, ASCIIByte.carriageReturn:
        break scan
      default:
        break
      }
      offset += 1
    }

    if semicolons > commas && semicolons >= tabs { return ASCIIByte.semicolon }
    if tabs > commas && tabs > semicolons { return ASCIIByte.tab }
    return ASCIIByte.comma
  }

  /// Returns whether `byte` belongs to a blank line before the header.
  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == ASCIIByte.space || byte == ASCIIByte.lineFeed || byte == ASCIIByte.carriageReturn
  }
}
