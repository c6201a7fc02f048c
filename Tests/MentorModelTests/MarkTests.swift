import Testing

@testable import MentorModel

@Suite("Blank, absent and U cells are data, not errors")
struct MarkTests {
  static let scales: [GradeScale] = GradeScale.named + [.numeric(1, 7, step: 0.5)]

  @Test("A blank cell is missing on every scale", arguments: scales)
  func blankIsMissing(scale: GradeScale) {
    for text in ["", " ", "\t"] {
      let mark = Mark(text, on: scale)
      #expect(mark == .missing)
      #expect(mark?.text == "")
      #expect(mark?.isPresent == false)
      #expect(mark?.position(on: scale) == nil)
    }
  }

  @Test("X means absent on every scale", arguments: scales)
  func xIsAbsent(scale: GradeScale) {
    for text in ["X", "x", " X "] {
      let mark = Mark(text, on: scale)
      #expect(mark == .absent)
      #expect(mark?.text == "X")
      #expect(mark?.isPresent == true)
      #expect(mark?.position(on: scale) == nil)
    }
  }

  @Test(
    "U is the bottom grade of GCSE, BTEC and A level scales",
    arguments: [GradeScale.gcseNumbers, .gcseLetters, .btec, .aLevel])
  func uIsTheBottomGrade(scale: GradeScale) {
    let mark = Mark("u", on: scale)
    #expect(mark == .grade("U", position: scale.bottom))
    #expect(mark?.text == "U")
    #expect(mark?.position(on: scale) == scale.bottom)
  }

  @Test(
    "U is unclassified, one step under the bottom, on scales without a U",
    arguments: [
      GradeScale.keyStage3, .numeric(0, 20), .percentage, .numeric(1, 7, step: 0.5),
    ])
  func uIsUnclassified(scale: GradeScale) throws {
    let mark = try #require(Mark("U", on: scale))
    #expect(mark == .unclassified)
    #expect(mark.text == "U")
    #expect(mark.isPresent)
    let position = try #require(mark.position(on: scale))
    #expect(position.isClose(to: scale.bottom - 1))
  }

  @Test("U on 0 to 20 is one step under 0")
  func unclassifiedBelowZero() throws {
    let scale = GradeScale.numeric(0, 20)
    let zero = try #require(Mark("0", on: scale)?.position(on: scale))
    let unclassified = try #require(Mark("U", on: scale)?.position(on: scale))
    #expect(zero - unclassified == 1)
  }

  @Test(
    "A grade is kept as the scale writes it, with its position",
    arguments: [
      (GradeScale.btec, "merit", "Merit", 2.0), (.btec, "D*", "Distinction*", 4),
      (.gcseNumbers, " 5+ ", "5+", 16.0 / 3), (.gcseLetters, "a*", "A*", 8),
      (.keyStage3, "4C", "4c", 9), (.aLevel, "e", "E", 1), (.percentage, "65", "65", 13),
    ])
  func gradeIsCanonical(scale: GradeScale, written: String, shown: String, position: Double)
    throws
  {
    let mark = try #require(Mark(written, on: scale))
    #expect(mark.text == shown)
    #expect(mark.position(on: scale).isClose(to: position))
  }

  @Test(
    "Text that is not a grade of the scale is refused",
    arguments: [
      (GradeScale.gcseNumbers, "Merit"), (.gcseNumbers, "10"), (.btec, "A"),
      (.keyStage3, "5"), (.numeric(0, 20), "21"), (.percentage, "abc"), (.aLevel, "XX"),
    ])
  func notAGradeIsRefused(scale: GradeScale, text: String) {
    #expect(Mark(text, on: scale) == nil)
  }
}
