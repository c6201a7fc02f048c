import Foundation
import MentorModel

/// Checks text a user types into a record (an action, a note, a reason) before it is kept.
///
/// Such text is printed on action sheets, in messages to staff and in reports, so it may
/// hold none of the `HiddenCharacters` (a tab, as a pasted table cell brings, is read as a
/// space). Each kind of text has a length limit, long enough for any real action or note.
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
    if isPlain(text) { return try plain(text, what, limit: limit) }
    return try checked(Arguments.required(text, what), what, limit: limit)
  }

  /// The text trimmed, when it passes the checks; it may be empty.
  static func checked(_ text: String, _ what: String, limit: Int) throws(ShellError) -> String {
    if isPlain(text) { return try plain(text, what, limit: limit) }
    // A tab is what a pasted table cell brings along: it is read as a space.
    let trimmed = text.replacingOccurrences(of: "\t", with: " ")
      .trimmingCharacters(in: .whitespacesAndNewlines)
    if let code = HiddenCharacters.first(in: trimmed) {
      // Control characters are U+0000 to U+001F and U+007F to U+009F; the others are the
      // direction characters, from U+202A up.
      let isControl = code.hasPrefix("U+00")
      throw .hiddenCharacter(what: what, code: code, isControl: isControl)
    }
    guard trimmed.count <= limit else {
      throw .textTooLong(what: what, length: trimmed.count, limit: limit)
    }
    return trimmed
  }

  /// Plain text (`isPlain`) as it is, when it is within `limit`.
  private static func plain(_ text: String, _ what: String, limit: Int) throws(ShellError)
    -> String
  {
    let length = text.utf8.count
    guard length <= limit else {
      throw .textTooLong(what: what, length: length, limit: limit)
    }
    return text
  }

  /// Whether text is printable ASCII, not empty and without a space at either end: text
  /// with nothing to trim or refuse, and as many characters as bytes.
  ///
  /// The bytes are read in place where the text has them in one piece, as typed text
  /// does: going through them one `UTF8View` index at a time cost five times as much.
  private static func isPlain(_ text: String) -> Bool {
    if let plain = text.utf8.withContiguousStorageIfAvailable(isPlain) { return plain }
    return isPlain(text.utf8)
  }

  /// Whether the bytes are printable ASCII, not none and without a space at either end.
  private static func isPlain(_ bytes: some BidirectionalCollection<UInt8>) -> Bool {
    guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else {
      return false
    }
    return bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }

}
