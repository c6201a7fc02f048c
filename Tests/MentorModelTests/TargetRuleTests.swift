import Testing

@testable import MentorModel

@Suite("Targets set in bulk")
struct TargetRuleTests {
  /// Two tutor groups in two years, over two months, with some targets already set.
  static func school() -> School {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë", year: "11", form: "11B", mentor: "Ms Ríos")
    school.enrol("M02", "Tomasz", "Ward", year: "11", form: "11C", mentor: "Mr Hale")
    school.enrol("M03", "Inès", "Ávila", year: "10", form: "10A", mentor: "Ms Ríos")
    for month in ["2026-09", "2026-10"] {
      school.record("M01", "Maths", month, workingAt: "5")
      school.record("M02", "Maths", month, target: "7", workingAt: "6")
      school.record("M03", "Maths", month, workingAt: "4")
      school.record("M01", "Sport", month, workingAt: "Pass", scale: .btec)
      school.record("M02", "Sport", month, workingAt: "Merit", scale: .btec)
    }
    return school
  }

  /// Each change as "id subject month target", sorted.
  static func summary(_ changes: [MonthlyResult]) -> [String] {
    changes.map { "\($0.menteeID) \($0.subject) \($0.month) \($0.target.text)" }.sorted()
  }

  @Test("A grade for one subject fills in the targets that are missing")
  func gradeForOneSubject() throws {
    let changes = try Self.school().targetChanges(
      subject: "Maths", rule: .grade("6"), replacing: false)
    #expect(
      Self.summary(changes) == [
        "M01 Maths 2026-09 6", "M01 Maths 2026-10 6", "M03 Maths 2026-09 6",
        "M03 Maths 2026-10 6",
      ])
  }

  @Test("Replacing also changes targets already set")
  func replacing() throws {
    let changes = try Self.school().targetChanges(
      subject: "Maths", rule: .grade("6"), replacing: true)
    #expect(Self.summary(changes).count == 6)
    #expect(Self.summary(changes).contains("M02 Maths 2026-10 6"))
  }

  @Test("A target that is already the one asked for is not a change")
  func sameTargetIsNoChange() throws {
    let changes = try Self.school().targetChanges(
      subject: "Maths", rule: .grade("7"), replacing: true)
    #expect(!changes.contains { $0.menteeID == "M02" })
    #expect(changes.count == 4)
  }

  @Test("The subject is matched ignoring case, and the grade is written as its scale writes it")
  func subjectAndGradeAreNormalised() throws {
    let changes = try Self.school().targetChanges(
      subject: "sport", rule: .grade("d"), replacing: false)
    #expect(
      Self.summary(changes) == [
        "M01 Sport 2026-09 Distinction", "M01 Sport 2026-10 Distinction",
        "M02 Sport 2026-09 Distinction", "M02 Sport 2026-10 Distinction",
      ])
  }

  @Test("Other fields of a changed result are kept")
  func otherFieldsKept() throws {
    let school = Self.school()
    let changes = try school.targetChanges(subject: "Maths", rule: .grade("6"), replacing: false)
    for change in changes {
      let before = try #require(
        school.result(of: change.menteeID, in: change.subject, month: change.month))
      #expect(change.workingAt == before.workingAt)
      #expect(change.predicted == before.predicted)
    }
  }

  @Test("Every subject takes the grade when no subject is named")
  func everySubject() throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.record("M01", "Maths", "2026-10", workingAt: "5")
    school.record("M01", "Art", "2026-10", workingAt: "4")
    school.record("M01", "English", "2026-10", target: "7", workingAt: "6")
    let changes = try school.targetChanges(subject: nil, rule: .grade("6"), replacing: false)
    #expect(Self.summary(changes) == ["M01 Art 2026-10 6", "M01 Maths 2026-10 6"])
  }

  @Test(
    "A grade not on the subject's scale is an error",
    arguments: [
      ("Maths", "Merit", "gcse"), ("Sport", "6", "btec"), ("Maths", "X", "gcse"),
      ("Maths", "", "gcse"), ("Maths", "10", "gcse"),
    ])
  func gradeNotOnScale(subject: String, grade: String, scale: String) {
    #expect(throws: ModelError.badGrade(grade: grade, subject: subject, scale: scale)) {
      try Self.school().targetChanges(subject: subject, rule: .grade(grade), replacing: false)
    }
  }

  @Test("Setting every subject to one grade fails if a subject's scale lacks it")
  func everySubjectNeedsTheGrade() {
    #expect(throws: ModelError.badGrade(grade: "6", subject: "Sport", scale: "btec")) {
      try Self.school().targetChanges(subject: nil, rule: .grade("6"), replacing: false)
    }
  }

  @Test("U on a numeric scale is not a target")
  func unclassifiedIsNotATarget() {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.record("M01", "Reading", "2026-10", workingAt: "12", scale: .numeric(0, 20))
    #expect(throws: ModelError.badGrade(grade: "U", subject: "Reading", scale: "0-20")) {
      try school.targetChanges(subject: "Reading", rule: .grade("U"), replacing: false)
    }
  }

  @Test("An unknown subject is an error")
  func unknownSubject() {
    #expect(throws: ModelError.unknownSubject("Latin")) {
      try Self.school().targetChanges(subject: "Latin", rule: .grade("6"), replacing: false)
    }
  }

  @Test(
    "Filters by year, form and mentor leave other mentees alone",
    arguments: [
      ("year", "10", ["M03"]), ("year", "11", ["M01"]), ("form", "11b", ["M01"]),
      ("mentor", "ms rios", ["M01", "M03"]), ("mentor", "Mr Hale", []),
    ])
  func filters(field: String, value: String, ids: [String]) throws {
    var filter = MenteeFilter()
    switch field {
    case "year": filter.year = value
    case "form": filter.form = value
    default: filter.mentor = value
    }
    let changes = try Self.school().targetChanges(
      subject: "Maths", rule: .grade("6"), replacing: false, filter: filter)
    #expect(Set(changes.map(\.menteeID)) == Set(ids))
  }

  /// An earliest grade, the steps added, and the target expected, on a scale.
  static let earliestCases: [(GradeScale, String, Double, String)] = [
    (.gcseNumbers, "5", 1, "6"), (.gcseNumbers, "5", 2, "7"), (.gcseNumbers, "5+", 1, "6"),
    (.gcseNumbers, "5-", 1, "6"), (.gcseNumbers, "4-", 2, "6"), (.gcseNumbers, "U", 2, "2"),
    (.gcseNumbers, "8", 2, "9"), (.gcseNumbers, "9+", 1, "9"), (.gcseNumbers, "5", 0, "5"),
    (.gcseLetters, "C", 1, "B"), (.gcseLetters, "A", 3, "A*"),
    (.keyStage3, "4a", 2, "5b"), (.keyStage3, "8b", 4, "8a"),
    (.btec, "Pass", 1, "Merit"), (.btec, "Merit", 3, "Distinction*"),
    (.aLevel, "C", 2, "A"), (.percentage, "55", 2, "65"), (.percentage, "90", 4, "100"),
    (.numeric(0, 20), "12", 3, "15"), (.numeric(0, 20), "U", 2, "1"),
    (.numeric(1, 7, step: 0.5), "5", 2, "6"), (.numeric(1, 7, step: 0.5), "6.5", 2, "7"),
  ]

  @Test(
    "The earliest grade plus N steps, capped at the top of the scale", arguments: earliestCases)
  func earliestPlus(scale: GradeScale, earliest: String, steps: Double, target: String) throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.record("M01", "Subject", "2026-09", workingAt: earliest, scale: scale)
    let changes = try school.targetChanges(
      subject: "Subject", rule: .earliestPlus(steps), replacing: false)
    #expect(changes.map(\.target.text) == [target])
    #expect(changes.first?.target == Mark(target, on: scale))
  }

  @Test("The earliest grade is from the earliest month, even when loaded later")
  func earliestMonthByDate() throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.record("M01", "Maths", "2026-11", workingAt: "6")
    school.record("M01", "Maths", "2026-10", workingAt: "X")
    school.record("M01", "Maths", "2026-09", workingAt: "4")
    let changes = try school.targetChanges(
      subject: "Maths", rule: .earliestPlus(2), replacing: false)
    #expect(
      Self.summary(changes) == [
        "M01 Maths 2026-09 6", "M01 Maths 2026-10 6", "M01 Maths 2026-11 6",
      ])
  }

  @Test("The earliest grade follows the current-grade setting")
  func earliestUsesCurrentGrade() throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.record("M01", "Maths", "2026-09", workingAt: "4", predicted: "5")
    #expect(
      try school.targetChanges(subject: "Maths", rule: .earliestPlus(1), replacing: false)
        .map(\.target.text) == ["6"])
    try school.settings.set("current-grade", to: "working-at")
    #expect(
      try school.targetChanges(subject: "Maths", rule: .earliestPlus(1), replacing: false)
        .map(\.target.text) == ["5"])
  }

  @Test("A mentee with no grade yet in the subject gets no target from the earliest grade")
  func noEarliestGrade() throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.enrol("M02", "Tomasz", "Ward")
    school.record("M01", "Maths", "2026-09", workingAt: "X")
    school.record("M01", "Maths", "2026-10", workingAt: "")
    school.record("M02", "Maths", "2026-09", workingAt: "5")
    let changes = try school.targetChanges(
      subject: "Maths", rule: .earliestPlus(1), replacing: false)
    #expect(Self.summary(changes) == ["M02 Maths 2026-09 6"])
  }

  @Test("Targets from the earliest grade keep existing targets unless replacing")
  func earliestKeepsTargets() throws {
    let school = Self.school()
    let kept = try school.targetChanges(
      subject: "Maths", rule: .earliestPlus(1), replacing: false)
    #expect(!kept.contains { $0.menteeID == "M02" })
    let replaced = try school.targetChanges(
      subject: "Maths", rule: .earliestPlus(2), replacing: true)
    #expect(replaced.filter { $0.menteeID == "M02" }.map(\.target.text) == ["8", "8"])
  }

  @Test("Changes put back into the school become the targets, and the status follows")
  func applyingChanges() throws {
    var school = Self.school()
    for change in try school.targetChanges(
      subject: "Maths", rule: .earliestPlus(1), replacing: false)
    {
      school.put(change)
    }
    let result = try #require(school.result(of: "M01", in: "Maths", month: "2026-10"))
    #expect(result.target.text == "6")
    #expect(school.status(of: result) == .below)
    #expect(school.result(of: "M02", in: "Maths", month: "2026-10")?.target.text == "7")
  }
}
