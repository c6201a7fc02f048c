import Foundation

/// The time recorded on changes and the date reviews are judged against.
///
/// `MENTOR_NOW` (an ISO 8601 time) fixes the clock, so that demo scripts and transcripts
/// print the same dates on every run.
struct Clock {
  /// The fixed time, if any.
  let fixed: Date?

  /// The clock of this process: fixed by `MENTOR_NOW`, else the system's.
  static func fromEnvironment() -> Clock {
    let text = ProcessInfo.processInfo.environment["MENTOR_NOW"] ?? ""
    return Clock(fixed: text.isEmpty ? nil : ISO8601DateFormatter().date(from: text))
  }

  /// Now, as a date.
  var date: Date {
    fixed ?? Date()
  }

  /// Now, as `2026-12-04T15:30:00Z`.
  var now: String {
    ISO8601DateFormatter().string(from: date)
  }

  /// Today, as `2026-12-04`.
  var today: String {
    String(now.prefix(10))
  }

  /// The date `days` after a `YYYY-MM-DD` date, in the same form.
  static func date(_ text: String, plusDays days: Int) -> String {
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd"
    formatter.locale = Locale(identifier: "en_GB_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    guard let date = formatter.date(from: text) else { return text }
    return formatter.string(from: date.addingTimeInterval(Double(days) * 86_400))
  }

  /// Whether `text` is a real date written `YYYY-MM-DD`.
  static func isDate(_ text: String) -> Bool {
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd"
    formatter.locale = Locale(identifier: "en_GB_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    guard text.count == 10, let date = formatter.date(from: text) else { return false }
    return formatter.string(from: date) == text
  }
}
