/// Small helpers for writing JSON by hand, so that field order stays as documented.
public enum JSON {
  /// A JSON string literal for `text`, with quotes, backslashes and control characters escaped.
  public static func quote(_ text: String) -> String {
    var quoted = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": quoted += "\\\""
      case "\\": quoted += "\\\\"
      case "\n": quoted += "\\n"
      case "\r": quoted += "\\r"
      case "\t": quoted += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: quoted.unicodeScalars.append(scalar)
      }
    }
    return quoted + "\""
  }

  /// A JSON string for text, or `null` when the text is blank.
  public static func text(_ text: String) -> String {
    text.isEmpty ? "null" : quote(text)
  }

  /// A JSON object from ordered pairs of key and already-encoded value.
  public static func object(_ fields: [(String, String)]) -> String {
    "{" + fields.map { "\(quote($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
  }

  /// A JSON array from already-encoded values.
  public static func array(_ values: [String]) -> String {
    "[" + values.joined(separator: ", ") + "]"
  }
}
