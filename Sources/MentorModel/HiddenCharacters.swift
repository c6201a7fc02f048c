/// Characters that can hide or reorder text: control characters (which could move the
/// cursor or end a line early) and those that override or isolate the direction of text
/// (U+202A to U+202E, U+2066 to U+2069), which make a line read differently from what is
/// stored.
///
/// Text typed into a record and the cells of files loaded may hold none of them, since
/// they reach action sheets, messages, reports and other tools.
public enum HiddenCharacters {
  /// The first such character in `text`, written `U+202E`; nil when there is none.
  public static func first(in text: String) -> String? {
    // Most text is visible ASCII: a byte from space to tilde settles it at once.
    // Over the bytes in place where the string allows it, which is cheaper than its view.
    let visible = text.utf8.withContiguousStorageIfAvailable { bytes in
      !bytes.contains { $0 < 0x20 || $0 > 0x7E }
    }
    if visible == true { return nil }
    guard let hidden = text.unicodeScalars.first(where: isHidden) else { return nil }
    let hex = String(hidden.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// Whether a character is a control character or changes the direction of text.
  private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .control || (0x202A...0x202E).contains(scalar.value)
      || (0x2066...0x2069).contains(scalar.value)
  }
}
