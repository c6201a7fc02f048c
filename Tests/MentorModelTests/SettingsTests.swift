import Testing

@testable import MentorModel

@Suite("Settings change how data is judged and refuse what they cannot use")
struct SettingsTests {
  @Test(
    "The defaults",
    arguments: [
      ("current-grade", "predicted"), ("below-from", "1/3"), ("well-below-from", "2"),
      ("above-from", "1/3"), ("attendance-concern", "95"), ("persistent-absence", "90"),
    ])
  func defaults(name: String, value: String) {
    #expect(Settings().value(of: name) == value)
  }

  @Test("Every setting named has a value")
  func everyNameHasAValue() {
    for name in Settings.names {
      #expect(Settings().value(of: name) != nil, "\(name)")
    }
  }

  @Test(
    "A setting reads back as it was set",
    arguments: [
      ("current-grade", "working-at", "working-at"), ("current-grade", "Working-At", "working-at"),
      ("current-grade", "PREDICTED", "predicted"), ("below-from", "2/3", "2/3"),
      ("below-from", "0", "0"), ("well-below-from", "3", "3"),
      ("well-below-from", "1.5", "1.5"), ("above-from", "0.5", "0.5"),
      ("above-from", "4/3", "4/3"), ("attendance-concern", "96.5", "96.5"),
      ("persistent-absence", "85", "85"),
    ])
  func setThenRead(name: String, text: String, shown: String) throws {
    var settings = Settings()
    try settings.set(name, to: text)
    #expect(settings.value(of: name) == shown)
  }

  @Test("Setting a number changes the threshold it names")
  func setChangesTheField() throws {
    var settings = Settings()
    try settings.set("below-from", to: "1/2")
    try settings.set("well-below-from", to: "3")
    try settings.set("above-from", to: "1")
    try settings.set("attendance-concern", to: "97")
    try settings.set("persistent-absence", to: "92")
    try settings.set("current-grade", to: "working-at")
    #expect(settings.belowFrom == 0.5)
    #expect(settings.wellBelowFrom == 3)
    #expect(settings.aboveFrom == 1)
    #expect(settings.attendanceConcern == 97)
    #expect(settings.persistentAbsence == 92)
    #expect(settings.currentGrade == .workingAtFirst)
  }

  @Test("An unknown setting is an error", arguments: ["colour", "", "Below-From", "belowfrom"])
  func unknownSetting(name: String) {
    var settings = Settings()
    #expect(throws: ModelError.unknownSetting(name)) {
      try settings.set(name, to: "2")
    }
    #expect(settings.value(of: name) == nil)
    #expect(settings == Settings())
  }

  @Test(
    "A value a threshold cannot take is an error and changes nothing",
    arguments: [
      ("below-from", "abc"), ("below-from", "-1"), ("well-below-from", "1/0"),
      ("above-from", ""), ("attendance-concern", "1/2/3"), ("persistent-absence", "ninety"),
      ("well-below-from", "-2/3"), ("below-from", "nan"), ("attendance-concern", "inf"),
    ])
  func badNumber(name: String, text: String) {
    var settings = Settings()
    #expect(
      throws: ModelError.badSettingValue(
        name: name, value: text, expected: "a number such as 2 or 1/3")
    ) {
      try settings.set(name, to: text)
    }
    #expect(settings == Settings())
  }

  @Test("The current grade is predicted or working-at, nothing else")
  func badCurrentGrade() {
    var settings = Settings()
    #expect(
      throws: ModelError.badSettingValue(
        name: "current-grade", value: "both", expected: "predicted or working-at")
    ) {
      try settings.set("current-grade", to: "both")
    }
    #expect(settings.currentGrade == .predictedFirst)
  }

  static let readSteps: [(String, Double)] = [
    ("2", 2), ("0.5", 0.5), ("1/3", 1.0 / 3), ("4/3", 4.0 / 3), ("0", 0), ("3/2", 1.5),
  ]

  @Test("Steps are read as whole numbers, decimals or fractions", arguments: readSteps)
  func parseSteps(text: String, steps: Double) {
    #expect(GradeScale.parseSteps(text).isClose(to: steps))
  }

  @Test("Text that is no number of steps is refused", arguments: ["", "a", "1/0", "1/2/3", "/"])
  func parseStepsRefuses(text: String) {
    #expect(GradeScale.parseSteps(text) == nil)
  }

  static let writtenSteps: [(Double, String)] = [
    (1.0 / 3, "1/3"), (2.0 / 3, "2/3"), (4.0 / 3, "4/3"), (2, "2"), (1.5, "1.5"), (0, "0"),
    (0.25, "0.25"),
  ]

  @Test("Steps are written as thirds where that is exact", arguments: writtenSteps)
  func formatSteps(steps: Double, text: String) {
    #expect(GradeScale.formatSteps(steps) == text)
  }
}
