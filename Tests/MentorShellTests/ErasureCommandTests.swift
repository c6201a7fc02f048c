import Foundation
import MentorStore
import Testing

@testable import MentorShell

@Suite("Erasure asks first, keeps counts for reports, and cannot be undone")
struct ErasureCommandTests {
  /// The demo school, run by Dr Osei, the Progress Leader.
  static func session() throws -> DemoSession {
    try DemoSession { options in options.user = "Dr Osei" }
  }

  /// What `report cohort` and `report interventions` print as CSV, to compare.
  static func reports(_ session: DemoSession) -> String {
    session.output.text = ""
    for line in [
      "report cohort --format csv", "report interventions counts --format csv",
      "report mentor --month 2026-12 --format csv", "report praise --format csv",
    ] {
      #expect(session.shell.execute(line), "\(line): \(session.errors.text)")
    }
    return session.output.text
  }

  @Test("Erased with --yes: the name and id are gone, and the reports count as before")
  func eraseWithYes() throws {
    let session = try Self.session()
    for line in [
      "meet zoe", "praise for Maths 'a big step up'", "agree student 'catch-up' for Maths",
      "end", "check I1 understood", "escalate zoe to leader 'no homework diary'",
      // Closed first: the erasure closes what is open, which changes the counts.
      "check I1 closed", "resolve E1 'seen'",
    ] {
      #expect(session.shell.execute(line), "\(line): \(session.errors.text)")
    }
    let before = Self.reports(session)

    #expect(session.shell.execute("erase mentee X797211371138 --yes"), "\(session.errors.text)")

    #expect(session.output.text.contains("Erased the personal data of Zoë Brontë"))
    #expect(session.output.text.contains("kept as 'erased-1'"))
    #expect(session.shell.school.mentees["X797211371138"] == nil)
    #expect(session.shell.school.mentees["erased-1"]?.form == "11B")
    #expect(session.shell.school.carers["erased-1"] == nil)
    #expect(Self.reports(session) == before)
    #expect(!session.shell.execute("show mentee zoe"))
    session.output.text = ""
    #expect(session.shell.execute("history erased-1 --format table"))
    #expect(session.output.text.contains("Dr Osei  (erased)"))
    #expect(!session.output.text.contains("catch-up"))
  }

  @Test("Without --yes a script is refused, and nothing is erased")
  func needsYes() throws {
    let session = try Self.session()

    #expect(!session.shell.execute("erase mentee 'Zoë Brontë'"))

    #expect(session.errors.text.contains("a script must say '--yes'"))
    #expect(session.shell.school.mentees["X797211371138"] != nil)
  }

