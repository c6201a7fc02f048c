/// Tidying the text of a header or a cell.
extension String {
  /// The string without surrounding white space.
  var trimmed: String {
    // Most cells have nothing to trim: a first and last byte that are visible ASCII settle
    // it without looking at characters.
    if let first = utf8.first, let last = utf8.last, ASCIIByte.isVisible(first),
      ASCIIByte.isVisible(last)
    {
      return self
    }
    var view = Substring(self)
    while let first = view.first, first.isWhitespace { view = view.dropFirst() }
    while let last = view.last, last.isWhitespace { view = view.dropLast() }
    return String(view)
  }
}

extension String {
  /// Whether ``trimmed`` would change the string; false at once for the usual cell, whose
  /// first and last bytes are visible ASCII, and for an empty one.
  var needsTrimming: Bool {
    guard let first = utf8.first, let last = utf8.last else { return false }
    if ASCIIByte.isVisible(first) && ASCIIByte.isVisible(last) { return false }
    return trimmed.utf8.count != utf8.count
  }
}
