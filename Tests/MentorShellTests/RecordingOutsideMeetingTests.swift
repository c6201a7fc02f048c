import Testing

@testable import MentorShell

/// Praise, excuses, notes and marks given outside a meeting, and meeting commands that
/// name another mentee while a meeting is open.
@Suite("Recording outside a meeting leaves nothing open, and a meeting keeps to its mentee")
struct RecordingOutsideMeetingTests {
  @Test("Praise outside a meeting is a one-off meeting, ended at once; 'meet' opens afresh")
  func oneOffPraise() throws {
    let test = try MentoringFixture.shell()

    let praised = test.run("praise marek for Maths 'full marks'")
    #expect(praised.succeeded, "\(test.errors)")
    #expect(praised.output.contains("Recorded in one-off meeting M1 with Marek Novák"))
    let meeting = try #require(test.shell.school.meetings["M1"])
    #expect(!meeting.isOpen)
    #expect(meeting.praise == [.init(subject: "Maths", note: "full marks")])

    let met = test.run("meet marek")
    #expect(met.output.contains("Opened meeting M2"))
    #expect(!met.output.contains("Resuming"))
  }

  @Test(
    "Each kind of record outside a meeting leaves no meeting open",
    arguments: [
      "praise marek", "excuse marek 'too hard' answer 'ask for help'", "note marek 'kind'",
      "understood marek", "serious marek",
    ])
  func nothingLeftOpen(_ line: String) throws {
    let test = try MentoringFixture.shell()

    #expect(test.run(line).succeeded, "\(test.errors)")
    #expect(test.shell.school.meetings.count == 1)
    #expect(test.shell.school.meetings.values.allSatisfy { !$0.isOpen })
  }

  @Test("A second record the same day joins the first one-off meeting")
  func joinsToday() throws {
    let test = try MentoringFixture.shell()

    #expect(test.run("praise marek for Maths", "note marek 'kind to others'").succeeded)
    #expect(test.shell.school.meetings.count == 1)
    #expect(test.shell.school.meetings["M1"]?.notes == ["kind to others"])
    #expect(test.output.contains("Added to meeting M1 with Marek Novák, ended today."))
  }

  @Test("A loop that praises every mentee leaves none open, and the reports count it")
  func loopCounted() throws {
    let test = try MentoringFixture.shell()

    #expect(test.run("for each mentee do praise $MENTEE 'good month'").succeeded)
    #expect(test.shell.school.meetings.count == 3)
    #expect(test.shell.school.meetings.values.allSatisfy { !$0.isOpen })
    let mentor = test.run("report mentor rios").output
    #expect(mentor.contains("Ms Ríos,2,2,2,0,"), "\(mentor)")
    let praise = test.run("report praise").output
    #expect(praise.contains("\n2026-12,3,3\n"), "\(praise)")
  }

  @Test("Outside a meeting, praise joins a meeting left open, and says so")
  func joinsOpen() throws {
    let test = try MentoringFixture.shell()
    #expect(test.run("meet marek").succeeded)
    test.shell.meetingWith = nil  // the session that opened it has closed

    let praised = test.run("praise marek for Art")
    #expect(praised.output.contains("Added to meeting M1 with Marek Novák, open since"))
    #expect(test.shell.school.meetings["M1"]?.praise.count == 1)
  }

  @Test(
    "Praise with a bad subject or note is refused and stores nothing",
    arguments: [
      ("praise marek for", "'for' needs a value after it"),
      ("praise marek Maths", "'Maths' is a subject; write 'for Maths' to praise it"),
      ("praise marek for Maths up a grade", "quote a note of several words"),
      ("praise marek great work", "quote a note of several words"),
      ("praise aoife for Art", "C0002 has no results in 'Art'"),
    ])
  func badPraise(_ line: String, _ message: String) throws {
    let test = try MentoringFixture.shell()

    #expect(!test.run(line).succeeded)
    #expect(test.errors.contains(message), "\(test.errors)")
    #expect(test.shell.school.meetings.isEmpty)
  }

  @Test(
    "In a meeting, naming another mentee is refused, saying whose meeting is open",
    arguments: [
      "agree aoife student 'catch-up'", "praise aoife for Maths", "understood aoife",
      "serious Quinn",
    ])
  func otherMentee(_ line: String) throws {
    let test = try MentoringFixture.shell()
    #expect(test.run("meet marek").succeeded)

    #expect(!test.run(line).succeeded)
    #expect(
      test.errors.contains(
        "The meeting with C0001 is open, so '\(line.prefix { $0 != " " })' records for"
          + " C0001; to record for C0002, 'end' this meeting first, then 'meet"),
      "\(test.errors)")
    #expect(test.shell.school.interventions.isEmpty)
    #expect(test.shell.school.meetings["M1"]?.praise.isEmpty == true)
    #expect(test.shell.school.meetings["M1"]?.understood == false)
  }

  @Test("In a meeting, naming the mentee met is allowed")
  func ownName() throws {
    let test = try MentoringFixture.shell()

    #expect(
      test.run("meet marek", "agree marek student 'catch-up'", "praise Marek for Art")
        .succeeded, "\(test.errors)")
    #expect(test.shell.school.interventions["I1"]?.category == .student)
    #expect(test.shell.school.meetings["M1"]?.praise.first?.subject == "Art")
  }
}
