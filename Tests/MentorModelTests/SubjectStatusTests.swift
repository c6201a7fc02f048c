import Testing

@testable import MentorModel

@Suite("Status compares the current grade with the target")
struct SubjectStatusTests {
  /// Judges a current grade against a target on a scale.
  static func judge(
    _ current: String, against target: String, on scale: GradeScale = .gcseNumbers,
    settings: Settings = Settings()
  ) -> SubjectStatus {
    SubjectStatus.judge(
      current: .reading(current, on: scale), target: .reading(target, on: scale), on: scale,
      settings: settings)
  }

  static let gcseCases: [(String, String, SubjectStatus)] = [
    ("6", "6", .onTarget), ("6", "6-", .onTarget), ("6", "6+", .onTarget),
    ("6", "7-", .above), ("6", "7", .above), ("6", "9", .above),
    ("6", "5+", .below), ("6", "5", .below), ("6", "5-", .below), ("6", "4+", .below),
    ("6", "4", .wellBelow), ("6", "4-", .wellBelow), ("6", "U", .wellBelow),
    ("6+", "6", .below), ("5-", "5", .above),
    ("1", "U", .below), ("2", "U", .wellBelow), ("U", "U", .onTarget), ("U", "1", .above),
  ]

  @Test("GCSE 9 to 1 grades against a target", arguments: gcseCases)
  func gcseStatus(target: String, current: String, status: SubjectStatus) {
    #expect(Self.judge(current, against: target) == status)
  }

  @Test(
    "Grades on other scales against a target",
    arguments: [
      (GradeScale.btec, "Merit", "Merit", SubjectStatus.onTarget),
      (.btec, "Merit", "P", .below), (.btec, "Merit", "D", .above),
      (.btec, "Distinction", "Pass", .wellBelow), (.btec, "Pass", "U", .below),
      (.keyStage3, "5c", "5c", .onTarget), (.keyStage3, "5c", "4a", .below),
      (.keyStage3, "5c", "4b", .wellBelow), (.keyStage3, "5c", "5b", .above),
      (.keyStage3, "8a", "3c", .wellBelow),
      (.gcseLetters, "B", "C", .below), (.gcseLetters, "B", "D", .wellBelow),
      (.gcseLetters, "B", "A*", .above), (.gcseLetters, "G", "U", .below),
      (.aLevel, "A", "A*", .above), (.aLevel, "B", "D", .wellBelow), (.aLevel, "E", "U", .below),
      (.numeric(0, 20), "12", "12", .onTarget), (.numeric(0, 20), "12", "11", .below),
      (.numeric(0, 20), "12", "10", .wellBelow), (.numeric(0, 20), "12", "13", .above),
      (.numeric(0, 20), "0", "U", .below), (.numeric(0, 20), "1", "U", .wellBelow),
      (.percentage, "60", "55", .below), (.percentage, "60", "50", .wellBelow),
      (.percentage, "60", "70", .above), (.percentage, "5", "U", .wellBelow),
      (.numeric(1, 7, step: 0.5), "6", "5.5", .below),
      (.numeric(1, 7, step: 0.5), "6", "5", .wellBelow),
    ])
  func otherScales(scale: GradeScale, target: String, current: String, status: SubjectStatus) {
    #expect(Self.judge(current, against: target, on: scale) == status)
  }

  @Test(
    "Without a target there is no status, whatever the grade",
    arguments: [("", "5"), ("X", "5"), ("", ""), ("X", "X")])
  func noTarget(target: String, current: String) {
    #expect(Self.judge(current, against: target) == .noTarget)
  }

  @Test("A blank or absent current grade has no grade", arguments: ["", "X"])
  func noGrade(current: String) {
    #expect(Self.judge(current, against: "6") == .noGrade)
  }

