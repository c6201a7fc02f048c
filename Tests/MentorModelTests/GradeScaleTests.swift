import Testing

@testable import MentorModel

@Suite("Grade scales count the distance between grades in steps")
struct GradeScaleTests {
  /// The scales a school uses, including named numeric ranges.
  static let everyScale: [GradeScale] =
    GradeScale.named + [
      .numeric(1, 7, step: 0.5), .numeric(0, 100), .numeric(0, 10, step: 0.5),
    ]

  @Test(
    "Neighbouring grades are one step apart",
    arguments: [
      (GradeScale.gcseNumbers, "U", "1"), (.gcseNumbers, "5", "6"), (.gcseNumbers, "8", "9"),
      (.gcseLetters, "U", "G"), (.gcseLetters, "G", "F"), (.gcseLetters, "C", "B"),
      (.gcseLetters, "A", "A*"),
      (.keyStage3, "3c", "3b"), (.keyStage3, "3b", "3a"), (.keyStage3, "3a", "4c"),
      (.keyStage3, "8b", "8a"),
      (.btec, "U", "Pass"), (.btec, "Pass", "Merit"), (.btec, "Merit", "Distinction"),
      (.btec, "Distinction", "Distinction*"),
      (.aLevel, "U", "E"), (.aLevel, "B", "A"), (.aLevel, "A", "A*"),
      (.numeric(0, 20), "12", "13"), (.numeric(0, 20), "0", "1"),
      (.percentage, "55", "60"), (.percentage, "95", "100"),
      (.numeric(1, 7, step: 0.5), "5", "5.5"), (.numeric(1, 7, step: 0.5), "1", "1.5"),
    ])
  func neighbouringGradesAreOneStepApart(
    scale: GradeScale, lower: String, higher: String
  ) throws {
    let low = try #require(scale.position(of: lower))
    let high = try #require(scale.position(of: higher))
    #expect((high - low).isClose(to: 1))
  }

  @Test(
    "The whole of each scale spans the expected number of steps",
    arguments: [
      (GradeScale.gcseNumbers, "1", "9", 8.0), (.gcseNumbers, "U", "9", 9),
      (.gcseLetters, "G", "A*", 7), (.gcseLetters, "U", "A*", 8),
      (.keyStage3, "3c", "8a", 17),
      (.btec, "Pass", "Distinction*", 3), (.btec, "U", "Distinction*", 4),
      (.aLevel, "E", "A*", 5), (.aLevel, "U", "A*", 6),
      (.numeric(0, 20), "0", "20", 20), (.percentage, "0", "100", 20),
      (.numeric(1, 7, step: 0.5), "1", "7", 12),
    ])
  func scaleSpansSteps(scale: GradeScale, lowest: String, highest: String, steps: Double)
    throws
  {
    let low = try #require(scale.position(of: lowest))
    let high = try #require(scale.position(of: highest))
    #expect((high - low).isClose(to: steps))
  }

  /// Pairs of GCSE grades and the thirds of a step between them.
  static let fineGrades: [(String, String, Double)] = [
    ("5-", "5", 1), ("5", "5+", 1), ("5-", "5+", 2), ("5+", "6-", 1), ("5+", "6", 2),
    ("4-", "6+", 8), ("U", "1-", 2),
  ]

  @Test("A fine grade on GCSE 9 to 1 is a third of a step", arguments: fineGrades)
  func fineGradeIsAThirdOfAStep(lower: String, higher: String, thirds: Double) throws {
    let low = try #require(GradeScale.gcseNumbers.position(of: lower))
    let high = try #require(GradeScale.gcseNumbers.position(of: higher))
    #expect((high - low).isClose(to: thirds / 3))
  }

  /// A target, a current grade, and the thirds of a step from one to the other.
  static let targetDistances: [(String, String, Double)] = [
    ("6", "5+", -1), ("6", "6-", 0), ("6", "6", 0), ("6", "6+", 0), ("6", "7-", 1),
    ("6", "5", -3), ("6", "5-", -3), ("6", "4+", -4), ("6", "4", -6), ("6", "4-", -6),
    ("6", "8", 6), ("6", "8+", 6), ("6+", "6", -1), ("6-", "5+", -1), ("5+", "6-", 1),
    ("U", "U", 0), ("1", "U", -3),
  ]

  @Test(
    "A whole-grade target is met by any of its fine grades", arguments: targetDistances)
  func stepsFromTarget(target: String, current: String, thirds: Double) throws {
    let scale = GradeScale.gcseNumbers
    let steps = scale.steps(
      from: .reading(target, on: scale), to: .reading(current, on: scale))
    #expect(steps.isClose(to: thirds / 3))
  }

