import Foundation

/// Writing header fields of a message (RFC 5322) with text in any language (RFC 2047).
///
/// Text that is plain ASCII goes as it is. Text with other characters goes as encoded-words
/// (`=?utf-8?B?...?=`), each holding whole characters and short enough that a folded line
/// stays within 78 characters. A field is folded at spaces between words, never inside one.
/// Control characters, line breaks among them, become spaces first, so no text given to a
/// header can start a field of its own.
enum HeaderText {
  /// The longest line a field is folded to, without its line end.
  static let lineLimit = 78

  /// The most bytes of text in one encoded-word: 39 bytes make 52 base64 characters, and
  /// with `=?utf-8?B?` and `?=` an encoded-word of 64, which fits after any field name here.
  static let encodedBytesLimit = 39

  /// A field folded into lines: `Name: word word`, then lines that start with a space.
  ///
  /// - Parameters:
  ///   - name: The field's name, such as `Subject`.
  ///   - words: The value's words, each of which stays whole on one line.
  /// - Returns: The lines, without line ends.
  static func field(_ name: String, _ words: [String]) -> [String] {
    var lines: [String] = []
    var line = name + ":"
    for word in words {
      if line.count + 1 + word.count > lineLimit, line.count > name.count + 1 {
        lines.append(line)
        line = ""
      }
      line += " " + word
    }
    lines.append(line)
    return lines
  }

  /// The words of unstructured text, such as a subject: as they are when they are ASCII
  /// and short, else encoded-words that hold the whole text, spaces included.
  static func unstructured(_ text: String) -> [String] {
    let clean = withoutControls(text)
    let words = clean.split(separator: " ").map(String.init)
    if clean.allSatisfy(\.isASCII), words.allSatisfy({ $0.count <= 76 }) {
      return words
    }
    return encodedWords(clean)
  }

  /// The words of a display name: as they are when they are letters, digits and spaces;
  /// quoted when other ASCII signs such as `.` or `,` are in it; else encoded-words.
  static func phrase(_ text: String) -> [String] {
    let clean = withoutControls(text).split(separator: " ").joined(separator: " ")
    guard clean.allSatisfy(\.isASCII) else { return encodedWords(clean) }
    if clean.allSatisfy({ $0 == " " || isAtomText($0) }) {
      return clean.split(separator: " ").map(String.init)
    }
    let escaped = clean.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\"", with: "\\\"")
    return ["\"\(escaped)\""]
  }

  /// Text as encoded-words, each of whole characters and at most `encodedBytesLimit`
  /// bytes of UTF-8 before encoding. A reader joins adjacent encoded-words without the
  /// space between them, so spaces in the text travel inside the encoded-words.
  static func encodedWords(_ text: String) -> [String] {
    var words: [String] = []
    var chunk: [UInt8] = []
    for character in text {
      let bytes = Array(String(character).utf8)
      if chunk.count + bytes.count > encodedBytesLimit, !chunk.isEmpty {
        words.append(encodedWord(chunk))
        chunk = []
      }
      chunk += bytes
    }
    if !chunk.isEmpty || words.isEmpty { words.append(encodedWord(chunk)) }
    return words
  }

  /// One encoded-word of UTF-8 bytes, in base64.
  private static func encodedWord(_ bytes: [UInt8]) -> String {
    "=?utf-8?B?" + Data(bytes).base64EncodedString() + "?="
  }

  /// Whether a character may stand in an atom unquoted (RFC 5322 `atext`).
  private static func isAtomText(_ character: Character) -> Bool {
    guard character.isASCII, let value = character.asciiValue, value > 32, value < 127 else {
      return false
    }
    return !"()<>[]:;@\\,.\"".contains(character)
  }

  /// The text with every control character, line breaks and tabs among them, made a space.
  static func withoutControls(_ text: String) -> String {
    String(
      text.map { character -> Character in
        character.unicodeScalars.contains { $0.properties.generalCategory == .control }
          || character.isNewline ? " " : character
      })
  }
}