  @Test("By default the predicted grade counts, else the working-at grade")
  func predictedFirst() {
    let scale = GradeScale.gcseNumbers
    let both = MonthlyResult(
      menteeID: "M01", subject: "Maths", month: "2026-10",
      workingAt: .reading("5", on: scale), predicted: .reading("7", on: scale))
    #expect(both.current(.predictedFirst) == .reading("7", on: scale))
    #expect(both.current(.workingAtFirst) == .reading("5", on: scale))

    let workingOnly = MonthlyResult(
      menteeID: "M01", subject: "Maths", month: "2026-10", workingAt: .reading("5", on: scale))
    #expect(workingOnly.current(.predictedFirst) == .reading("5", on: scale))

    let predictedOnly = MonthlyResult(
      menteeID: "M01", subject: "Maths", month: "2026-10", predicted: .reading("7", on: scale))
    #expect(predictedOnly.current(.workingAtFirst) == .reading("7", on: scale))
  }

  @Test("The current-grade setting switches which grade the status judges")
  func currentGradeSetting() throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.record("M01", "Maths", "2026-10", target: "6", workingAt: "5", predicted: "7")
    let result = try #require(school.result(of: "M01", in: "Maths", month: "2026-10"))
    #expect(school.status(of: result) == .above)

    try school.settings.set("current-grade", to: "working-at")
    #expect(school.status(of: result) == .below)

    try school.settings.set("current-grade", to: "predicted")
    #expect(school.status(of: result) == .above)
  }

  @Test("The well-below threshold is a setting")
  func wellBelowThreshold() throws {
    var settings = Settings()
    #expect(Self.judge("4", against: "6", settings: settings) == .wellBelow)
    try settings.set("well-below-from", to: "3")
    #expect(Self.judge("4", against: "6", settings: settings) == .below)
    #expect(Self.judge("3", against: "6", settings: settings) == .wellBelow)
  }

  @Test("The below threshold is a setting")
  func belowThreshold() throws {
    var settings = Settings()
    #expect(Self.judge("5+", against: "6", settings: settings) == .below)
    try settings.set("below-from", to: "1")
    #expect(Self.judge("5+", against: "6", settings: settings) == .onTarget)
    #expect(Self.judge("5", against: "6", settings: settings) == .below)
  }

  @Test("A shortfall smaller than the below threshold counts as on target")
  func shortfallUnderThreshold() throws {
    var settings = Settings()
    #expect(Self.judge("59", against: "60", on: .percentage, settings: settings) == .onTarget)
    try settings.set("below-from", to: "0.1")
    #expect(Self.judge("59", against: "60", on: .percentage, settings: settings) == .below)
  }

  @Test("The above threshold is a setting")
  func aboveThreshold() throws {
    var settings = Settings()
    #expect(Self.judge("7-", against: "6", settings: settings) == .above)
    try settings.set("above-from", to: "1")
    #expect(Self.judge("7-", against: "6", settings: settings) == .onTarget)
    #expect(Self.judge("7", against: "6", settings: settings) == .above)
  }

  @Test(
    "Below and well below are under target; on target and above are not",
    arguments: SubjectStatus.allCases)
  func underTarget(status: SubjectStatus) {
    #expect(status.isUnderTarget == (status == .below || status == .wellBelow))
    #expect(status.isOnOrAbove == (status == .onTarget || status == .above))
  }

  @Test(
    "A status can be typed in words or as its colour",
    arguments: [
      ("above", SubjectStatus.above), ("blue", .above), ("on", .onTarget),
      ("on-target", .onTarget), ("On Target", .onTarget), ("green", .onTarget),
      ("below", .below), ("amber", .below), ("well-below", .wellBelow), ("well", .wellBelow),
      ("RED", .wellBelow), ("no-target", .noTarget), ("no grade", .noGrade),
    ])
  func statusFromWords(words: String, status: SubjectStatus) {
    #expect(SubjectStatus(words: words) == status)
  }

  @Test("Words that are no status are refused", arguments: ["", "fine", "under", "purple"])
  func unknownWords(words: String) {
    #expect(SubjectStatus(words: words) == nil)
  }
}
