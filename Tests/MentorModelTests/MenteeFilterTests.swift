import Testing

@testable import MentorModel

@Suite("Filters choose which mentees a caseload lists")
struct MenteeFilterTests {
  /// A small fictional caseload for October 2026.
  ///
  /// - M01 Zoë Brontë, 11B, Ms Ríos: Maths below, Art well below, Science on target; 93 %.
  /// - M02 Tomasz Ward, 11C, Mr Hale: Maths above, Art below; 88 %.
  /// - M03 Inès Ávila, 10A, Ms Ríos: Maths on target, Science with no target.
  /// - M04 Sam Okafor, 10A, no mentor: no results this month.
  static let school: School = {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë", form: "11B", attendance: ["2026-10": 93])
    school.enrol(
      "M02", "Tomasz", "Ward", form: "11C", mentor: "Mr Hale", attendance: ["2026-10": 88])
    school.enrol("M03", "Inès", "Ávila", year: "10", form: "10A")
    school.enrol("M04", "Sam", "Okafor", year: "10", form: "10A", mentor: "")
    school.record("M01", "Maths", "2026-10", target: "6", workingAt: "5")
    school.record("M01", "Art", "2026-10", target: "6", workingAt: "3")
    school.record("M01", "Science", "2026-10", target: "6", workingAt: "6")
    school.record("M02", "Maths", "2026-10", target: "5", workingAt: "7")
    school.record("M02", "Art", "2026-10", target: "5", workingAt: "4")
    school.record("M03", "Maths", "2026-10", target: "4", workingAt: "4")
    school.record("M03", "Science", "2026-10", workingAt: "4")
    return school
  }()

  /// The ids of the caseload a filter admits, in the caseload's order.
  static func ids(_ filter: MenteeFilter, month: String? = nil) -> [String] {
    school.caseload(filter, month: month).map(\.mentee.id)
  }

  @Test("An empty filter lists everyone, sorted by name")
  func everyone() {
    #expect(Self.ids(MenteeFilter()) == ["M03", "M01", "M04", "M02"])
  }

  @Test(
    "By mentor, ignoring case and accents",
    arguments: [
      ("Ms Ríos", ["M03", "M01"]), ("ms rios", ["M03", "M01"]), ("MR HALE", ["M02"]),
      ("Mr Nobody", []),
    ])
  func byMentor(mentor: String, ids: [String]) {
    var filter = MenteeFilter()
    filter.mentor = mentor
    #expect(Self.ids(filter) == ids)
  }

  @Test("By year", arguments: [("11", ["M01", "M02"]), ("10", ["M03", "M04"]), ("9", [])])
  func byYear(year: String, ids: [String]) {
    var filter = MenteeFilter()
    filter.year = year
    #expect(Self.ids(filter) == ids)
  }

  @Test("By form, ignoring case", arguments: [("11b", ["M01"]), ("10A", ["M03", "M04"])])
  func byForm(form: String, ids: [String]) {
    var filter = MenteeFilter()
    filter.form = form
    #expect(Self.ids(filter) == ids)
  }

  @Test(
    "By a subject the mentee takes this month",
    arguments: [("science", ["M03", "M01"]), ("Art", ["M01", "M02"]), ("Latin", [])])
  func bySubject(subject: String, ids: [String]) {
    var filter = MenteeFilter()
    filter.subjects = [subject]
    #expect(Self.ids(filter) == ids)
  }

  @Test(
    "By a status that some subject has",
    arguments: [
      (SubjectStatus.above, ["M02"]), (.onTarget, ["M03", "M01"]), (.below, ["M01", "M02"]),
      (.wellBelow, ["M01"]), (.noTarget, ["M03"]), (.noGrade, []),
    ])
  func byStatus(status: SubjectStatus, ids: [String]) {
    var filter = MenteeFilter()
    filter.status = status
    #expect(Self.ids(filter) == ids)
  }

  @Test(
    "By the status of one subject",
    arguments: [
      ("Maths", SubjectStatus.below, ["M01"]), ("Maths", .onTarget, ["M03"]),
      ("Art", .below, ["M02"]), ("Science", .below, []),
    ])
  func bySubjectAndStatus(subject: String, status: SubjectStatus, ids: [String]) {
    var filter = MenteeFilter()
    filter.subjects = [subject]
    filter.status = status
    #expect(Self.ids(filter) == ids)
  }

  @Test(
    "By several subjects, every one of them taken",
    arguments: [
      (["Maths", "Art"], ["M01", "M02"]), (["maths", "Science"], ["M03", "M01"]),
      (["Art", "Science"], ["M01"]), (["Maths", "Latin"], []),
    ])
  func bySeveralSubjects(subjects: [String], ids: [String]) {
    var filter = MenteeFilter()
    filter.subjects = subjects
    #expect(Self.ids(filter) == ids)
  }

  @Test(
    "Below target in N of the subjects named, whatever the others",
    arguments: [
      (["Maths", "Art"], 2, ["M01"]), (["Maths", "Art"], 1, ["M01", "M02"]),
      (["Maths", "Science"], 1, ["M01"]), (["Science"], 1, []), (["Art"], 0, ["M01", "M02"]),
    ])
  func belowInSubjectsNamed(subjects: [String], count: Int, ids: [String]) {
    var filter = MenteeFilter()
    filter.subjects = subjects
    filter.belowAtLeast = count
    #expect(Self.ids(filter) == ids)
  }

  @Test(
    "Below target in at least N subjects",
    arguments: [(0, ["M03", "M01", "M04", "M02"]), (1, ["M01", "M02"]), (2, ["M01"]), (3, [])])
  func belowAtLeast(count: Int, ids: [String]) {
    var filter = MenteeFilter()
    filter.belowAtLeast = count
    #expect(Self.ids(filter) == ids)
  }

  @Test("Flagged for attendance")
  func attendanceFlagged() {
    var filter = MenteeFilter()
    filter.attendanceFlagged = true
    #expect(Self.ids(filter) == ["M01", "M02"])
  }

  @Test("Every condition given must hold")
  func conditionsCombine() {
    var filter = MenteeFilter()
    filter.mentor = "ms rios"
    filter.year = "11"
    filter.belowAtLeast = 1
    #expect(Self.ids(filter) == ["M01"])
    filter.form = "11C"
    #expect(Self.ids(filter).isEmpty)
  }

  @Test("The caseload of an earlier month judges that month")
  func earlierMonth() {
    var school = Self.school
    school.record("M03", "Maths", "2026-09", target: "4", workingAt: "2")
    var filter = MenteeFilter()
    filter.status = .wellBelow
    #expect(school.caseload(filter, month: "2026-09").map(\.mentee.id) == ["M03"])
    #expect(school.caseload(filter).map(\.mentee.id) == ["M01"])
  }
}

@Suite("A mentor is named by the whole name or one word of it")
struct MentorNameTests {
  @Test(
    "Matches ignore case, accents and the title",
    arguments: [
      ("Ms Patel", "ms patel", true), ("Ms Patel", "Patel", true), ("Ms Patel", "PATEL", true),
      ("Mr Núñez", "nunez", true), ("Ms Patel", "pat", false), ("Ms Patel", "Mr Patel", false),
      ("", "patel", false),
    ])
  func matches(_ name: String, _ query: String, _ expected: Bool) {
    #expect(School.mentor(name, matches: query) == expected)
  }
}
