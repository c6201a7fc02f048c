import Testing

@testable import MentorModel

@Suite("Flags: attendance, effort and subjects under target")
struct MenteeFlagsTests {
  /// The flags of a mentee with one result and, if given, attendance for the month.
  static func flags(attendance: Double?, settings: Settings = Settings()) -> MenteeFlags? {
    var school = School()
    school.settings = settings
    school.enrol("M01", "Zoë", "Brontë", attendance: attendance.map { ["2026-10": $0] } ?? [:])
    school.record("M01", "Maths", "2026-10", target: "6", workingAt: "6")
    return school.feedback(for: "M01")?.flags
  }

  @Test(
    "Attendance under 95 % is a concern and under 90 % persistent absence",
    arguments: [
      (100.0, false, false), (96, false, false), (95, false, false), (94.9, true, false),
      (90, true, false), (89.9, true, true), (50, true, true),
    ])
  func attendance(percent: Double, concern: Bool, persistent: Bool) throws {
    let flags = try #require(Self.flags(attendance: percent))
    #expect(flags.attendance == percent)
    #expect(flags.attendanceConcern == concern)
    #expect(flags.persistentAbsence == persistent)
  }

  @Test("Without attendance for the month nothing is flagged")
  func noAttendance() throws {
    let flags = try #require(Self.flags(attendance: nil))
    #expect(flags.attendance == nil)
    #expect(!flags.attendanceConcern)
    #expect(!flags.persistentAbsence)
    #expect(flags.phrases.isEmpty)
  }

  @Test("Only the month shown counts for attendance")
  func attendanceOfTheMonth() throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë", attendance: ["2026-10": 80, "2026-11": 98])
    school.record("M01", "Maths", "2026-10", target: "6", workingAt: "6")
    school.record("M01", "Maths", "2026-11", target: "6", workingAt: "6")
    #expect(school.feedback(for: "M01")?.flags.attendanceConcern == false)
    #expect(school.feedback(for: "M01", month: "2026-10")?.flags.persistentAbsence == true)
  }

  @Test("The attendance thresholds are settings")
  func attendanceThresholds() throws {
    var settings = Settings()
    try settings.set("attendance-concern", to: "97")
    try settings.set("persistent-absence", to: "85")
    let flags = try #require(Self.flags(attendance: 88, settings: settings))
    #expect(flags.attendanceConcern)
    #expect(!flags.persistentAbsence)
    let good = try #require(Self.flags(attendance: 97, settings: settings))
    #expect(!good.attendanceConcern)
  }

  @Test("Effort of 3 or 4 is flagged by subject; 1, 2 or none is not")
  func poorEffort() throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    let efforts: [(String, Int?)] = [
      ("Maths", 1), ("Art", 2), ("Science", 3), ("History", 4), ("Music", nil),
    ]
    for (subject, effort) in efforts {
      school.record("M01", subject, "2026-10", target: "6", workingAt: "6", effort: effort)
    }
    let flags = try #require(school.feedback(for: "M01")?.flags)
    #expect(flags.poorEffort == ["History", "Science"])
  }

  @Test("Subjects below and well below target are counted; no target or no grade are not")
  func subjectsUnderTarget() throws {
    var school = School()
    school.enrol("M01", "Zoë", "Brontë")
    school.record("M01", "Maths", "2026-10", target: "6", workingAt: "5")
    school.record("M01", "Art", "2026-10", target: "6", workingAt: "3")
    school.record("M01", "Science", "2026-10", target: "6", workingAt: "6")
    school.record("M01", "History", "2026-10", target: "6", workingAt: "8")
    school.record("M01", "Music", "2026-10", workingAt: "2")
    school.record("M01", "French", "2026-10", target: "6", workingAt: "X")
    let flags = try #require(school.feedback(for: "M01")?.flags)
    #expect(flags.subjectsUnderTarget == 2)
  }

  @Test("Phrases put the most serious first")
  func phrases() {
    var flags = MenteeFlags()
    flags.attendanceConcern = true
    flags.persistentAbsence = true
    flags.poorEffort = ["Art", "Maths"]
    flags.subjectsUnderTarget = 2
    #expect(
      flags.phrases == [
        "persistent absence", "effort 3 or 4 in Art, Maths", "2 subjects below target",
      ])
  }

  @Test("Phrases for a concern alone and a single subject below target")
  func phrasesSingular() {
    var flags = MenteeFlags()
    flags.attendanceConcern = true
    flags.subjectsUnderTarget = 1
    #expect(flags.phrases == ["attendance concern", "1 subject below target"])
  }

  @Test("A mentee with nothing to flag has no phrases")
  func noPhrases() {
    #expect(MenteeFlags().phrases.isEmpty)
  }
}
