import Testing

/// The text of a small data sheet used as a test argument, shown escaped in test results.
///
/// Line ends and tabs in a plain string argument would break the test report across lines.
struct SheetText: ExpressibleByStringLiteral, CustomTestStringConvertible, Sendable {
  /// The sheet's text.
  let text: String

  init(stringLiteral text: String) {
    self.text = text
  }

  var testDescription: String { text.debugDescription }
}
