import Foundation
import Testing

@testable import MentorShell

/// `meet` holds one meeting at a time in a session, and `list meetings` finds those left
/// open.
@Suite("A session meets one mentee at a time, and meetings left open can be found")
struct OneMeetingAtATimeTests {
  @Test("'meet' with another mentee while a meeting is open is refused, naming it")
  func secondMeetingRefused() throws {
    let test = try MentoringFixture.shell()
    #expect(test.run("meet marek").succeeded)

    #expect(!test.run("meet aoife").succeeded)

    #expect(
      test.errors.contains(
        "Meeting M1 with C0001 is still open; 'end' it first, then meet C0002"),
      "\(test.errors)")
    #expect(test.shell.school.meetings.count == 1)
    #expect(test.shell.meetingWith == "C0001")
  }

  @Test("After 'end', 'meet' opens the next mentee's meeting; meeting the same one resumes")
  func endThenMeet() throws {
    let test = try MentoringFixture.shell()

    #expect(test.run("meet marek", "meet marek").succeeded, "\(test.errors)")
    #expect(test.output.contains("Resuming meeting M1 with Marek Novák"))
    #expect(test.run("end", "meet aoife").succeeded, "\(test.errors)")
    #expect(test.shell.school.meetings["M2"]?.menteeID == "C0002")
    #expect(test.shell.school.meetings["M1"]?.isOpen == false)
  }

  @Test("A loop that meets every mentee opens one meeting, and the other rounds fail")
  func loopOpensOne() throws {
    let test = try MentoringFixture.shell()

    let looped = test.run("for each mentee do meet $MENTEE")

    #expect(looped.output.contains("Ran it for 3 mentees, 2 failed."), "\(looped.output)")
    #expect(test.shell.school.meetings.values.filter(\.isOpen).count == 1)
  }

  @Test("'list meetings --open' lists only meetings not ended, with who held them")
  func listOpen() throws {
    let test = try MentoringFixture.shell()
    #expect(test.run("meet marek", "end", "meet aoife").succeeded, "\(test.errors)")

    let all = test.run("list meetings --format csv").output
    let open = test.run("list meetings --open --format csv").output

    #expect(
      all == """
        id,mentee_id,mentee,held_by,month,opened,ended,next_meeting
        M1,C0001,Marek Novák,\(test.shell.options.user),2026-11,2026-12-04T10:00:00Z,\
        2026-12-04T10:00:00Z,
        M2,C0002,Aoife Quinn,\(test.shell.options.user),2026-11,2026-12-04T10:00:00Z,,

        """)
    #expect(open.split(separator: "\n").map { $0.prefix(3) } == ["id,", "M2,"])
  }

  @Test("A table shows a meeting not ended as open")
  func tableShowsOpen() throws {
    let test = try MentoringFixture.shell()
    #expect(test.run("meet marek").succeeded)

    let table = test.run("list meetings --format table").output

    #expect(table.contains("2026-12-04 10:00  open"), "\(table)")
  }
}
