@testable import MentorModel

/// A small fictional school for the report tests, whose every figure is worked out by hand
/// in the tests' comments.
///
/// Four mentees, two subjects on GCSE 9 to 1 (Maths, target 6; English, target 5) and
/// three months. Working-at grades, with `X` for absent and `-` for no result:
///
///     mentee            year form mentor    | Sep M E | Oct M E | Nov M E
///     A1 Amy Ash        10   10A  Ms Ríos   |   6 5   |   6 6   |   5 6
///     B2 Ben Birch      10   10A  Ms Ríos   |   5 5   |   6 5   |   6 X
///     C3 Cal Cedar      11   11B  Mr Hale   |   4 3   |   4 4   |   6 5
///     D4 Dee Dunn       11   11B  Mr Hale   |   7 4   |   7 5   |   - -
enum ReportFixture {
  static let grades: [(id: String, maths: [String], english: [String])] = [
    ("A1", ["6", "6", "5"], ["5", "6", "6"]),
    ("B2", ["5", "6", "6"], ["5", "5", "X"]),
    ("C3", ["4", "4", "6"], ["3", "4", "5"]),
    ("D4", ["7", "7", "-"], ["4", "5", "-"]),
  ]
  static let months = ["2026-09", "2026-10", "2026-11"]

  /// The school with its results, interventions, meetings, escalations and staff.
  static func school() -> School {
    var school = School()
    school.enrol("A1", "Amy", "Ash", year: "10", form: "10A", mentor: "Ms Ríos")
    school.enrol("B2", "Ben", "Birch", year: "10", form: "10A", mentor: "Ms Ríos")
    school.enrol("C3", "Cal", "Cedar", year: "11", form: "11B", mentor: "Mr Hale")
    school.enrol("D4", "Dee", "Dunn", year: "11", form: "11B", mentor: "Mr Hale")
    for (id, maths, english) in grades {
      for (index, month) in months.enumerated() {
        if maths[index] != "-" {
          school.record(id, "Maths", month, target: "6", workingAt: maths[index])
        }
        if english[index] != "-" {
          school.record(id, "English", month, target: "5", workingAt: english[index])
        }
      }
    }
    school.staff["Mrs Lund"] = StaffMember(name: "Mrs Lund", email: "", roles: [.mentor])
    school.staff["Ms Ríos"] = StaffMember(name: "Ms Ríos", email: "", roles: [.mentor])
    addInterventions(to: &school)
    addMeetings(to: &school)
    addEscalations(to: &school)
    return school
  }

  /// I1 to I6: what each is for, when agreed, its state and its review date.
  static func addInterventions(to school: inout School) {
    let rows:
      [(String, String, InterventionCategory, String?, String, InterventionState, String?)] =
        [
          ("I1", "A1", .student, "Maths", "2026-09", .revised, "2026-10-01"),
          ("I2", "B2", .student, "Maths", "2026-09", .working, "2026-10-01"),
          ("I3", "C3", .teacher, "English", "2026-10", .implemented, "2026-11-01"),
          ("I4", "C3", .parent, nil, "2026-10", .agreed, "2026-12-01"),
          ("I5", "D4", .parent, "English", "2026-10", .agreed, "2026-11-24"),
          ("I6", "A1", .student, nil, "2026-11", .communicated, nil),
        ]
    let days = ["2026-09-20", "2026-09-21", "2026-10-15", "2026-10-16", "2026-10-17", "2026-11-20"]
    for (index, row) in rows.enumerated() {
      let (id, mentee, category, subject, month, state, review) = row
      school.interventions[id] = Intervention(
        id: id, menteeID: mentee, category: category, action: "action \(id)",
        subject: subject, staff: id == "I3" ? "Mrs Lund" : nil, review: review, state: state,
        month: month, agreedBy: "Ms Ríos", agreedAt: "\(days[index])T09:00:00Z")
    }
  }

  /// M1 to M5, with their praise; M5 is still open.
  static func addMeetings(to school: inout School) {
    let rows: [(String, String, String, Bool, [String?])] = [
      ("M1", "A1", "2026-10-05", true, ["Maths"]),
      ("M2", "A1", "2026-11-10", true, ["English", nil]),
      ("M3", "B2", "2026-11-12", true, ["Maths"]),
      ("M4", "B2", "2026-11-20", true, []),
      ("M5", "C3", "2026-11-22", false, ["Maths"]),
    ]
    for (id, mentee, day, ended, praise) in rows {
      var meeting = Meeting(
        id: id, menteeID: mentee, month: "2026-10", mentor: "Someone covering",
        openedAt: "\(day)T10:00:00Z")
      meeting.endedAt = ended ? "\(day)T10:30:00Z" : nil
      meeting.praise = praise.map { Meeting.Praise(subject: $0, note: "well done") }
      school.meetings[id] = meeting
    }
  }

  /// E1 to E4: to whom, their state, when raised and when their message went.
  static func addEscalations(to school: inout School) {
    let rows: [(String, String, Escalation.Recipient, Escalation.State, String, String?)] = [
      ("E1", "C3", .parent, .open, "2026-10-16", "2026-10-16"),
      ("E2", "D4", .progressLeader, .acknowledged, "2026-11-02", "2026-11-02"),
      ("E3", "A1", .parent, .resolved, "2026-11-03", "2026-11-04"),
      ("E4", "B2", .parent, .open, "2026-11-21", nil),
    ]
    for (id, mentee, recipient, state, raised, sent) in rows {
      var escalation = Escalation(
        id: id, menteeID: mentee, recipient: recipient, reason: "reason",
        raisedBy: "Ms Ríos", raisedAt: "\(raised)T12:00:00Z")
      escalation.state = state
      escalation.notifiedAt = sent.map { "\($0)T13:00:00Z" }
      school.escalations[id] = escalation
    }
  }
}
