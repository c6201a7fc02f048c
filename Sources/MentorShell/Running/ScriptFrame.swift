/// A script being run, and the line of it being run now.
struct ScriptFrame {
  /// The name shown in messages: the path as given, or `<stdin>`.
  let name: String
  /// The line number, from 1.
  var line = 0
}

/// The start of a diagnostic: `FILE:LINE: `, with the chain of `source` files before it.
enum ErrorLocation {
  /// `outer.mentor:4: in inner.mentor:2: ` for nested scripts, nothing at the prompt.
  static func prefix(_ frames: [ScriptFrame]) -> String {
    guard !frames.isEmpty else { return "" }
    return frames.map { "\($0.name):\($0.line): " }.joined(separator: "in ")
  }
}
