/// Which header column holds each role, as a user gives it; it wins over detection.
///
/// A mapping can be saved under a name and given again, so it has a text form:
/// `upn=Student No;surname=Last;subject=Course`. Roles are written by their names
/// (see ``ColumnRole``); in a header name a `;`, `=` or `\` is written after a `\`.
public struct ColumnMapping: Hashable, Sendable, CustomStringConvertible,
  ExpressibleByDictionaryLiteral
{
  /// The header name given for each role.
  public var headers: [ColumnRole: String]

  /// Creates a mapping from header names by role.
  public init(_ headers: [ColumnRole: String] = [:]) {
    self.headers = headers
  }

  /// Creates a mapping written as a dictionary: `[.upn: "Student No"]`.
  public init(dictionaryLiteral elements: (ColumnRole, String)...) {
    self.init(Dictionary(elements, uniquingKeysWith: { $1 }))
  }

  /// The header name given for a role, if any.
  public subscript(role: ColumnRole) -> String? {
    get { headers[role] }
    set { headers[role] = newValue }
  }

  /// Whether no role is mapped.
  public var isEmpty: Bool { headers.isEmpty }

  /// The text form, roles in the order of ``ColumnRole/allCases``.
  public var description: String {
    ColumnRole.allCases.compactMap { role in
      headers[role].map { "\(role.rawValue)=\(Self.escape($0))" }
    }.joined(separator: ";")
  }

  /// Reads the text form; nil when a part has no `=`, names no known role, or a role twice.
  ///
  /// Spaces around role names and header names are dropped; an empty text is an empty
  /// mapping.
  public init?(text: String) {
    var headers: [ColumnRole: String] = [:]
    for part in Self.split(text, at: ";") where !part.allSatisfy(\.isWhitespace) {
      let pair = Self.split(part, at: "=")
      guard pair.count == 2, let role = ColumnRole(name: Self.unescape(pair[0]).trimmed)
      else { return nil }

      let header = Self.unescape(pair[1]).trimmed
      guard !header.isEmpty, headers[role] == nil else { return nil }
      headers[role] = header
    }
    self.init(headers)
  }

  /// Splits at a separator that is not escaped, keeping the escapes for `unescape`.
  private static func split(_ text: String, at separator: Character) -> [String] {
    var parts: [String] = []
    var current = ""
    var escaped = false
    for character in text {
      if escaped {
        current.append(character)
        escaped = false
      } else if character == "\\" {
        current.append(character)
        escaped = true
      } else if character == separator {
        parts.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    parts.append(current)
    return parts
  }

  private static func escape(_ header: String) -> String {
    var text = ""
    for character in header {
      if character == ";" || character == "=" || character == "\\" { text.append("\\") }
      text.append(character)
    }
    return text
  }

  private static func unescape(_ text: String) -> String {
    var result = ""
    var escaped = false
    for character in text {
      if character == "\\" && !escaped {
        escaped = true
        continue
      }
      result.append(character)
      escaped = false
    }
    return result
  }
}
