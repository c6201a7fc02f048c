import Testing

@testable import MentorModel

/// Short ways to build a small fictional school inside a test.
extension School {
  /// Adds a mentee; the year, form and mentor default to one fictional tutor group.
  mutating func enrol(
    _ id: String, _ forename: String, _ surname: String, year: String = "11",
    form: String = "11B", mentor: String = "Ms Ríos", attendance: [String: Double] = [:]
  ) {
    put(
      Mentee(
        id: id, surname: surname, forename: forename, year: year, form: form, mentor: mentor,
        attendance: attendance))
  }

  /// Records one result, adding its month and giving its subject the scale.
  mutating func record(
    _ id: String, _ subject: String, _ month: String, target: String = "",
    workingAt: String = "", predicted: String = "", effort: Int? = nil,
    scale: GradeScale = .gcseNumbers
  ) {
    setScale(scale, for: subject)
    addMonth(month)
    put(
      MonthlyResult(
        menteeID: id, subject: subject, month: month, target: .reading(target, on: scale),
        workingAt: .reading(workingAt, on: scale), predicted: .reading(predicted, on: scale),
        effort: effort))
  }
}

extension Mark {
  /// The mark a cell holds, for text the test knows to be valid on the scale.
  static func reading(_ text: String, on scale: GradeScale) -> Mark {
    guard let mark = Mark(text, on: scale) else {
      Issue.record("'\(text)' is not a mark on \(scale)")
      return .missing
    }
    return mark
  }
}

extension Double {
  /// Whether two numbers of steps are equal but for rounding (thirds are not exact).
  func isClose(to other: Double) -> Bool {
    abs(self - other) < 1e-9
  }
}

extension Optional where Wrapped == Double {
  /// Whether a number of steps is present and equal to `other` but for rounding.
  func isClose(to other: Double) -> Bool {
    map { $0.isClose(to: other) } ?? false
  }
}
