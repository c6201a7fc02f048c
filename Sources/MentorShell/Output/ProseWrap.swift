/// Breaks lines of prose at spaces to fit a terminal's width, so that a word is never cut
/// in two at the edge (`latest 202|6-12`).
///
/// A line that continues goes on under where its text began: under the first word for a
/// line that starts with spaces, and under the second column for a line laid out in two
/// (`  load   Read a data sheet...`, `--month MONTH  the month...`). Tables are fitted by
/// `Table` instead, and are not given here.
// Shortcoming: a character is counted as one column, so a line of East Asian wide
// characters may still reach the edge; errors on standard error are not broken, since
// standard error may go elsewhere than the terminal whose width is known.
enum ProseWrap {
  /// Every line of `text` fitted to `width`; a line ending stays where it was.
  static func wrap(_ text: String, width: Int) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { wrap(line: String($0), width: width).joined(separator: "\n") }
      .joined(separator: "\n")
  }

  /// Text written as paragraphs broken at a fixed width (help), fitted to `width`: when
  /// any line is too wide, each run of lines that start with a letter is joined into one
  /// paragraph before it is broken again, so that lines come out even rather than ragged.
  /// Indented lines (options, examples) are fitted one by one.
  static func reflow(_ text: String, width: Int) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.contains(where: { $0.count > width }) else { return text }
    var joined: [String] = []
    var joinsPrevious = false
    for line in lines {
      let prose = line.first.map { !$0.isWhitespace } ?? false
      if prose, joinsPrevious, let last = joined.popLast() {
        joined.append(last + " " + line)
      } else {
        joined.append(line)
      }
      joinsPrevious = prose && !line.hasPrefix("Usage: ")
    }
    return wrap(joined.joined(separator: "\n"), width: width)
  }

  /// One line as the lines it breaks into. A word longer than the width is left whole, and
  /// a line holding a colour escape is left as it is, since its length on screen is not
  /// its length in characters.
  static func wrap(line: String, width: Int) -> [String] {
    var rest = Array(line)
    guard rest.count > width, width > 10, !rest.contains("\u{1B}") else { return [line] }
    let indent = rest.prefix(while: { $0 == " " }).count
    var hang = hangingIndent(rest, from: indent)
    if hang > width - 20 { hang = indent }
    var lines: [String] = []
    var prefix = ""
    var earliest = max(indent + 1, hang + 1)
    while prefix.count + rest.count > width {
      let room = width - prefix.count
      let spaces = rest.indices.filter { rest[$0] == " " && $0 >= earliest }
      guard let cut = spaces.last(where: { $0 <= room }) ?? spaces.first else { break }
      lines.append(prefix + String(rest[..<cut]).trimmingTrailingSpaces())
      rest = Array(rest[cut...].drop(while: { $0 == " " }))
      prefix = String(repeating: " ", count: hang)
      earliest = 1
    }
    lines.append(prefix + String(rest))
    return lines
  }

  /// Where the second column of a two-column line begins (after a run of two or more
  /// spaces that follows the first column's text), else where the text begins.
  private static func hangingIndent(_ characters: [Character], from indent: Int) -> Int {
    var index = indent
    while index < characters.count - 2 {
      if characters[index] == " ", characters[index + 1] == " " {
        var end = index
        while end < characters.count, characters[end] == " " { end += 1 }
        return end < characters.count ? end : indent
      }
      index += 1
    }
    return indent
  }
}

extension String {
  /// The string without the spaces at its end.
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = Substring(self)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