  @Test(
    "At the prompt the id or yes goes on; anything else erases nothing",
    arguments: [("X797211371138", true), ("yes", true), ("YES", true), ("no", false), ("", false)])
  func confirmation(answer: String, erases: Bool) throws {
    let session = try Self.session()
    session.shell.readFromKeyboard = { answer }

    #expect(session.shell.execute("erase mentee 'Zoë Brontë'") == erases)

    #expect(session.output.text.contains("Type 'X797211371138' or 'yes' to go on"))
    #expect((session.shell.school.mentees["X797211371138"] == nil) == erases)
    if !erases { #expect(session.errors.text.contains("Nothing erased")) }
  }

  @Test("--dry-run says what would be erased and what kept, and changes nothing")
  func dryRun() throws {
    let session = try Self.session()

    #expect(session.shell.execute("erase mentee 'zoe bronte' --dry-run"))

    #expect(session.output.text.contains("Would erase Zoë Brontë (X797211371138)"))
    #expect(session.output.text.contains("2 parents or carers"))
    #expect(session.shell.school.mentees["X797211371138"] != nil)
    #expect(session.shell.school.carers["X797211371138"]?.count == 2)
  }

  @Test("Undo is refused after an erasure, and says why")
  func undoRefused() throws {
    let session = try Self.session()
    #expect(session.shell.execute("erase mentee X797211371138 --yes"))

    #expect(!session.shell.execute("undo"))

    #expect(session.errors.text.contains("Cannot undo an erasure"))
    #expect(session.shell.school.mentees["erased-1"] != nil)
  }

  @Test(
    "Bad input to erase, leave and purge is refused with a clear message",
    arguments: [
      ("erase mentee", "Usage: erase mentee"),
      ("erase mentee nobody-at-all --yes", "'nobody-at-all' is not the id or full name"),
      ("leave mentee", "Usage: leave mentee"),
      ("leave mentee 'Zoë Brontë' 2027-01-01", "'2027-01-01' is after today"),
      ("leave mentee 'Zoë Brontë' 2026-02-30", "2026-02-30"),
      ("leave mentee 'Zoë Brontë' 2026-11-22 --cancel", "cannot be given together"),
      ("leave mentee 'Harry Jones' 1900-01-01", "'1900-01-01' is before 2000"),
      ("leave mentee 'Harry Bennett' 1999-12-31", "'1999-12-31' is before 2000"),
      (
        "leave mentee 'Zoë Brontë' 2026-10-31",
        "'2026-10-31' is before 2026-11, the latest month"
      ),
      ("leave mentee zoe", "'zoe' is not the id or full name of one mentee"),
      ("leave mentee zoe 2026-11-30", "give 'leave mentee' the mentee's id or full name"),
      ("leave mentee X797211371138 2026-11-30 extra", "Usage: leave mentee"),
      ("leave mentee X797211371138 extra", "Usage: leave mentee"),
      ("leave mentee 'Zoë Brontë' 2026-11-30 extra", "Usage: leave mentee"),
      ("erase mentee zoe --yes", "'zoe' is not the id or full name of one mentee"),
      ("erase mentee 'zoe bro' --dry-run", "give 'erase mentee' the mentee's id"),
      ("purge", "Usage: purge"),
      ("purge --before soon --yes", "soon"),
      ("purge 2026-01-01 --before 2026-01-01", "Usage: purge"),
    ])
  func badInput(line: String, expected: String) throws {
    let session = try Self.session()

    #expect(!session.shell.execute(line))

    #expect(session.errors.text.contains(expected), "\(session.errors.text)")
    #expect(session.shell.school.mentees.count == 120)
    #expect(try session.shell.store.menteesLeft(before: "2099-01-01").isEmpty)
  }

  @Test("Erasure names no child but the one typed when the name is only the start of one")
  func partialNameNamesNobody() throws {
    let session = try Self.session()

    #expect(!session.shell.execute("erase mentee zo --yes"))
    #expect(!session.shell.execute("erase mentee 'Zoë Bront'"))

    #expect(session.errors.text.contains("'zo' is not the id or full name of one mentee"))
    #expect(!session.errors.text.contains("Brontë"), "\(session.errors.text)")
    #expect(!session.errors.text.contains("X797211371138"))
    #expect(session.shell.school.mentees.count == 120)
  }

  @Test("At the prompt an open meeting is named before anything is asked")
  func openMeetingBeforeAsking() throws {
    let session = try Self.session()
    var asked = false
    session.shell.readFromKeyboard = {
      asked = true
      return "yes"
    }
    #expect(session.shell.execute("leave mentee 'Zoë Brontë' 2026-11-30"))
    #expect(session.shell.execute("meet zoe"))

    #expect(!session.shell.execute("erase mentee X797211371138"))
    #expect(!session.shell.execute("purge --before 2026-12-01"))

    #expect(!asked)
    #expect(session.errors.text.contains("still open: 'end' it before erasing; nothing was"))
    #expect(session.shell.school.mentees["X797211371138"] != nil)
  }

  @Test("A dry run says which meeting must end first; the real purge says nothing was erased")
  func dryRunWithOpenMeeting() throws {
    let session = try Self.session()
    #expect(session.shell.execute("leave mentee 'Zoë Brontë' 2026-11-02"))
    #expect(session.shell.execute("leave mentee 'Yaw Boateng' 2026-11-10"))
    #expect(session.shell.execute("meet zoe"))
    session.output.text = ""

    #expect(session.shell.execute("erase mentee X797211371138 --dry-run"))
    #expect(session.output.text.contains("Their meeting is open: 'end' it before erasing."))
    #expect(session.shell.execute("purge --before 2026-11-15 --dry-run"))
    #expect(
      session.output.text.contains(
        "Zoë Brontë (X797211371138): their meeting is open; 'end' it before erasing"))
    #expect(!session.output.text.contains("Yaw Boateng (X799521509584):"))

    #expect(!session.shell.execute("purge --before 2026-11-15 --yes"))
    #expect(session.errors.text.contains("'end' it before erasing; nothing was erased"))
    #expect(session.shell.school.mentees["X799521509584"] != nil)
  }

