import MentorModel

/// Reading what a header name means in a wide data sheet: a subject's measure or a period.
enum HeaderPattern {
  /// What a header that names a period says: its month label, or a month that cannot be.
  enum Period: Equatable {
    case month(String)
    case invalid(String)
  }

  /// The subject and measure of a header such as `Maths - Target` or `English_Working At`.
  ///
  /// The header is read as a subject, then separators (spaces, `-`, `:`, `_`, `/`, `.`),
  /// then a measure's name; the longest measure name wins, so `Maths Target Grade` is
  /// Maths and `Target Grade`. Nil when the header does not end with a measure's name.
  static func subjectAndMeasure(_ header: String) -> (subject: String, role: ColumnRole)? {
    let characters = Array(header.trimmed)
    for start in characters.indices.dropFirst()
    where isSeparator(characters[start - 1]) && !isSeparator(characters[start]) {
      let key = HeaderKey(String(characters[start...])).text
      guard let role = ColumnRole.measures.first(where: { $0.synonyms.contains(key) })
      else { continue }

      var subject = characters[..<start]
      while let last = subject.last, isSeparator(last) { subject = subject.dropLast() }
      guard !subject.isEmpty else { continue }
      return (String(subject), role)
    }
    return nil
  }

  /// The period a header names, such as `G1`, `T2`, `Autumn 1`, `2026-09` or `Sep 2026`;
  /// nil when the header does not look like a period.
  static func period(_ header: String) -> Period? {
    let text = header.trimmed
    if looksLikeDate(text) {
      guard let label = try? Month.label(text) else { return .invalid(text) }
      return .month(label)
    }

    if let term = termLabel(text) { return .month(term) }
    guard isPeriodCode(text), let label = try? Month.label(text) else { return nil }
    return .month(label)
  }

  private static func isSeparator(_ character: Character) -> Bool {
    character.isWhitespace || "-–—:_/.|(".contains(character)
  }

  /// Whether the text is two parts, a four-digit year and a month number or name.
  private static func looksLikeDate(_ text: String) -> Bool {
    let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == " " })
    guard parts.count == 2 else { return false }

    let isYear: (Substring) -> Bool = {
      $0.count == 4 && $0.allSatisfy(\.isASCII) && Int($0) != nil
    }
    let isMonth: (Substring) -> Bool = { part in
      if part.count <= 2, Int(part) != nil { return true }
      return part.count >= 3 && monthNames.contains(String(part.prefix(3)).lowercased())
    }
    return (isYear(parts[0]) && isMonth(parts[1])) || (isMonth(parts[0]) && isYear(parts[1]))
  }

  /// `G1`, `T2`, `HT3`, `HT 3`: one to three letters, perhaps a space, then one or two
  /// digits, not a year or key stage (`Y11`, `KS2`).
  ///
  /// Every such header is a period code to `Month.label` too, which labels `HT 3` as `HT3`.
  private static func isPeriodCode(_ text: String) -> Bool {
    let letters = text.prefix { $0.isASCII && $0.isLetter }
    var digits = text.dropFirst(letters.count)
    if digits.first == " " { digits = digits.dropFirst() }
    guard (1...3).contains(letters.count), (1...2).contains(digits.count),
      digits.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return false }
    return !["y", "yr", "ks", "nc"].contains(letters.lowercased())
  }

  /// `Autumn1` for `Autumn 1`, `Autumn-1` or `Autumn_1`; likewise spring, summer and term.
  ///
  /// The label is the one `Month.label` gives for `Autumn 1`, so `--month 'Autumn 1'`
  /// names the column's month.
  private static func termLabel(_ text: String) -> String? {
    let word = text.prefix { $0.isLetter }
    let rest = text.dropFirst(word.count).drop { $0 == " " || $0 == "-" || $0 == "_" }
    let terms = ["autumn", "spring", "summer", "aut", "spr", "sum", "term"]
    guard terms.contains(word.lowercased()),
      (1...2).contains(rest.count), rest.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    return String(word) + rest
  }

  private static let monthNames = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]
}
