/// Month labels: `2026-10` for a calendar month, or a period code such as `G1` or `T2`.
public enum Month {
  private static let names = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  /// The label for a month written as `2026-10`, `2026/10`, `10/2026`, `Oct 2026`,
  /// `October 2026`, or a period code of letters and digits (`G1`, `Autumn2`).
  ///
  /// - Throws: `ModelError.notAMonth` for a calendar month that does not exist
  ///   (`2026-13`) or text that is neither a month nor a period code.
  public static func label(_ text: String) throws(ModelError) -> String {
    let trimmed = text.trimmingSpaces
    let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == " " })
    if parts.count == 2 {
      if let dated = dated(String(parts[0]), String(parts[1])) {
        guard let dated else { throw .notAMonth(trimmed) }
        return dated
      }
    }
    let isCode =
      !trimmed.isEmpty && trimmed.count <= 16
      && trimmed.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
    guard isCode, !trimmed.allSatisfy(\.isNumber) else { throw .notAMonth(trimmed) }
    return trimmed
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
    let number: Int?
    if let value = Int(monthText) {
      number = value
    } else {
      // A month name may be cut short (`Oct`, `Sept`) but not run on (`Octopus`).
      let key = monthText.lowercased()
      guard key.count >= 3, let index = names.firstIndex(where: { $0.hasPrefix(key) }) else {
        return .some(nil)
      }
      number = index + 1
    }
    guard let month = number, (1...12).contains(month), (1900...2200).contains(year) else {
      return .some(nil)
    }
    return .some(month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)")
  }

  /// Whether a label is a calendar month (`2026-10`), which sorts by date.
  public static func isCalendar(_ label: String) -> Bool {
    let bytes = Array(label.utf8)
    return bytes.count == 7 && bytes[4] == UInt8(ascii: "-")
      && bytes.enumerated().allSatisfy { $0.offset == 4 || (48...57).contains($0.element) }
  }
}