  @Test("Taking back a leaving day never recorded says so and keeps no audit row")
  func cancelWhenNotLeaving() throws {
    let session = try Self.session()
    let audit = try session.shell.store.auditEntries().count

    #expect(session.shell.execute("leave mentee 'Zoë Brontë' --cancel"))

    #expect(session.output.text.contains("Nothing to take back: Zoë Brontë is not recorded"))
    #expect(try session.shell.store.auditEntries().count == audit)
  }

  @Test("A mentee whose meeting is open is not erased until it ends")
  func openMeeting() throws {
    let session = try Self.session()
    #expect(session.shell.execute("meet zoe"))

    #expect(!session.shell.execute("erase mentee X797211371138 --yes"))
    #expect(session.errors.text.contains("The meeting with X797211371138 is still open"))
    #expect(session.shell.school.mentees["X797211371138"] != nil)

    #expect(session.shell.execute("end"))
    #expect(session.shell.execute("erase mentee X797211371138 --yes"))
  }

  @Test(
    "Nothing new is recorded about an erased mentee",
    arguments: [
      "erase mentee erased-1 --yes", "leave mentee erased-1", "meet erased-1",
      "praise erased-1", "agree erased-1 student 'catch-up'", "assign erased-1 to Okafor",
      "escalate erased-1 to leader 'worried'",
    ])
  func alreadyErased(line: String) throws {
    let session = try Self.session()
    #expect(session.shell.execute("erase mentee X797211371138 --yes"))
    let audit = try session.shell.store.auditEntries().count

    #expect(!session.shell.execute(line))

    #expect(session.errors.text.contains("The personal data of 'erased-1' was erased: nothing new"))
    #expect(try session.shell.store.auditEntries().count == audit)
    #expect(session.shell.school.meetings.isEmpty && session.shell.school.escalations.isEmpty)
  }

