/// Small helpers for writing HTML by hand, so that every piece of user text is escaped.
public enum HTML {
  /// `text` with the five characters that mean something in HTML written as entities.
  ///
  /// Safe both between tags and inside an attribute value in double or single quotes.
  public static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.append(character)
      }
    }
    return escaped
  }

  /// A whole page: the document head with its title and inline style sheet, and `body`
  /// (already HTML) inside one `main` element of class `style`. Nothing is fetched from
  /// elsewhere, so the file stands alone.
  static func page(title: String, css: String, main style: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en-GB">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title))</title>
    <style>
    \(css)
    </style>
    </head>
    <body>
    <main class="\(style)">
    \(body)
    </main>
    </body>
    </html>

    """
  }

  /// An element around content that is already HTML, with an optional class.
  static func element(_ name: String, _ content: String, class style: String? = nil) -> String {
    let attribute = style.map { " class=\"\($0)\"" } ?? ""
    return "<\(name)\(attribute)>\(content)</\(name)>"
  }

  /// A table cell holding user text, escaped.
  static func cell(_ text: String, class style: String? = nil) -> String {
    element("td", escape(text), class: style)
  }
}
