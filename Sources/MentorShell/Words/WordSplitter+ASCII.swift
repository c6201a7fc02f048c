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
      var words: [String] = []
      // Room for four words, as most lines have: the array is kept as the command's
      // arguments, which undo keeps for the session, so more is not reserved.
      words.reserveCapacity(4)
      // A word is made of runs of bytes between the quotes around or inside it; most have
      // one run, made into a string straight from the line, and only a word of several
      // runs (`ab'c d'`) is gathered in `word` first.
      var word = WordBytes(line: bytes)
      var runStart: Int?
      var inWord = false
      var quote: UInt8 = 0
      // The byte just added outside quotes, if the word has one; an apostrophe may follow.
      var previous: UInt8 = 0
      var end = bytes.count
      var index = 0
      // Each turn reads one byte, then, where it can, the rest of its run in a tighter
      // loop: up to the closing quote, or the bytes of a word that change nothing.
      scan: while index < bytes.count {
        let byte = bytes[index]
        guard isPlain(byte) else { return nil }
        if quote != 0 {
          if runStart == nil { runStart = index }
          while index < bytes.count, bytes[index] != quote {
            guard isPlain(bytes[index]) else { return nil }
            index += 1
          }
          guard index < bytes.count else { break scan }
          word.add(from: runStart, to: index)
          runStart = nil
          quote = 0
          previous = 0
          index += 1
          continue
        }
        switch byte {
        case space, tab:
          word.add(from: runStart, to: index)
          runStart = nil
          if inWord { words.append(word.text) }
          word.clear()
          inWord = false
          previous = 0
        case hash where !inWord:
          end = index
          break scan
        case apostrophe where isLetterOrDigit(previous):
          if runStart == nil { runStart = index }
          previous = byte
        case apostrophe, doubleQuote:
          word.add(from: runStart, to: index)
          runStart = nil
          inWord = true
          quote = byte
        default:
          inWord = true
          if runStart == nil { runStart = index }
          previous = byte
          // The word's next bytes, up to a space, a quote or anything not plain, change
          // nothing but `previous`: a `#` inside a word is part of it.
          while index + 1 < bytes.count {
            let next = bytes[index + 1]
            guard isPlain(next), next != space, next != tab, next != apostrophe,
              next != doubleQuote
            else { break }
            previous = next
            index += 1
          }
        }
        index += 1
      }
      word.add(from: runStart, to: end)
      if inWord { words.append(word.text) }
      return (words, quote == 0 ? nil : Character(Unicode.Scalar(quote)))
    }
  }

  /// The bytes of the word being scanned, as runs of the line.
  private struct WordBytes {
    /// The line's bytes.
    let line: UnsafeBufferPointer<UInt8>
    /// The word's only run so far, while it has one.
    var only: Range<Int>?
    /// The word's runs joined, once it has more than one.
    var joined: [UInt8] = []

    init(line: UnsafeBufferPointer<UInt8>) {
      self.line = line
    }

    /// Adds the run from `start`, if one is open, to `end`.
    mutating func add(from start: Int?, to end: Int) {
      guard let start, start < end else { return }
      if only == nil && joined.isEmpty {
        only = start..<end
        return
      }
      if let first = only {
        joined.append(contentsOf: UnsafeBufferPointer(rebasing: line[first]))
        only = nil
      }
      joined.append(contentsOf: UnsafeBufferPointer(rebasing: line[start..<end]))
    }

    /// The word as a string.
    ///
    /// A word of up to fifteen bytes, as most are, is held inside the String itself, and
    /// made by copying its bytes in costs about half what `String(decoding:as:)` does.
    var text: String {
      guard let only else { return String(decoding: joined, as: UTF8.self) }
      let run = UnsafeBufferPointer(rebasing: line[only])
      guard run.count <= 15, let start = run.baseAddress else {
        return String(decoding: run, as: UTF8.self)
      }
      return String(unsafeUninitializedCapacity: run.count) { made in
        made.baseAddress?.initialize(from: start, count: run.count)
        return run.count
      }
    }

    /// Starts the next word.
    mutating func clear() {
      only = nil
      joined.removeAll(keepingCapacity: true)
    }
  }

  private static let tab = UInt8(ascii: "\t")
  private static let space = UInt8(ascii: " ")
  private static let delete: UInt8 = 0x7F
  private static let backslash = UInt8(ascii: "\\")
  private static let hash = UInt8(ascii: "#")
  private static let apostrophe = UInt8(ascii: "'")
  private static let doubleQuote = UInt8(ascii: "\"")

  /// Whether the scanner reads `byte` as it is: a tab or printable ASCII but a backslash.
  private static func isPlain(_ byte: UInt8) -> Bool {
    byte == tab || (byte >= space && byte < delete && byte != backslash)
  }

  private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }
}