  @Test(
    "Nothing new is recorded about the interventions and escalations of an erased mentee",
    arguments: [
      ("check I1 understood 'she said her dad moved out'", "'I1'"),
      ("revise I1 parent 'new'", "'I1'"), ("resolve E1 'closed'", "'E1'"),
      ("acknowledge e1", "'e1'"),
    ])
  func recordsOfErased(line: String, id: String) throws {
    let session = try Self.session()
    for line in [
      "agree zoe student 'catch-up' for Maths", "escalate zoe to leader 'worried'",
      "erase mentee X797211371138 --yes",
    ] {
      #expect(session.shell.execute(line), "\(line): \(session.errors.text)")
    }
    let audit = try session.shell.store.auditEntries().count
    let school = session.shell.school

    #expect(!session.shell.execute(line))

    #expect(
      session.errors.text.contains(
        "\(id) is about a mentee whose personal data was erased: nothing new"),
      "\(session.errors.text)")
    #expect(try session.shell.store.auditEntries().count == audit)
    #expect(session.shell.school.interventions == school.interventions)
    #expect(session.shell.school.escalations == school.escalations)
    #expect(try session.shell.store.loadSchool().interventions.count == 1)
  }

  @Test("The store itself refuses to erase a mentee whose meeting is open, erasing nobody")
  func storeChecksOpenMeeting() throws {
    let session = try Self.session()
    #expect(session.shell.execute("meet zoe"))

    #expect(throws: DatabaseError.erasureInMeeting("X797211371138")) {
      try session.shell.store.erase(
        ["X799521509584", "X797211371138"], at: "2026-12-04T10:00:00Z", by: "Dr Osei")
    }

    let school = try session.shell.store.loadSchool()
    #expect(school.mentees["X797211371138"] != nil && school.mentees["X799521509584"] != nil)
    #expect(school.mentees["erased-1"] == nil)
  }

  @Test("Interactive purge names those it would erase before asking")
  func purgeListsBeforeAsking() throws {
    let session = try Self.session()
    #expect(session.shell.execute("leave mentee X797211371138 2026-11-02"))
    #expect(session.shell.execute("leave mentee 'Yaw Boateng' 2026-11-10"))
    session.output.text = ""
    var shownWhenAsked = ""
    session.shell.readFromKeyboard = {
      shownWhenAsked = session.output.text
      return "no"
    }

    #expect(!session.shell.execute("purge --before 2026-12-01"))

    #expect(shownWhenAsked.contains("  Zoë Brontë (X797211371138)\n"), "\(shownWhenAsked)")
    #expect(shownWhenAsked.contains("  Yaw Boateng (X799521509584)\n"))
    #expect(session.shell.school.mentees["X797211371138"] != nil)
  }

  @Test("An erased mentee's id is said to belong to no mentee, perhaps erased already")
  func erasedIDNamesNobody() throws {
    let session = try Self.session()
    #expect(session.shell.execute("erase mentee X797211371138 --yes"))

    #expect(!session.shell.execute("erase mentee X797211371138 --yes"))

    #expect(
      session.errors.text.contains(
        "No mentee has the id 'X797211371138' (perhaps their personal data was erased"),
      "\(session.errors.text)")
  }

  @Test("Purge refuses a day after today, and every command says a bad date alike")
  func dates() throws {
    let session = try Self.session()

    #expect(!session.shell.execute("purge --before 2099-01-01 --yes"))
    #expect(session.errors.text.contains("'2099-01-01' is after today"), "\(session.errors.text)")

    session.errors.text = ""
    #expect(!session.shell.execute("audit --since 2026-02-30"))
    #expect(!session.shell.execute("purge --before 2026-02-30 --yes"))
    #expect(!session.shell.execute("leave mentee X797211371138 2026-02-30"))
    let lines = session.errors.text.split(separator: "\n")
    #expect(lines.count == 3 && Set(lines).count == 1, "\(lines)")
  }

  @Test("In a for each round the erasure message reads on after 'for ID: '")
  func loopMessageMidSentence() throws {
    let session = try Self.session()
    #expect(session.shell.execute("erase mentee X797211371138 --yes"))

    _ = session.shell.execute("for each mentee where form 11B do leave mentee erased-1")

    #expect(
      session.errors.text.contains(": the personal data of 'erased-1' was erased"),
      "\(session.errors.text)")
    #expect(!session.errors.text.contains(": The personal data"))
  }

  @Test("Erasure closes the mentee's open interventions and escalations, with no words of them")
  func erasureClosesWhatIsOpen() throws {
    let session = try Self.session()
    for line in [
      "agree zoe student 'catch-up at lunch' for Maths",
      "escalate zoe to leader 'worried about home'", "agree yaw student 'reading club'",
    ] {
      #expect(session.shell.execute(line), "\(line): \(session.errors.text)")
    }

    #expect(session.shell.execute("erase mentee X797211371138 --dry-run"))
    #expect(session.output.text.contains("Their 2 open interventions and escalations would be"))
    #expect(session.shell.execute("erase mentee X797211371138 --yes"), "\(session.errors.text)")

    let school = try session.shell.store.loadSchool()
    #expect(school.interventions["I1"]?.state == .closed)
    #expect(school.interventions["I2"]?.state.isOpen == true)
    #expect(school.escalations["E1"]?.state == .resolved)
    #expect(school.escalations["E1"]?.outcome == "closed: the mentee's data was erased")
    #expect(
      try session.shell.store.checks(of: "I1").map(\.evidence) == [
        "closed: the mentee's data was erased"
      ])
    session.output.text = ""
    for line in ["due", "escalations --open", "report mentor --month 2026-12 --format csv"] {
      #expect(session.shell.execute(line), "\(line): \(session.errors.text)")
    }
    #expect(!session.output.text.contains("erased-1"), "\(session.output.text)")
    #expect(!session.output.text.contains("E1"))
  }

  @Test("Notify sends nothing about an erased mentee, and still sends about others")
  func notifyAfterErasure() throws {
    let session = try Self.session()
    for line in [
      "agree zoe student 'catch-up' for Maths", "escalate zoe to leader 'worried'",
      "erase mentee X797211371138 --yes",
    ] {
      #expect(session.shell.execute(line), "\(line): \(session.errors.text)")
    }
    session.output.text = ""

    #expect(session.shell.execute("notify --dry-run"), "\(session.errors.text)")
    #expect(session.output.text.hasPrefix("Nothing to send"))

    #expect(session.shell.execute("agree chloe resources 'study centre' for French"))
    session.output.text = ""
    #expect(session.shell.execute("notify --dry-run"), "\(session.errors.text)")
    #expect(session.output.text.contains("Would send 1 message"))
    #expect(session.output.text.contains("I2"))
    #expect(!session.output.text.contains("I1"))
  }

  @Test("Leaving is recorded with a day; undo or --cancel takes it back")
  func leaving() throws {
    let session = try Self.session()

    #expect(session.shell.execute("leave mentee 'Zoë Brontë' 2026-11-22"))
    #expect(session.output.text.contains("Recorded Zoë Brontë as leaving on 2026-11-22"))
    #expect(try session.shell.store.leftOn("X797211371138") == "2026-11-22")

    #expect(session.shell.execute("undo"))
    #expect(try session.shell.store.leftOn("X797211371138") == nil)

    #expect(session.shell.execute("leave mentee 'Zoë Brontë' 2026-11-01"))
    #expect(session.shell.execute("leave mentee 'Zoë Brontë' --cancel"))
    #expect(session.output.text.contains("Recorded that Zoë Brontë has not left."))
    #expect(try session.shell.store.leftOn("X797211371138") == nil)
    #expect(try session.shell.store.menteesLeft(before: "2026-12-01").isEmpty)
  }

  @Test("Purge erases those who left before the day, all at once, and lists them first")
  func purge() throws {
    let session = try Self.session()
    #expect(session.shell.execute("leave mentee 'Zoë Brontë' 2026-11-02"))
    #expect(session.shell.execute("leave mentee 'Yaw Boateng' 2026-11-10"))
    #expect(session.shell.execute("leave mentee 'Chloé Dubois' 2026-11-30"))
    session.output.text = ""

    #expect(session.shell.execute("purge --before 2026-11-15 --dry-run"))
    #expect(session.output.text.contains("Would erase the personal data of 2 mentees"))
    #expect(session.output.text.contains("Zoë Brontë (X797211371138)"))
    #expect(!session.output.text.contains("Chloé"))
    #expect(!session.shell.execute("purge --before 2026-11-15"))
    #expect(session.shell.school.mentees.count == 120)
    #expect(session.shell.school.mentees["erased-1"] == nil)

    #expect(session.shell.execute("purge --before 2026-11-15 --yes"))
    #expect(session.shell.school.mentees["erased-2"] != nil)
    #expect(session.shell.school.mentees["X797211371138"] == nil)
    #expect(try session.shell.store.menteesLeft(before: "2099-01-01").count == 1)

    session.output.text = ""
    #expect(session.shell.execute("purge --before 2026-11-15 --yes"))
    #expect(session.output.text == "No mentee who left before 2026-11-15 is left to erase.\n")
  }
}

