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
      ("below-from", "1", "1"), ("well-below-from", "3", "3"),
      ("well-below-from", "1.5", "1.5"), ("above-from", "0.5", "0.5"),
      ("above-from", "4/3", "4/3"), ("attendance-concern", "96.5", "96.5"),
      ("persistent-absence", "85", "85"), ("attendance-concern", "100", "100"),
      ("persistent-absence", "0", "0"), ("below-from", "2", "2"),
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
    "A number of steps that is not more than 0 is refused and changes nothing",
    arguments: [
      ("below-from", "abc"), ("below-from", "-1"), ("well-below-from", "1/0"),
      ("above-from", ""), ("well-below-from", "-2/3"), ("below-from", "nan"),
      ("above-from", "inf"), ("below-from", "0"), ("well-below-from", "0"),
      ("above-from", "0/3"), ("below-from", "1/2/3"),
    ])
  func badSteps(name: String, text: String) {
    var settings = Settings()
    #expect(
      throws: ModelError.badSettingValue(
        name: name, value: text, expected: "a number of steps above 0, such as 2 or 1/3")
    ) {
      try settings.set(name, to: text)
    }
    #expect(settings == Settings())
  }

  @Test(
    "An attendance that is not a percentage from 0 to 100 is refused and changes nothing",
    arguments: [
      ("attendance-concern", "150"), ("attendance-concern", "100.5"),
      ("persistent-absence", "-1"), ("persistent-absence", "ninety"),
      ("attendance-concern", "inf"), ("attendance-concern", "1/2/3"),
      ("persistent-absence", "nan"),
    ])
  func badPercentage(name: String, text: String) {
    var settings = Settings()
    #expect(
      throws: ModelError.badSettingValue(
        name: name, value: text, expected: "a percentage from 0 to 100")
    ) {
      try settings.set(name, to: text)
    }
    #expect(settings == Settings())
  }

  @Test(
    "A change that puts a lower threshold above its partner is refused and changes nothing",
    arguments: [
      ("below-from", "3", "below-from", "3", "well-below-from", "2"),
      ("well-below-from", "1/4", "below-from", "1/3", "well-below-from", "1/4"),
      ("persistent-absence", "96", "persistent-absence", "96", "attendance-concern", "95"),
      ("attendance-concern", "85", "persistent-absence", "90", "attendance-concern", "85"),
    ])
  func outOfOrder(
    name: String, text: String, lower: String, lowerValue: String, upper: String,
    upperValue: String
  ) {
    var settings = Settings()
    #expect(
      throws: ModelError.settingsOutOfOrder(
        changed: name, lower: lower, lowerValue: lowerValue, upper: upper,
        upperValue: upperValue)
    ) {
      try settings.set(name, to: text)
    }
    #expect(settings == Settings())
  }

  @Test("Thresholds may be equal to their partners")
  func equalThresholdsAreInOrder() throws {
    var settings = Settings()
    try settings.set("below-from", to: "2")
    try settings.set("persistent-absence", to: "95")
    #expect(settings.belowFrom == settings.wellBelowFrom)
    #expect(settings.persistentAbsence == settings.attendanceConcern)
  }

  @Test("A lower well-below-from is refused once below-from is raised to meet it")
  func orderIsCheckedAgainstTheCurrentValues() throws {
    var settings = Settings()
    try settings.set("well-below-from", to: "1")
    #expect(throws: ModelError.self) {
      try settings.set("below-from", to: "3")
    }
    try settings.set("well-below-from", to: "4")
    try settings.set("below-from", to: "3")
    #expect(settings.belowFrom == 3)
    #expect(settings.wellBelowFrom == 4)
  }

  @Test("Settings out of order are refused with both settings, their values and the rule")
  func outOfOrderMessage() throws {
    var settings = Settings()
    try settings.set("well-below-from", to: "1")
    let error = ModelError.settingsOutOfOrder(
      changed: "below-from", lower: "below-from", lowerValue: "3", upper: "well-below-from",
      upperValue: "1")

    #expect(throws: error) {
      try settings.set("below-from", to: "3")
    }
    #expect(
      error.message
        == "Setting 'below-from' cannot be '3' while 'well-below-from' is 1; "
        + "below-from must be no more than well-below-from")
  }

  @Test("Stored values arrive whole even when a pair is out of order halfway through")
  func storedValuesInAnyOrder() {
    let stored = [
      (name: "below-from", value: "3"), (name: "persistent-absence", value: "97"),
      (name: "well-below-from", value: "4"), (name: "attendance-concern", value: "98"),
    ]

    let settings = Settings(stored: stored)

    #expect(settings.belowFrom == 3)
    #expect(settings.wellBelowFrom == 4)
    #expect(settings.persistentAbsence == 97)
    #expect(settings.attendanceConcern == 98)
  }

  @Test("Stored values this build refuses are left at their defaults")
  func storedValuesRefused() {
    let stored = [
      (name: "colour", value: "blue"), (name: "below-from", value: "0"),
      (name: "well-below-from", value: "1"), (name: "attendance-concern", value: "85"),
      (name: "above-from", value: "1/2"),
    ]

    let settings = Settings(stored: stored)

    var expected = Settings()
    expected.wellBelowFrom = 1
    expected.aboveFrom = 0.5
    #expect(settings == expected)
  }

  @Test("A stored pair still out of order at the end goes back to its defaults")
  func storedPairOutOfOrder() {
    let stored = [(name: "below-from", value: "3"), (name: "well-below-from", value: "1")]

    #expect(Settings(stored: stored) == Settings())
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
