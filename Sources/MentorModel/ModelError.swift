/// What can go wrong when the model is asked to change; the wording lives in `message`.
public enum ModelError: Error, Equatable, Sendable {
  case unknownSetting(String)
  case badSettingValue(name: String, value: String, expected: String)
  /// A change that would put two settings out of order; `lower` must be no more than
  /// `upper`, and `changed` names the one being changed, whose value is as typed.
  case settingsOutOfOrder(
    changed: String, lower: String, lowerValue: String, upper: String, upperValue: String)
  case unknownSubject(String)
  /// A month or period that is not loaded.
  case unknownMonth(String)
  /// Text that is neither a month nor a period code, such as `2026-13`.
  case notAMonth(String)
  /// A month's name with no year, such as `Nov`; `month` is the name as written.
  case monthWithoutYear(String, month: String)
  case badGrade(grade: String, subject: String, scale: String)
  case badSteps(String)
  case noResults
  case notACheck(String)
  case checkOutOfOrder(id: String, from: String, to: String, needs: String)
  /// A check that records the state the intervention is in already.
  case checkedAlready(id: String, state: String)
  /// A check of an earlier step than the one the intervention has reached.
  case checkPast(id: String, from: String, to: String)
  case unknownCategory(String)
  case notADate(String)
  case reviewInThePast(String)

  /// The message shown to the user: sentence case, input in single quotes, no full stop.
  public var message: String {
    switch self {
    case .unknownSetting(let name):
      return "Unknown setting '\(name)'; settings are \(Settings.names.joined(separator: ", "))"
    case .badSettingValue(let name, let value, let expected):
      return "Setting '\(name)' cannot be '\(value)'; expected \(expected)"
    case .settingsOutOfOrder(let changed, let lower, let lowerValue, let upper, let upperValue):
      let (value, other, otherValue) =
        changed == lower ? (lowerValue, upper, upperValue) : (upperValue, lower, lowerValue)
      return "Setting '\(changed)' cannot be '\(value)' while '\(other)' is \(otherValue); "
        + "\(lower) must be no more than \(upper)"
    case .unknownSubject(let name):
      return "No subject '\(name)' is loaded; 'list subjects' shows them"
    case .unknownMonth(let month):
      return "No month '\(month)' is loaded; 'list months' shows them"
    case .notAMonth(let text):
      return "'\(text)' is not a month such as 2026-10 or a period such as G1"
    case .monthWithoutYear(let text, let month):
      return "'\(text)' needs a year, such as '\(month) 2026'"
    case .badGrade(let grade, let subject, let scale):
      return "'\(grade)' is not a grade of \(subject)'s scale (\(scale))"
    case .badSteps(let text):
      return "'\(text)' is not a number of steps"
    case .noResults:
      return "No results are loaded yet; load a data sheet first"
    case .notACheck(let word):
      let states = InterventionState.checkable.map(\.rawValue).joined(separator: ", ")
      return "'\(word)' is not a check; use \(states)"
    case .checkOutOfOrder(let id, let from, let to, let needs):
      return "\(id) is \(from): it must be \(needs) before it can be \(to)"
    case .checkedAlready(let id, let state):
      return "\(id) is \(state) already"
    case .checkPast(let id, let from, let to):
      return "\(id) is \(from), already past \(to)"
    case .unknownCategory(let word):
      let names = InterventionCategory.allCases.map(\.rawValue).joined(separator: ", ")
      return "'\(word)' is not a category; use \(names)"
    case .notADate(let text):
      return "'\(text)' is not a date; write it as YYYY-MM-DD, such as 2026-12-18"
    case .reviewInThePast(let date):
      return "A review on \(date) would be in the past; give a later date"
    }
  }
}
