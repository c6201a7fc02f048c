import Glibc

/// Makes the string of a field once for each distinct text of its column, and gives every
/// later field of the same bytes in that column the same string.
///
/// A data sheet repeats a few texts down each column (a mentee's id and name on every row
/// of theirs, the month, the subject, a handful of grades), so most fields match one of the
/// texts the column had lately; comparing bytes is cheaper than making and checking a new
/// string, and the strings given are identical (`String.isIdentical(to:)`), which makes the
/// importer's comparisons of one row with the row before quick.
struct FieldInterner {
  /// How many texts each column remembers.
  static let textsPerColumn = 16

  /// The texts each column had lately: column `c` has `counts[c]` of them from
  /// `c * textsPerColumn`, each as where its bytes lie in the file and its string, in lists
  /// of their own so that looking for one touches no string.
  private var starts: [Int] = []
  private var lengths: [Int] = []
  private var texts: [String] = []
  private var counts: [Int] = []
  /// The place among its column's texts of each column's last text.
  private var lastPlaces: [Int] = []

  /// The string of the bytes at `range` of `bytes` in column `column`, made by `make` only
  /// when the column has not had those bytes lately.
  mutating func string(
    _ range: Range<Int>, column: Int, in bytes: UnsafeBufferPointer<UInt8>,
    make: (Range<Int>) -> String
  ) -> String {
    while counts.count <= column {
      counts.append(0)
      lastPlaces.append(0)
      starts.append(contentsOf: repeatElement(0, count: Self.textsPerColumn))
      lengths.append(contentsOf: repeatElement(0, count: Self.textsPerColumn))
      texts.append(contentsOf: repeatElement("", count: Self.textsPerColumn))
    }
    let first = column * Self.textsPerColumn
    let count = counts[column]
    let length = range.count
    let last = lastPlaces[column]
    if count > 0, let base = bytes.baseAddress {
      let field = base + range.lowerBound
      // The last text first, then the one after it (a column that cycles through a list,
      // as subjects do), then the rest.
      if lengths[first + last] == length
        && (length == 0 || memcmp(field, base + starts[first + last], length) == 0)
      {
        return texts[first + last]
      }
      var place = last
      for _ in 1..<count {
        place = place + 1 == count ? 0 : place + 1
        if lengths[first + place] == length
          && (length == 0 || memcmp(field, base + starts[first + place], length) == 0)
        {
          lastPlaces[column] = place
          return texts[first + place]
        }
      }
    }

    let text = make(range)
    // A new text goes after the last one's place, so that a long cycle keeps its order.
    let place = count < Self.textsPerColumn ? count : (lastPlaces[column] + 1) % count
    starts[first + place] = range.lowerBound
    lengths[first + place] = length
    texts[first + place] = text
    counts[column] = max(count, place + 1)
    lastPlaces[column] = place
    return text
  }
}
