/// One pass over a file's bytes that finds the first NUL and the first byte that breaks UTF-8.
///
/// Runs of eight ASCII bytes are checked a machine word at a time, so a 40 MB file takes a few
/// milliseconds. Validity follows the well-formed byte sequences of the Unicode Standard,
/// table 3-7: overlong forms, surrogates and code points past U+10FFFF are invalid.
struct ByteSurvey {
  /// The offset of the first NUL byte, if there is one.
  private(set) var firstNUL: Int?

  /// The offset of the first byte that does not start a well-formed UTF-8 sequence, if any.
  ///
  /// Always `nil` when the survey was made without UTF-8 validation.
  private(set) var firstInvalidUTF8: Int?

  /// Surveys `bytes`, checking UTF-8 only when `validatingUTF8` is true.
  init(_ bytes: UnsafeBufferPointer<UInt8>, validatingUTF8: Bool) {
    guard let base = bytes.baseAddress else { return }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    var checksUTF8 = validatingUTF8
    var offset = 0

    while offset < count {
      if offset + 8 <= count {
        let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        let highBits = word & 0x8080_8080_8080_8080
        let zeroBytes = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
        if zeroBytes == 0 && (highBits == 0 || !checksUTF8) {
          offset += 8
          continue
        }
      }

      let byte = bytes[offset]
      if byte == ASCIIByte.nul {
        firstNUL = offset
        return
      }
      guard byte >= 0x80 && checksUTF8 else {
        offset += 1
        continue
      }

      let length = Self.sequenceLength(in: bytes, at: offset)
      if length == 0 {
        firstInvalidUTF8 = offset
        checksUTF8 = false
        offset += 1
      } else {
        offset += length
      }
    }
  }

  /// Returns the 1-based physical line that holds the byte at `offset`.
  ///
  /// A CR, an LF and a CRLF each end one line.
  static func line(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var line = 1
    for index in 0..<offset {
      let byte = bytes[index]
      if byte == ASCIIByte.lineFeed {
        line += 1
      } else if byte == ASCIIByte.carriageReturn {
        let nextIsLineFeed = index + 1 < bytes.count && bytes[index + 1] == ASCIIByte.lineFeed
        if !nextIsLineFeed { line += 1 }
      }
    }
    return line
  }

  /// Returns the length of the well-formed multi-byte sequence at `offset`, or 0 if none.
  private static func sequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
    func continues(_ index: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
      index < bytes.count && range.contains(bytes[index])
    }

    let next = offset + 1
    switch bytes[offset] {
    case 0xC2...0xDF:
      return continues(next) ? 2 : 0
    case 0xE0:
      return continues(next, 0xA0...0xBF) && continues(next + 1) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF:
      return continues(next) && continues(next + 1) ? 3 : 0
    case 0xED:
      return continues(next, 0x80...0x9F) && continues(next + 1) ? 3 : 0
    case 0xF0:
      return continues(next, 0x90...0xBF) && continues(next + 1) && continues(next + 2) ? 4 : 0
    case 0xF1...0xF3:
      return continues(next) && continues(next + 1) && continues(next + 2) ? 4 : 0
    case 0xF4:
      return continues(next, 0x80...0x8F) && continues(next + 1) && continues(next + 2) ? 4 : 0
    default:
      return 0
    }
  }
}
