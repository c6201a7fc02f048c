import Foundation

/// Checks text a user types into a record (an action, a note, a reason) before it is kept.
///
/// Such text is printed on action sheets, in messages to staff and in reports, so it may
/// hold no control characters (which could move the cursor or end a line early; a tab, as
/// a pasted table cell brings, is read as a space) and no characters that override or isolate the direction of text (U+202A to U+202E, U+2066 to
/// U+2069), which can make a line read differently from what is stored. Each kind of text
/// has a length limit, long enough for any real action or note.
enum TypedText {
  /// The most characters of an action, a piece of praise or an excuse.
  static let shortLimit = 500
  /// The most characters of a meeting note or an escalation's reason.
  static let longLimit = 2_000

  /// The text trimmed, when it must say something and passes the checks.
  ///
  /// - Parameters:
  ///   - what: what the text is, such as `action` or `note`, for the error.
  ///   - limit: the most characters it may have.
  static func required(_ text: String, _ what: String, limit: Int) throws(ShellError) -> String {
    try checked(isPlain(text) ? text : Arguments.required(text, what), what, limit: limit)
  }

  /// The text trimmed, when it passes the checks; it may be empty.
  static func checked(_ text: String, _ what: String, limit: Int) throws(ShellError) -> String {
    if isPlain(text) {
      let length = text.utf8.count
      guard length <= limit else {
        throw .textTooLong(what: what, length: length, limit: limit)
      }
      return text
    }
    // A tab is what a pasted table cell brings along: it is read as a space.
    let trimmed = text.replacingOccurrences(of: "\t", with: " ")
      .trimmingCharacters(in: .whitespacesAndNewlines)
    if let hidden = trimmed.unicodeScalars.first(where: isHidden) {
      let code = "U+" + String(format: "%04X", hidden.value)
      let isControl = hidden.properties.generalCategory == .control
      throw .hiddenCharacter(what: what, code: code, isControl: isControl)
    }
    guard trimmed.count <= limit else {
      throw .textTooLong(what: what, length: trimmed.count, limit: limit)
    }
    return trimmed
  }

  /// Whether text is printable ASCII, not empty and without a space at either end: text
  /// with nothing to trim or refuse, and as many characters as bytes.
  private static func isPlain(_ text: String) -> Bool {
    let bytes = text.utf8
    guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else {
      return false
    }
    return bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }

  /// Whether a character is a control character or changes the direction of text.
  private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .control || (0x202A...0x202E).contains(scalar.value)
      || (0x2066...0x2069).contains(scalar.value)
  }
}
