import Foundation

/// A message read back from its text as a mail program reads it: header fields unfolded and
/// their encoded-words decoded, then the body. Written for the tests, to check what
/// `notify` and `escalate` write without trusting the code that wrote it.
struct ReadMessage {
  /// What is wrong with a message's form; a test reports it.
  struct Malformed: Error, CustomStringConvertible {
    var description: String
  }

  /// Each header field in order: its name, and its value as written, unfolded.
  var rawFields: [(name: String, value: String)]
  /// The text after the blank line, with `\n` line ends.
  var body: String

  /// Reads a message whose lines end in `lineEnd`, checking that every line does.
  ///
  /// - Throws: `Malformed` for a bare CR or LF, a line over 998 bytes, a header line that
  ///   is not a field, or a missing blank line.
  init(_ text: String, lineEnd: String = "\r\n") throws {
    let lines = text.components(separatedBy: lineEnd)
    for line in lines where line.contains("\r") || line.contains("\n") {
      throw Malformed(description: "a line ends other than in \(lineEnd.debugDescription)")
    }
    guard lines.last == "" else { throw Malformed(description: "no line end at the end") }
    for line in lines where line.utf8.count > 998 {
      throw Malformed(description: "a line is longer than 998 bytes")
    }
    guard let blank = lines.firstIndex(of: "") else {
      throw Malformed(description: "no blank line after the header")
    }

    var fields: [(name: String, value: String)] = []
    for line in lines[..<blank] {
      if line.first == " " || line.first == "\t" {
        guard !fields.isEmpty else { throw Malformed(description: "a folded first line") }
        fields[fields.count - 1].value += line
        continue
      }
      guard let colon = line.firstIndex(of: ":"), colon > line.startIndex,
        line[..<colon].allSatisfy({ $0.isASCII && $0.isLetter || $0 == "-" })
      else { throw Malformed(description: "'\(line)' is not a header field") }
      let value = line[line.index(after: colon)...].drop { $0 == " " }
      fields.append((String(line[..<colon]), String(value)))
    }
    rawFields = fields
    body = lines[(blank + 1)...].dropLast().joined(separator: "\n")
  }

  /// The values of every field of a name, decoded, ignoring the name's case.
  func all(_ name: String) -> [String] {
    rawFields.filter { $0.name.lowercased() == name.lowercased() }.map {
      Self.decode($0.value)
    }
  }

  /// The value of the one field of a name, decoded, or nil when there is none.
  func field(_ name: String) -> String? {
    all(name).first
  }

  /// The address of a mailbox field, such as `To`: what is in angle brackets.
  func address(_ name: String) -> String? {
    guard let value = field(name), let open = value.lastIndex(of: "<"),
      let close = value.lastIndex(of: ">"), open < close
    else { return nil }
    return String(value[value.index(after: open)..<close])
  }

  /// The display name of a mailbox field, unquoted.
  func displayName(_ name: String) -> String? {
    guard let value = field(name), let open = value.lastIndex(of: "<") else { return nil }
    var phrase = value[..<open].trimmingCharacters(in: .whitespaces)
    if phrase.hasPrefix("\""), phrase.hasSuffix("\""), phrase.count >= 2 {
      phrase = String(phrase.dropFirst().dropLast())
        .replacingOccurrences(of: "\\\"", with: "\"")
        .replacingOccurrences(of: "\\\\", with: "\\")
    }
    return phrase
  }

  /// Text with its RFC 2047 encoded-words decoded; the space between two adjacent
  /// encoded-words is dropped, as the standard says.
  static func decode(_ value: String) -> String {
    let pattern = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/
    var result = ""
    var rest = value[...]
    var afterEncodedWord = false
    while let match = rest.firstMatch(of: pattern) {
      let between = rest[..<match.range.lowerBound]
      if !(afterEncodedWord && between.allSatisfy({ $0 == " " || $0 == "\t" })) {
        result += between
      }
      result += decodeWord(
        charset: String(match.1), encoding: String(match.2), text: String(match.3))
      afterEncodedWord = true
      rest = rest[match.range.upperBound...]
    }
    return result + rest
  }

  /// One encoded-word's text: base64 (B) or quoted-printable with `_` for space (Q).
  private static func decodeWord(charset: String, encoding: String, text: String) -> String {
    guard charset.lowercased() == "utf-8" else { return "(charset \(charset))" }
    var bytes: [UInt8] = []
    if encoding.uppercased() == "B" {
      bytes = Array(Data(base64Encoded: text) ?? Data("(bad base64)".utf8))
    } else {
      var index = text.startIndex
      while index < text.endIndex {
        let character = text[index]
        if character == "_" {
          bytes.append(0x20)
        } else if character == "=",
          let end = text.index(index, offsetBy: 3, limitedBy: text.endIndex),
          let byte = UInt8(text[text.index(after: index)..<end], radix: 16)
        {
          bytes.append(byte)
          index = end
          continue
        } else {
          bytes += Array(String(character).utf8)
        }
        index = text.index(after: index)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