@Suite("Erasing at the prompt leaves no trace of the mentee in the database file or its log")
struct ErasureFileTests {
  @Test("The name, id, notes, parents and words are in no byte of the file after erasure")
  func noTraceInTheFile() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-erasure-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let sheet = try TestShell.sheet(
      """
      UPN,Surname,Forename,Year,Form,Mentor,Subject,Target,Working At
      Q900000000001,Quennell,Ottoline,10,10A,Ms Adeyemi,Maths,6,5
      Q900000000002,Brown,Zola,10,10A,Ms Adeyemi,Maths,5,5
      """)
    let parents = try TestShell.sheet(
      """
      UPN,Name,Relationship,Email
      Q900000000001,Perdita Quennell,Mother,perdita.q@home.example
      """)
    let path = folder + "/school.db"
    let shell = try TestShell(store: Store(path: path))
    let lines = [
      "load \(sheet) --month 2026-10", "load parents \(parents)", "meet ottoline",
      "praise for Maths 'zephyrine effort'", "note 'mentioned a marmalade allotment'",
      "agree student 'lantern club on Thursdays' for Maths", "end",
      "escalate ottoline to leader 'gossamer worry'", "check I1 understood 'seen the tutor'",
    ]
    for line in lines {
      #expect(shell.run(line).succeeded, "\(line): \(shell.errors)")
    }
    let traces = [
      "Q900000000001", "Quennell", "Ottoline", "perdita.q", "zephyrine", "marmalade",
      "lantern club", "gossamer", "seen the tutor",
    ]
    #expect(try Self.found(traces, in: path) == traces)
    #expect(try Self.roster(at: path, holds: "Quennell"))

