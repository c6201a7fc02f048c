import Foundation
import MentorModel

/// The time recorded on changes and the date reviews are judged against.
///
/// `MENTOR_NOW` (an ISO 8601 time) fixes the clock, so that demo scripts and transcripts
/// print the same dates on every run.
struct Clock {
  /// The fixed time, if any.
  let fixed: Date?

  /// The clock of this process: fixed by `MENTOR_NOW`, else the system's.
  static func fromEnvironment() -> Clock {
    let text = ProcessEnvironment.value("MENTOR_NOW") ?? ""
    let fixed = UTCTime(iso8601: text).map { Date(timeIntervalSince1970: Double($0.seconds)) }
    return Clock(fixed: fixed)
  }

  /// Now, as a date.
  var date: Date {
    fixed ?? Date()
  }

  /// Now, to the second.
  var time: UTCTime {
    UTCTime(seconds: Int(date.timeIntervalSince1970.rounded(.down)))
  }

  /// The last time `now` wrote, kept because a command asks for it several times a second.
  private let lastWritten = WrittenTime()

  /// Now, as `2026-12-04T15:30:00Z`.
  var now: String {
    lastWritten.text(for: time)
  }

  /// Today, as `2026-12-04`.
  var today: String {
    time.date
  }

  /// The date `days` after a `YYYY-MM-DD` date, in the same form.
  static func date(_ text: String, plusDays days: Int) -> String {
    guard let day = UTCTime(date: text) else { return text }
    return day.adding(days: days).date
  }

  /// Whether `text` is a real date written `YYYY-MM-DD`.
  static func isDate(_ text: String) -> Bool {
    UTCTime(date: text) != nil
  }
}

/// A time to the second and its ISO 8601 text, written again only when the second moves:
/// writing it costs as much as the rest of a history line, and a bulk script records
/// thousands of changes in one second.
private final class WrittenTime {
  /// The second written last, or nil before the first.
  private var seconds: Int?
  /// The text of that second.
  private var text = ""

  /// `time` as `2026-12-04T15:30:00Z`.
  func text(for time: UTCTime) -> String {
    if time.seconds != seconds {
      seconds = time.seconds
      text = time.iso8601
    }
    return text
  }
}
