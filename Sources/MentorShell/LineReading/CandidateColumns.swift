/// Lays out completion candidates in columns that fit the terminal, like `ls`.
///
/// Candidates run down the first column, then the next, each column as wide as the
/// widest candidate plus two spaces.
enum CandidateColumns {
  /// The lines to print, without trailing spaces or line endings.
  ///
  /// - Parameters:
  ///   - candidates: The candidates in the order to show them.
  ///   - width: The terminal width in columns.
  ///   - displayWidth: How many columns a candidate takes on screen.
  static func lines(
    for candidates: [String], width: Int, displayWidth: (String) -> Int
  ) -> [String] {
    guard !candidates.isEmpty else { return [] }
    let widths = candidates.map(displayWidth)
    let columnWidth = (widths.max() ?? 0) + 2
    let columnCount = max(1, (width + 2) / columnWidth)
    let rowCount = (candidates.count + columnCount - 1) / columnCount

    return (0..<rowCount).map { row in
      var line = ""
      for index in stride(from: row, to: candidates.count, by: rowCount) {
        let isLastInRow = index + rowCount >= candidates.count
        line += candidates[index]
        if !isLastInRow {
          line += String(repeating: " ", count: columnWidth - widths[index])
        }
      }
      return line
    }
  }
}
