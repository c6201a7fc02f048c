/// Tidying the text of a header or a cell.
extension String {
  /// The string without surrounding white space.
  var trimmed: String {
    if hasVisibleEnds { return self }
    var view = Substring(self)
    while let first = view.first, first.isWhitespace { view = view.dropFirst() }
    while let last = view.last, last.isWhitespace { view = view.dropLast() }
    return String(view)
  }

  /// Whether ``trimmed`` would change the string; settled at once for the usual cell.
  var needsTrimming: Bool {
    if isEmpty || hasVisibleEnds { return false }
    return trimmed.utf8.count != utf8.count
  }

  /// Whether the first and last bytes are visible ASCII, so that there is nothing to trim:
  /// true of most cells, and found without looking at characters.
  private var hasVisibleEnds: Bool {
    let answer = utf8.withContiguousStorageIfAvailable { bytes in
      guard let first = bytes.first, let last = bytes.last else { return false }
      return ASCIIByte.isVisible(first) && ASCIIByte.isVisible(last)
    }
    return answer ?? false
  }
}
