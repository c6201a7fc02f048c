/// Decoding of the Windows-1252 code page, byte for byte.
///
/// Bytes below 0x80 are ASCII and bytes from 0xA0 up are the Latin-1 code points of the same
/// number. Only 0x80 to 0x9F differ: there Windows-1252 puts typographic quotes, dashes, the
/// euro sign and a few letters. Its five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D)
/// become the C1 control of the same number, as most decoders do, so no byte is lost.
enum Windows1252 {
  /// The code points of bytes 0x80 to 0x9F, in order.
  private static let codePointsFrom0x80: [UInt16] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// Returns the Unicode code point that `byte` stands for.
  static func codePoint(of byte: UInt8) -> UInt16 {
    switch byte {
    case 0x80...0x9F:
      return codePointsFrom0x80[Int(byte &- 0x80)]
    default:
      return UInt16(byte)
    }
  }

  /// Decodes `bytes` as Windows-1252.
  static func string(from bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard bytes.contains(where: { $0 >= 0x80 }) else {
      return String(decoding: bytes, as: UTF8.self)
    }

    return String(unsafeUninitializedCapacity: bytes.count * 3) { output in
      var written = 0
      for byte in bytes {
        written = encode(codePoint(of: byte), into: output, at: written)
      }
      return written
    }
  }

  /// Writes the UTF-8 form of a code point below U+10000 and returns the next free offset.
  private static func encode(
    _ codePoint: UInt16, into output: UnsafeMutableBufferPointer<UInt8>, at offset: Int
  ) -> Int {
    switch codePoint {
    case 0..<0x80:
      output[offset] = UInt8(codePoint)
      return offset + 1
    case 0x80..<0x800:
      output[offset] = 0xC0 | UInt8(codePoint >> 6)
      output[offset + 1] = 0x80 | UInt8(codePoint & 0x3F)
      return offset + 2
    default:
      output[offset] = 0xE0 | UInt8(codePoint >> 12)
      output[offset + 1] = 0x80 | UInt8((codePoint >> 6) & 0x3F)
      output[offset + 2] = 0x80 | UInt8(codePoint & 0x3F)
      return offset + 3
    }
  }
}
