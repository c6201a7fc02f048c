/// Tidying the text of a header or a cell.
extension String {
  /// The string without surrounding white space.
  var trimmed: String {
    var view = Substring(self)
    while let first = view.first, first.isWhitespace { view = view.dropFirst() }
    while let last = view.last, last.isWhitespace { view = view.dropLast() }
    return String(view)
  }
}