    #expect(shell.run("erase mentee 'Quennell, Ottoline' --yes").succeeded, "\(shell.errors)")

    #expect(try Self.found(traces, in: path) == [])
    #expect(try Self.found(["Q900000000002", "Zola"], in: path).count == 2)
    // The roster was built again in the erasure's transaction, without the erased name.
    #expect(try Self.roster(at: path, holds: "Zola"))
    let school = try Store(path: path).loadSchool()
    #expect(school.mentees["erased-1"]?.form == "10A")
    #expect(school.interventions["I1"]?.state == .closed)
  }

  @Test("While another session reads, erasure is stored and warns that the file is not clear")
  func anotherSessionReading() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-erasure-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let sheet = try TestShell.sheet(
      """
      UPN,Surname,Forename,Year,Form,Mentor,Subject,Target,Working At
      Q900000000001,Quennell,Ottoline,10,10A,Ms Adeyemi,Maths,6,5
      Q900000000002,Brown,Zola,10,10A,Ms Adeyemi,Maths,5,5
      """)
    let path = folder + "/school.db"
    let shell = try TestShell(store: Store(path: path))
    #expect(shell.run("load \(sheet) --month 2026-10").succeeded, "\(shell.errors)")
    let reader = try Database(path: path)
    try reader.exec("BEGIN; SELECT count(*) FROM mentees")

    #expect(shell.run("erase mentee 'Quennell, Ottoline' --yes").succeeded)

    #expect(shell.errors.contains("warning: The erasure is stored, but the file could not"))
    #expect(try Store(path: path).loadSchool().mentees["Q900000000001"] == nil)
    try reader.exec("COMMIT")
    #expect(shell.run("erase mentee Q900000000002 --yes").succeeded)
    #expect(try Self.found(["Q900000000001", "Quennell", "Zola"], in: path) == [])
  }

  /// Two shells on one new file with two mentees loaded; the first answers questions
  /// with `answer`.
  static func twoSessions(
    in folder: String, answer: @escaping (TestShell) -> String?
  ) throws -> (TestShell, TestShell) {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    let sheet = try TestShell.sheet(
      """
      UPN,Surname,Forename,Year,Form,Mentor,Subject,Target,Working At
      Q900000000001,Quennell,Ottoline,10,10A,Ms Adeyemi,Maths,6,5
      Q900000000002,Brown,Zola,10,10A,Ms Adeyemi,Maths,5,5
      """)
    let path = folder + "/school.db"
    let first = try TestShell(store: Store(path: path))
    #expect(first.run("load \(sheet) --month 2026-10").succeeded, "\(first.errors)")
    let second = try TestShell(store: Store(path: path))
    first.shell.readFromKeyboard = { answer(second) }
    return (first, second)
  }

  @Test(
    "A meeting opened in another session while the question waits stops the erasure",
    arguments: [
      "erase mentee Q900000000001", "purge --before 2026-12-01",
    ])
  func meetingOpenedWhileAsking(line: String) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-erasure-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (first, second) = try Self.twoSessions(in: folder) { second in
      #expect(second.run("meet ottoline", "note 'asked about the trip'").succeeded)
      return "yes"
    }
    #expect(first.run("leave mentee Q900000000001 2026-11-20").succeeded, "\(first.errors)")

    #expect(!first.run(line).succeeded)

    #expect(first.errors.contains("still open: 'end' it before erasing; nothing was erased"))
    #expect(first.shell.school.mentees["Q900000000001"] != nil)
    #expect(first.shell.school.mentees["erased-1"] == nil)
    #expect(second.run("end").succeeded, "\(second.errors)")
    #expect(!second.errors.contains("another session"))
    #expect(
      try Store(path: folder + "/school.db").loadSchool().meetings.values.allSatisfy {
        !$0.isOpen && $0.menteeID == "Q900000000001"
      })
  }

  @Test("A mentee erased in another session while the question waits is not erased twice")
  func erasedWhileAsking() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-erasure-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (first, _) = try Self.twoSessions(in: folder) { second in
      #expect(second.run("erase mentee Q900000000001 --yes").succeeded)
      return "yes"
    }

    #expect(!first.run("erase mentee Q900000000001").succeeded)

    #expect(first.errors.contains("Q900000000001"), "\(first.errors)")
    #expect(first.errors.contains("nothing"), "\(first.errors)")
    #expect(try Store(path: folder + "/school.db").loadSchool().mentees.count == 2)
  }

  @Test("Undo of a change to a mentee erased since in another session says they were erased")
  func undoAfterErasureElsewhere() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-erasure-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (first, second) = try Self.twoSessions(in: folder) { _ in "yes" }
    #expect(first.run("agree ottoline student 'lantern club' for Maths").succeeded)
    #expect(second.run("erase mentee Q900000000001 --yes").succeeded, "\(second.errors)")

    #expect(!first.run("undo").succeeded)

    #expect(first.errors.contains("has been erased since, in another session"), "\(first.errors)")
    #expect(!first.errors.contains("change it back by hand"))
  }

  /// Whether the roster row of the database at `path` holds the bytes of `text`.
  static func roster(at path: String, holds text: String) throws -> Bool {
    var holds = false
    try Database(path: path).query(
      "SELECT instr(packed, CAST(? AS BLOB)) > 0 FROM roster", .text(text)
    ) { row in holds = row.int(0) == 1 }
    return holds
  }

  /// Those of `texts` whose UTF-8 bytes are in the database file or its -wal file.
  static func found(_ texts: [String], in path: String) throws -> [String] {
    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    if let log = FileManager.default.contents(atPath: path + "-wal") { bytes.append(log) }
    return texts.filter { bytes.range(of: Data($0.utf8)) != nil }
  }
}
