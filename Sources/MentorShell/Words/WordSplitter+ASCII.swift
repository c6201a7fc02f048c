/// Splitting a line of plain ASCII a byte at a time, which is what nearly every line of a
/// script is, instead of a character at a time.
extension WordSplitter {
  /// The words of `line` and the quote left open at its end, read as bytes, when the line
  /// holds only printable ASCII and tabs and no backslash; nil for any other line.
  ///
  /// For such a line the result is the one the character scanner gives: a backslash is
  /// the only escape, and every other character the scanner treats specially is a single
  /// byte. Variables are not replaced: a `$` is kept as it is.
  static func scanASCII(_ line: String) -> (words: [String], openQuote: Character?)? {
    var line = line
    return line.withUTF8 { bytes in
      // Room for a usual command's words, and for the longest word the line can hold, so
      // that neither grows a byte or a word at a time.
      var words: [String] = []
      words.reserveCapacity(8)
      var word: [UInt8] = []
      word.reserveCapacity(bytes.count)
      var inWord = false
      var quote: UInt8 = 0
      // The byte just added outside quotes, if the word has one; an apostrophe may follow.
      var previous: UInt8 = 0
      scan: for byte in bytes {
        guard byte == tab || (byte >= space && byte < delete), byte != backslash else {
          return nil
        }
        if quote != 0 {
          if byte == quote {
            quote = 0
            previous = 0
          } else {
            word.append(byte)
          }
          continue
        }
        switch byte {
        case space, tab:
          if inWord { words.append(String(decoding: word, as: UTF8.self)) }
          word.removeAll(keepingCapacity: true)
          inWord = false
          previous = 0
        case hash where !inWord:
          break scan
        case apostrophe where isLetterOrDigit(previous):
          word.append(byte)
          previous = byte
        case apostrophe, doubleQuote:
          inWord = true
          quote = byte
        default:
          inWord = true
          word.append(byte)
          previous = byte
        }
      }
      if inWord { words.append(String(decoding: word, as: UTF8.self)) }
      return (words, quote == 0 ? nil : Character(Unicode.Scalar(quote)))
    }
  }

  private static let tab = UInt8(ascii: "\t")
  private static let space = UInt8(ascii: " ")
  private static let delete: UInt8 = 0x7F
  private static let backslash = UInt8(ascii: "\\")
  private static let hash = UInt8(ascii: "#")
  private static let apostrophe = UInt8(ascii: "'")
  private static let doubleQuote = UInt8(ascii: "\"")

  private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }
}
