/// Dates and months as a printed sheet shows them to a student or a parent.
///
/// The store keeps `YYYY-MM-DD` and `YYYY-MM`; a sheet reads `Friday 1 January 2027` and
/// `November 2026`. Text in any other shape (a period such as `Autumn 2`) is shown as it is.
enum PrintedDate {
  private static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  private static let dayNames = [
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
  ]

  /// `2027-01-01` as `Friday 1 January 2027`, or `1 January 2027` without the weekday.
  static func long(_ text: String, weekday: Bool = true) -> String {
    guard let (year, month, day) = parts(of: text) else { return text }
    let date = "\(day) \(monthNames[month - 1]) \(year)"
    guard weekday else { return date }
    return dayNames[dayOfWeek(year: year, month: month, day: day)] + " " + date
  }

  /// `2026-12-18` as `18 Dec 2026`, narrow enough for a table column.
  static func short(_ text: String) -> String {
    guard let (year, month, day) = parts(of: text) else { return text }
    return "\(day) \(monthNames[month - 1].prefix(3)) \(year)"
  }

  /// `2026-11` as `November 2026`.
  static func month(_ text: String) -> String {
    let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
    guard pieces.count == 2, pieces[0].count == 4, pieces[1].count == 2,
      let year = Int(pieces[0]), let month = Int(pieces[1]), (1...12).contains(month)
    else { return text }
    return "\(monthNames[month - 1]) \(year)"
  }

  /// Year, month and day of a `YYYY-MM-DD` date, or nil when it is not one.
  private static func parts(of text: String) -> (Int, Int, Int)? {
    let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
    guard pieces.count == 3, pieces[0].count == 4, pieces[1].count == 2, pieces[2].count == 2,
      let year = Int(pieces[0]), let month = Int(pieces[1]), let day = Int(pieces[2]),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    return (year, month, day)
  }

  /// The day of the week in the Gregorian calendar, Sunday being 0.
  private static func dayOfWeek(year: Int, month: Int, day: Int) -> Int {
    // January and February count with the year before, so that a leap day falls last.
    let monthOffsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    let counted = month < 3 ? year - 1 : year
    let leapDays = counted / 4 - counted / 100 + counted / 400
    return (counted + leapDays + monthOffsets[month - 1] + day) % 7
  }
}
