/// Names for the ASCII bytes the CSV reader looks for.
enum ASCIIByte {
  static let nul: UInt8 = 0x00
  static let tab: UInt8 = 0x09
  static let lineFeed: UInt8 = 0x0A
  static let carriageReturn: UInt8 = 0x0D
  static let space: UInt8 = 0x20
  static let quote: UInt8 = 0x22
  static let comma: UInt8 = 0x2C
  static let semicolon: UInt8 = 0x3B

  /// The UTF-8 byte-order mark some programs write at the start of a file.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Returns whether `byte` is a printing ASCII character other than a space.
  static func isVisible(_ byte: UInt8) -> Bool {
    byte > space && byte < 0x7F
  }

  /// Returns whether `byte` may separate fields.
  ///
  /// A quote, a space, a line end or NUL would make records ambiguous, and a byte from 0x80 up
  /// could split a multi-byte character.
  static func canSeparateFields(_ byte: UInt8) -> Bool {
    let reserved = [nul, lineFeed, carriageReturn, space, quote]
    return byte < 0x80 && !reserved.contains(byte)
  }
}
