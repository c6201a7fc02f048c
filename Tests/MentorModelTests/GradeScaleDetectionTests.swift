import Testing

@testable import MentorModel

@Suite("Detection chooses the scale a column of grades is written on")
struct GradeScaleDetectionTests {
  @Test(
    "Typical columns are read on the right scale",
    arguments: [
      (["5", "6+", "4-", "U", "X", ""], GradeScale.gcseNumbers),
      (["9", "1", "7"], .gcseNumbers),
      (["4c", "5a", "6B", "3c"], .keyStage3),
      (["Pass", "Merit", "Distinction*"], .btec),
      (["P", "M", "D*", "U"], .btec),
      (["p", "d"], .btec),
      (["A*", "C", "G", "U"], .gcseLetters),
      (["B", "C", "E"], .gcseLetters),
      (["a*", "a", "b"], .gcseLetters),
      (["0", "15", "20"], .numeric(0, 20)),
      (["12.5", "14", "X"], .numeric(0, 20)),
      (["45", "60", "85"], .percentage),
      (["100", "0", "5"], .percentage),
    ])
  func typicalColumns(grades: [String], scale: GradeScale) {
    #expect(GradeScale.detect(grades) == scale)
  }

  @Test(
    "A column of letters from A* to E alone is read as GCSE letters",
    arguments: [["D"], ["D", "D", "U"], ["E", "D"], ["A*"]])
  func lettersAloneAreGCSE(grades: [String]) {
    #expect(GradeScale.detect(grades) == .gcseLetters)
  }

  @Test(
    "A column with no grade at all is taken to be GCSE 9 to 1",
    arguments: [[], [""], ["X", "x"], ["U", "", "X"], [" ", "\t"]])
  func emptyColumnsAreGCSE(grades: [String]) {
    #expect(GradeScale.detect(grades) == .gcseNumbers)
  }

  @Test(
    "A column that no scale accepts has no scale",
    arguments: [
      ["5", "Merit"], ["150"], ["banana"], ["5+", "12"], ["4c", "B"], ["-3"], ["Pass", "A"],
      ["7", "Smith"],
    ])
  func unknownColumns(grades: [String]) {
    #expect(GradeScale.detect(grades) == nil)
  }

  @Test("Every grade a detected scale reads is a grade of that scale")
  func detectedScaleAcceptsEveryGrade() throws {
    let grades = ["3a", "4c", "4b", "5a", "U", "X", ""]
    let scale = try #require(GradeScale.detect(grades))
    for grade in grades {
      #expect(Mark(grade, on: scale) != nil, "'\(grade)' on \(scale)")
    }
  }
}
