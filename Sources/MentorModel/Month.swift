/// Month labels: `2026-10` for a calendar month, or a period code such as `G1` or `T2`.
///
/// A calendar month is a year of four digits with a month number or a month's name, which
/// may be shortened to no fewer than three letters (`Oct`, `Sept`). Any other label is a
/// period code: letters then digits, with at most one space where the letters end
/// (`G1`, `HT 2`, `Autumn 1`, `Y11T1`). A code needs a digit, so a typo for a month such as
/// `Setp`, or a word alone such as `Autumn`, is not taken for a period.
public enum Month {
  private static let names = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  /// The longest period code, in characters.
  private static let longestCode = 16

  /// The label for a month written as `2026-10`, `2026/10`, `10/2026`, `Oct 2026`,
  /// `October 2026`, or for a period code such as `G1`, `T2` or `Autumn 1`.
  ///
  /// A period code written with a space loses it, so `Autumn 1` is labelled `Autumn1`, as
  /// a data sheet's `Autumn 1` column is.
  ///
  /// - Throws: `ModelError.monthWithoutYear` for a month's name with no year of four
  ///   digits (`Nov`, `Nov 26`); `ModelError.notAMonth` for a calendar month that does
  ///   not exist (`2026-13`) or text that is neither a month nor a period code.
  public static func label(_ text: String) throws(ModelError) -> String {
    let trimmed = text.trimmingSpaces
    let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == " " })
    if parts.count == 2, let dated = dated(String(parts[0]), String(parts[1])) {
      guard let dated else { throw .notAMonth(trimmed) }
      return dated
    }

    if let word = monthWithoutYear(trimmed) { throw .monthWithoutYear(trimmed, month: word) }
    guard let code = periodCode(trimmed) else { throw .notAMonth(trimmed) }
    return code
  }

  /// The month's name in text such as `Nov`, `November` or `Nov 26`, which names a month
  /// but no year of four digits; nil for any other text.
  private static func monthWithoutYear(_ text: String) -> String? {
    let word = text.prefix(while: \.isLetter)
    var rest = text.dropFirst(word.count)
    if rest.first == " " { rest = rest.dropFirst() }
    guard monthNumber(String(word)) != nil, rest.allSatisfy(isDigit) else { return nil }
    return String(word)
  }

  /// Reads two words as a month; nil when they do not look like a date at all,
  /// `.some(nil)` when they look like one that does not exist.
  private static func dated(_ first: String, _ second: String) -> String?? {
    let year: Int
    let monthText: String
    if first.count == 4, let value = Int(first) {
      (year, monthText) = (value, second)
    } else if second.count == 4, let value = Int(second) {
      (year, monthText) = (value, first)
    } else {
      return nil
    }

    guard let month = Int(monthText) ?? monthNumber(monthText), (1...12).contains(month),
      (1900...2200).contains(year)
    else { return .some(nil) }
    return .some(month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)")
  }

  /// The number of the month a word names, such as 10 for `Oct` or `October`; nil for
  /// any other word.
  ///
  /// A month's name may be cut short to three letters or more (`Oct`, `Sept`) but not
  /// run on (`Octopus`).
  private static func monthNumber(_ word: String) -> Int? {
    let key = word.lowercased()
    guard key.count >= 3, let index = names.firstIndex(where: { $0.hasPrefix(key) }) else {
      return nil
    }
    return index + 1
  }

  /// The period code some text spells, with its space taken out; nil when it is not one.
  ///
  /// A code starts with a letter, holds at least one digit, and is otherwise letters and
  /// digits, with at most one space, between a letter and a digit.
  private static func periodCode(_ text: String) -> String? {
    let characters = Array(text)
    guard let first = characters.first, first.isLetter, characters.count <= longestCode,
      characters.contains(where: isDigit)
    else { return nil }

    var code = ""
    var spaces = 0
    for (index, character) in characters.enumerated() {
      if character == " " {
        spaces += 1
        let between =
          characters[index - 1].isLetter && index + 1 < characters.count
          && isDigit(characters[index + 1])
        guard spaces == 1, between else { return nil }
        continue
      }
      guard character.isLetter || isDigit(character) else { return nil }
      code.append(character)
    }
    return code
  }

  /// Whether a character is a digit from 0 to 9.
  private static func isDigit(_ character: Character) -> Bool {
    character.isASCII && character.isNumber
  }

  /// Whether a label is a calendar month (`2026-10`), which sorts by date.
  public static func isCalendar(_ label: String) -> Bool {
    let bytes = Array(label.utf8)
    return bytes.count == 7 && bytes[4] == UInt8(ascii: "-")
      && bytes.enumerated().allSatisfy { $0.offset == 4 || (48...57).contains($0.element) }
  }
}
