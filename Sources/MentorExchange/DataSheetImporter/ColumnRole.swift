/// What a column of a data sheet holds: a detail of the mentee, or one measure of a subject.
///
/// The raw value is the name used in a saved column mapping and on the command line, such
/// as `upn` or `working-at`.
public enum ColumnRole: String, Hashable, Sendable, CaseIterable {
  /// The mentee's stable id: the UPN, a student id or an admission number.
  case upn
  case surname
  case forename
  /// The whole name in one column, `Surname, Forename` or `Forename Surname`.
  case name
  /// The year group, such as `11`.
  case year
  /// The form, registration group or tutor group.
  case form
  case mentor
  /// Attendance in percent.
  case attendance
  /// The month or period of the row.
  case month
  case subject
  case target
  case workingAt = "working-at"
  case predicted
  /// Effort or attitude to learning, 1 (best) to 4.
  case effort
  case homework

  /// The roles that measure a subject; a wide sheet has them once per subject.
  public static let measures: [ColumnRole] = [.target, .workingAt, .predicted, .effort, .homework]

  /// The roles that hold a grade, on which a subject's scale is chosen.
  public static let grades: [ColumnRole] = [.target, .workingAt, .predicted]

  /// A role from its name in a mapping; `id` and `working at` are accepted too.
  public init?(name: String) {
    let key = HeaderKey(name).text
    guard let role = Self.allCases.first(where: { HeaderKey($0.rawValue).text == key })
    else {
      if key == "id" {
        self = .upn
        return
      }
      return nil
    }
    self = role
  }

  /// How the role is named in a report or a message: `UPN`, `working-at grade`.
  public var label: String {
    switch self {
    case .upn: return "UPN"
    case .target: return "target grade"
    case .workingAt: return "working-at grade"
    case .predicted: return "predicted grade"
    default: return rawValue
    }
  }

  /// The header names that school systems use for this role, as header keys, best first.
  ///
  /// A header is compared by its key, so `Working At`, `working_at` and `WorkingAt` are one.
  var synonyms: [String] {
    switch self {
    case .upn:
      return [
        "upn", "uniquepupilnumber", "studentid", "pupilid", "id", "admissionno",
        "admissionnumber", "adno", "studentno", "studentnumber",
      ]
    case .surname: return ["surname", "legalsurname", "lastname", "familyname"]
    case .forename:
      return ["forename", "legalforename", "firstname", "preferredforename", "givenname"]
    case .name: return ["name", "studentname", "pupilname", "fullname"]
    case .year: return ["year", "yeargroup", "yr", "ncyear"]
    case .form:
      return ["reggroup", "registrationgroup", "form", "formgroup", "tutorgroup", "regform"]
    case .mentor: return ["mentor", "mentorname"]
    case .attendance: return ["attendance", "attendancepercent", "attendancepercentage"]
    case .month: return ["month", "period", "reportingperiod"]
    case .subject: return ["subject", "subjectname", "course"]
    case .target: return ["target", "targetgrade", "minimumtargetgrade"]
    case .workingAt:
      return ["workingat", "workingatgrade", "current", "currentgrade", "currentworkingat"]
    case .predicted: return ["predicted", "predictedgrade", "prediction", "forecastgrade"]
    case .effort: return ["effort", "effortgrade", "atl", "attitudetolearning"]
    case .homework: return ["homework", "homeworkgrade"]
    }
  }
}
