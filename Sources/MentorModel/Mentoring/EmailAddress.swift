/// An e-mail address, checked before anything is sent to it.
///
/// Only a plain `name@domain` is taken: before the `@`, ASCII letters, digits, dots and the
/// few signs mail systems allow; after it, labels of letters, digits and hyphens split by
/// dots. That is narrower than the standard, and it is what school lists hold. It keeps out
/// of an address everything that could change a message's header: spaces, commas, angle
/// brackets, quotes and line breaks, so an address names one mailbox and nothing more.
public struct EmailAddress: Hashable, Sendable, CustomStringConvertible {
  /// The address as written, without surrounding spaces.
  public let text: String

  /// The signs allowed before the `@` besides letters, digits and dots.
  private static let localSigns = Set("!#$%&'*+/=?^_`{|}~-")

  /// The address in `text`, or nil when it is not one.
  public init?(_ text: String) {
    let text = text.trimmingSpaces
    guard text.utf8.count <= 254, text.allSatisfy(\.isASCII) else { return nil }
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, Self.isLocalPart(parts[0]), Self.isDomain(parts[1]) else {
      return nil
    }
    self.text = text
  }

  /// The part after the `@`.
  public var domain: String {
    String(text[text.index(after: text.firstIndex(of: "@") ?? text.startIndex)...])
  }

  public var description: String { text }

  /// Whether `part` is a mailbox name: 1 to 64 allowed characters, with no dot at either
  /// end and no two dots together.
  private static func isLocalPart(_ part: Substring) -> Bool {
    guard (1...64).contains(part.count), part.first != ".", part.last != ".",
      !part.contains("..")
    else { return false }
    return part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || localSigns.contains($0) }
  }

  /// Whether `part` is a domain: labels of 1 to 63 letters, digits and inner hyphens.
  private static func isDomain(_ part: Substring) -> Bool {
    guard (1...253).contains(part.count) else { return false }
    return part.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
      (1...63).contains(label.count) && label.first != "-" && label.last != "-"
        && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
    }
  }
}