  @Test("A target of 6 against a working-at of 5+ is a third of a step under")
  func coarseTargetAgainstFineGrade() {
    let scale = GradeScale.gcseNumbers
    let steps = scale.steps(from: .reading("6", on: scale), to: .reading("5+", on: scale))
    #expect(steps.isClose(to: -1.0 / 3))
  }

  @Test(
    "Other scales count the distance from target as the difference of positions",
    arguments: [
      (GradeScale.btec, "Merit", "Pass", -1.0), (.keyStage3, "5c", "4b", -2),
      (.gcseLetters, "B", "A*", 2), (.aLevel, "C", "E", -2), (.percentage, "60", "57", -0.6),
      (.numeric(0, 20), "12", "12.5", 0.5), (.numeric(1, 7, step: 0.5), "6", "5", -2),
    ])
  func stepsOnOtherScales(scale: GradeScale, target: String, current: String, steps: Double) {
    let found = scale.steps(from: .reading(target, on: scale), to: .reading(current, on: scale))
    #expect(found.isClose(to: steps))
  }

  @Test(
    "There is no distance from a target unless both marks hold a grade",
    arguments: [("", "5"), ("X", "5"), ("6", ""), ("6", "X"), ("", "")])
  func noDistanceWithoutGrades(target: String, current: String) {
    let scale = GradeScale.gcseNumbers
    #expect(
      scale.steps(from: .reading(target, on: scale), to: .reading(current, on: scale)) == nil)
  }

  @Test(
    "BTEC grades may be written short, in any case",
    arguments: [
      ("P", "Pass"), ("m", "Merit"), ("D", "Distinction"), ("d*", "Distinction*"),
      ("distinction*", "Distinction*"), ("PASS", "Pass"), ("u", "U"),
    ])
  func btecShortForms(written: String, full: String) throws {
    let short = try #require(GradeScale.btec.position(of: written))
    #expect(GradeScale.btec.position(of: full) == short)
    #expect(GradeScale.btec.canonical(written) == full)
  }

  @Test(
    "Case and surrounding spaces do not change a grade",
    arguments: [
      (GradeScale.keyStage3, " 4C ", "4c"), (.gcseLetters, "a*", "A*"), (.aLevel, "\tb", "B"),
      (.gcseNumbers, " 5+ ", "5+"), (.gcseNumbers, "u", "U"), (.btec, " merit", "Merit"),
      (.numeric(0, 20), " 12 ", "12"),
    ])
  func caseAndSpacesAreIgnored(scale: GradeScale, written: String, canonical: String) {
    #expect(scale.position(of: written) == scale.position(of: canonical))
    #expect(scale.canonical(written) == canonical)
  }

  @Test(
    "Text that is not a grade of the scale has no position",
    arguments: [
      (GradeScale.gcseNumbers, ""), (.gcseNumbers, "0"), (.gcseNumbers, "10"),
      (.gcseNumbers, "5++"), (.gcseNumbers, "+5"), (.gcseNumbers, "A"), (.gcseNumbers, "U+"),
      (.gcseLetters, "H"), (.gcseLetters, "A**"), (.gcseLetters, "5"),
      (.keyStage3, "9a"), (.keyStage3, "4d"), (.keyStage3, "4"),
      (.btec, "Distinction**"), (.btec, "F"), (.btec, "Fail"),
      (.aLevel, "F"), (.aLevel, "G"), (.aLevel, "D*"),
      (.numeric(0, 20), "21"), (.numeric(0, 20), "-1"), (.numeric(0, 20), "twelve"),
      (.percentage, "101"), (.numeric(1, 7, step: 0.5), "0.5"),
      (.numeric(1, 7, step: 0.5), "7.5"),
    ])
  func notAGrade(scale: GradeScale, text: String) {
    #expect(scale.position(of: text) == nil)
    #expect(scale.canonical(text) == nil)
  }

  @Test(
    "Each scale has a name used in commands and the database",
    arguments: [
      (GradeScale.gcseNumbers, "gcse"), (.gcseLetters, "gcse-letters"), (.keyStage3, "ks3"),
      (.btec, "btec"), (.aLevel, "a-level"), (.numeric(0, 20), "0-20"),
      (.percentage, "percent"), (.numeric(1, 7, step: 0.5), "1-7/0.5"),
      (.numeric(0, 100), "0-100"),
    ])
  func scaleNames(scale: GradeScale, name: String) {
    #expect(scale.name == name)
    #expect(scale.description == name)
  }

  @Test("A scale's name reads back as the same scale", arguments: everyScale)
  func namesRoundTrip(scale: GradeScale) {
    #expect(GradeScale(name: scale.name) == scale)
  }

  @Test(
    "Other common ways of naming a scale are understood",
    arguments: [
      ("GCSE", GradeScale.gcseNumbers), ("9-1", .gcseNumbers), ("gcse-9-1", .gcseNumbers),
      ("letters", .gcseLetters), ("gcse-a*-g", .gcseLetters), ("A level", .aLevel),
      ("alevel", .aLevel), ("%", .percentage), ("percentage", .percentage),
      ("0-100/5", .percentage), ("ks3-levels", .keyStage3), ("BTEC", .btec),
      ("0-20/1", .numeric(0, 20)),
    ])
  func aliases(name: String, scale: GradeScale) {
    #expect(GradeScale(name: name) == scale)
  }

  @Test(
    "A name that is no scale is refused",
    arguments: [
      "", "/", "-", "/5", "gcse-9", "20-0", "5-5", "0-20/0", "0-20/-1", "0-20/x",
      "scale", "0-20/1/2",
    ])
  func unknownNames(name: String) {
    #expect(GradeScale(name: name) == nil)
  }

  @Test(
    "Grades at the top and bottom positions",
    arguments: [
      (GradeScale.gcseNumbers, "U", "9"), (.gcseLetters, "U", "A*"), (.keyStage3, "1c", "8a"),
      (.btec, "U", "Distinction*"), (.aLevel, "U", "A*"), (.numeric(0, 20), "0", "20"),
      (.percentage, "0", "100"), (.numeric(1, 7, step: 0.5), "1", "7"),
    ])
  func topAndBottom(scale: GradeScale, lowest: String, highest: String) {
    #expect(scale.grade(at: scale.bottom) == lowest)
    #expect(scale.grade(at: scale.top) == highest)
    #expect(scale.position(of: lowest) == scale.bottom)
    #expect(scale.position(of: highest) == scale.top)
  }

  @Test("Positions beyond either end are written as the end grade", arguments: everyScale)
  func gradeAtClampsToTheScale(scale: GradeScale) {
    #expect(scale.grade(at: scale.top + 5) == scale.grade(at: scale.top))
    #expect(scale.grade(at: scale.bottom - 5) == scale.grade(at: scale.bottom))
  }

  @Test(
    "A whole-step position is written as its grade",
    arguments: [
      (GradeScale.gcseNumbers, 6.0, "6"), (.gcseLetters, 5, "C"), (.keyStage3, 9, "4c"),
      (.btec, 2, "Merit"), (.aLevel, 5, "A"), (.numeric(0, 20), 13, "13"),
      (.percentage, 13, "65"), (.numeric(1, 7, step: 0.5), 11, "5.5"),
    ])
  func gradeAtPosition(scale: GradeScale, position: Double, grade: String) {
    #expect(scale.grade(at: position) == grade)
    #expect(scale.position(of: grade) == position)
  }

  /// A GCSE position in thirds of a step, and the whole grade it belongs to.
  static let wholeGrades: [(Double, Double)] = [(14, 5), (15, 5), (16, 5), (17, 6), (0, 0)]

  @Test("A fine grade belongs to its whole grade", arguments: wholeGrades)
  func wholeGradeOfFineGrade(thirds: Double, whole: Double) {
    #expect(GradeScale.gcseNumbers.wholeGrade(at: thirds / 3) == whole)
  }

  @Test(
    "On scales without fine grades every position is its own whole grade",
    arguments: [
      (GradeScale.percentage, 11.4), (.numeric(0, 20), 12.5), (.btec, 2), (.keyStage3, 9),
    ])
  func wholeGradeElsewhere(scale: GradeScale, position: Double) {
    #expect(scale.wholeGrade(at: position) == position)
  }

  @Test("Only GCSE, BTEC and A level scales have U as their bottom grade")
  func scalesWithU() {
    #expect(GradeScale.gcseNumbers.hasU)
    #expect(GradeScale.gcseLetters.hasU)
    #expect(GradeScale.btec.hasU)
    #expect(GradeScale.aLevel.hasU)
    #expect(!GradeScale.keyStage3.hasU)
    #expect(!GradeScale.numeric(0, 20).hasU)
    #expect(!GradeScale.percentage.hasU)
  }
}
