import Testing

@testable import MentorModel

@Suite("Model errors are worded as the conventions ask")
struct ModelErrorTests {
  static let errors: [ModelError] = [
    .unknownSetting("colour"),
    .badSettingValue(name: "below-from", value: "abc", expected: "a number such as 2 or 1/3"),
    .unknownSubject("Latin"), .unknownMonth("2026-12"), .notAMonth("2026-13"),
    .monthWithoutYear("Nov", month: "Nov"),
    .settingsOutOfOrder(
      changed: "attendance-concern", lower: "persistent-absence", lowerValue: "90",
      upper: "attendance-concern", upperValue: "80"),
    .badGrade(grade: "Merit", subject: "Maths", scale: "gcse"), .badSteps("lots"), .noResults,
  ]

  @Test("A message starts with a capital and has no final full stop", arguments: errors)
  func sentenceCase(error: ModelError) throws {
    let first = try #require(error.message.first)
    #expect(first.isUppercase || first == "'")
    #expect(!error.message.hasSuffix("."))
  }

  @Test(
    "What the user typed is quoted in single quotes",
    arguments: [
      (ModelError.unknownSetting("colour"), "'colour'"),
      (.badSettingValue(name: "below-from", value: "abc", expected: "a number"), "'abc'"),
      (.unknownSubject("Latin"), "'Latin'"), (.unknownMonth("2026-12"), "'2026-12'"),
      (.notAMonth("Smarch 2026"), "'Smarch 2026'"),
      (.monthWithoutYear("Oct 26", month: "Oct"), "'Oct 26'"),
      (
        .settingsOutOfOrder(
          changed: "attendance-concern", lower: "persistent-absence", lowerValue: "90",
          upper: "attendance-concern", upperValue: "80"), "'80'"
      ),
      (.badGrade(grade: "Merit", subject: "Maths", scale: "gcse"), "'Merit'"),
      (.badSteps("lots"), "'lots'"),
    ])
  func inputIsQuoted(error: ModelError, quoted: String) {
    #expect(error.message.contains(quoted))
  }

  @Test("An unknown setting lists the settings there are")
  func unknownSettingListsNames() {
    let message = ModelError.unknownSetting("colour").message
    for name in Settings.names {
      #expect(message.contains(name))
    }
  }

  @Test("A bad grade names the subject and its scale")
  func badGradeNamesTheScale() {
    let message = ModelError.badGrade(grade: "Merit", subject: "Maths", scale: "gcse").message
    #expect(message == "'Merit' is not a grade of Maths's scale (gcse)")
  }
}
