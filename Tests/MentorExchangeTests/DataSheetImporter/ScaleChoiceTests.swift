import MentorExchange
import MentorModel
import Testing

@Suite("The scale of each subject")
struct ScaleChoiceTests {
  static let text = """
    UPN,Subject,Target,Working At
    A100,Maths,6,5
    A101,Maths,7,4
    A100,Art,B,C
    A101,Art,A,A*
    A100,Music,M,P
    """

  @Test("Each subject's scale is detected from all its grades and shown in the report")
  func scalesAreDetected() throws {
    let imported = try ImportFixtures.imported(
      Self.text, options: DataSheetOptions(month: "2026-10"))

    #expect(imported.sheet.scales == ["Maths": .gcseNumbers, "Art": .gcseLetters, "Music": .btec])
    #expect(imported.report.scales.map(\.given) == [false, false, false])
    #expect(imported.report.lines.contains("Scale gcse-letters (detected): Art"))
    #expect(imported.sheet.result("A100", "Music", "2026-10")?.target.text == "Merit")
  }

  @Test("A scale given for every subject overrides detection")
  func scaleGivenForEverySubject() throws {
    let text = "UPN,Subject,Target,Working At\nA100,Maths,6,5\nA101,Maths,17,4"
    let options = DataSheetOptions(month: "2026-10", scale: .percentage)

    let imported = try ImportFixtures.imported(text, options: options)

    #expect(imported.sheet.scales == ["Maths": .percentage])
    #expect(imported.report.scales.first?.given == true)
    #expect(
      imported.sheet.result("A100", "Maths", "2026-10")?.target
        == .grade("6", position: 6.0 / 5))
  }

  @Test("A scale given for one subject overrides the scale for every subject")
  func scaleGivenPerSubject() throws {
    let options = DataSheetOptions(
      month: "2026-10", scale: .gcseNumbers,
      scales: ["art": .aLevel, "Music": .btec])

    let imported = try ImportFixtures.imported(Self.text, options: options)

    #expect(imported.sheet.scales == ["Maths": .gcseNumbers, "Art": .aLevel, "Music": .btec])
  }

  @Test("Blank, absent and unclassified cells are kept as data, not errors")
  func blankAbsentAndUnclassified() throws {
    let text = "UPN,Subject,Target,Working At,Predicted\nA100,Maths,6,X,\nA101,Maths,U,5,4"

    let imported = try ImportFixtures.imported(text, options: DataSheetOptions(month: "2026-10"))

    let first = try #require(imported.sheet.result("A100", "Maths", "2026-10"))
    #expect(first.workingAt == .absent)
    #expect(first.predicted == .missing)
    #expect(imported.sheet.result("A101", "Maths", "2026-10")?.target.text == "U")
  }
}
