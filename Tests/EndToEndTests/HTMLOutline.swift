/// An HTML document read just well enough to check a generated sheet: every element in
/// order with its attributes, the text of its stylesheets, and whether each element that
/// was opened was closed in order.
struct HTMLOutline {
  /// One start tag: the element's name in lower case and its attributes, values as written.
  struct Element {
    var name: String
    var attributes: [String: String]
  }

  /// Why a document could not be read.
  enum Problem: Error, CustomStringConvertible {
    case tagNeverEnds
    case closedOutOfOrder(open: String?, closed: String)
    case neverClosed(String)

    var description: String {
      switch self {
      case .tagNeverEnds: return "a '<' has no '>' after it"
      case .closedOutOfOrder(let open, let closed):
        return "</\(closed)> closes <\(open ?? "nothing")>"
      case .neverClosed(let name): return "<\(name)> is never closed"
      }
    }
  }

  /// The elements a sheet is built from; any other name means text became markup.
  static let expected: Set = [
    "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "section",
    "h1", "h2", "h3", "p", "dl", "dt", "dd", "div", "span", "strong", "ul", "li", "table",
    "colgroup", "col", "thead", "tbody", "tr", "th", "td",
  ]

  /// Elements that have no end tag.
  static let void: Set = ["meta", "col", "br", "hr", "img", "link", "input", "source"]

  /// Every start tag, in order.
  private(set) var elements: [Element] = []
  /// The text of every `<style>` element, joined.
  private(set) var style = ""

  /// Reads a document; throws when a tag never ends or elements are not nested.
  init(_ html: String) throws {
    var rest = Substring(html)
    var open: [String] = []
    while let start = rest.firstIndex(of: "<") {
      rest = rest[rest.index(after: start)...]
      guard let end = rest.firstIndex(of: ">") else { throw Problem.tagNeverEnds }
      let tag = rest[..<end]
      rest = rest[rest.index(after: end)...]

      if tag.hasPrefix("!") { continue }
      if tag.hasPrefix("/") {
        let name = tag.dropFirst().lowercased()
        guard open.last == name else {
          throw Problem.closedOutOfOrder(open: open.last, closed: name)
        }
        open.removeLast()
        continue
      }

      let element = Self.element(tag)
      elements.append(element)
      if element.name == "style" || element.name == "script" {
        guard let close = rest.firstRange(of: "</\(element.name)>") else {
          throw Problem.neverClosed(element.name)
        }
        if element.name == "style" { style += rest[..<close.lowerBound] }
        rest = rest[close.lowerBound...]
      }
      if !Self.void.contains(element.name) { open.append(element.name) }
    }
    if let unclosed = open.last { throw Problem.neverClosed(unclosed) }
  }

  /// The name and attributes of a start tag, given what lies between `<` and `>`.
  private static func element(_ tag: Substring) -> Element {
    var rest = tag.drop { $0 == " " }
    let name = rest.prefix { !$0.isWhitespace && $0 != "/" }.lowercased()
    rest = rest.dropFirst(name.count)
    var attributes: [String: String] = [:]
    while true {
      rest = rest.drop { $0.isWhitespace || $0 == "/" }
      let key = rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != "/" }.lowercased()
      guard !key.isEmpty else { break }
      rest = rest.dropFirst(key.count).drop { $0.isWhitespace }
      guard rest.first == "=" else {
        attributes[key] = ""
        continue
      }
      rest = rest.dropFirst().drop { $0.isWhitespace }
      if let quote = rest.first, quote == "\"" || quote == "'" {
        let value = rest.dropFirst().prefix { $0 != quote }
        attributes[key] = String(value)
        rest = rest.dropFirst(value.count + 2)
      } else {
        let value = rest.prefix { !$0.isWhitespace }
        attributes[key] = String(value)
        rest = rest.dropFirst(value.count)
      }
    }
    return Element(name: name, attributes: attributes)
  }

  /// Text as an HTML writer must put it on the page: `& < > " '` as entities.
  static func escape(_ text: String) -> String {
    let entities: [Character: String] = [
      "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;",
    ]
    return text.map { entities[$0] ?? String($0) }.joined()
  }
}
