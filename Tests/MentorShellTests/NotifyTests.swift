import Foundation
import Testing

@testable import MentorShell

@Suite("notify: one message per member of staff, each intervention sent once, to its people")
struct NotifyTests {
  /// Four interventions: two for Mrs Fletcher (one as Zoë's mentor, no staff named), one
  /// for Miss Ahmed and one for Mr Kowalski.
  static let agreements = [
    "agree zoe student 'catch-up on Tuesdays' for Maths with Fletcher review 2026-12-18",
    "agree chloe resources 'lunchtime study centre' for French with Ahmed",
    "agree zoe curriculum 'a weekly planner, checked by the mentor'",
    "agree 'seán' teacher 'change of seating in lessons' for Geography with Kowalski",
  ]

  /// Who each intervention is for, by address.
  static let expected = [
    "ahmed@demo-school.example": ["I2"], "fletcher@demo-school.example": ["I1", "I3"],
    "kowalski@demo-school.example": ["I4"],
  ]

  /// A session with the four interventions agreed.
  static func agreed(user: String = "Dr Osei", outbox: Bool = true, sendmailExit: Int? = nil)
    throws -> MessageSession
  {
    let session = try MessageSession(user: user, outbox: outbox, sendmailExit: sendmailExit)
    for line in agreements {
      try #require(session.run(line), "\(line): \(session.errors)")
    }
    return session
  }

  @Test("Each member of staff gets one message that lists their interventions and no others")
  func oneMessageEach() throws {
    let session = try Self.agreed()

    #expect(session.run("notify"), "\(session.errors)")

    let messages = try session.messages()
    #expect(messages.count == 3)
    var seen: [String: [String]] = [:]
    for message in messages {
      let to = try #require(message.address("To"))
      #expect(message.all("To").count == 1)
      #expect(message.all("Cc").isEmpty && message.all("Bcc").isEmpty)
      #expect(!message.field("To")!.contains(","))
      seen[to] = MessageSession.listedIDs(message)
    }
    #expect(seen == Self.expected)
    #expect(Set(messages.compactMap { $0.field("Message-ID") }).count == 3)
  }

  @Test("A mentor's notify sends their own mentees' interventions only; the rest wait")
  func mentorSendsTheirOwn() throws {
    let session = try Self.agreed()
    session.demo.shell.options.user = "Ms Patel"
    #expect(session.run("agree R160046041851 student 'catch-up on Tuesdays' with Brennan"))

    #expect(session.run("notify"), "\(session.errors)")

    // I4 and I5 are about Ms Patel's mentees (Seán O'Brien, Archie Mirza); I1 to I3 not.
    let messages = try session.messages()
    let sent = messages.compactMap { $0.address("To") }.sorted()
    #expect(sent == ["brennan@demo-school.example", "kowalski@demo-school.example"])
    #expect(messages.flatMap(MessageSession.listedIDs).sorted() == ["I4", "I5"])
    let school = session.demo.shell.school
    #expect(["I4", "I5"].allSatisfy { school.interventions[$0]?.state == .communicated })
    #expect(["I1", "I2", "I3"].allSatisfy { school.interventions[$0]?.state == .agreed })
  }

  @Test("A message groups by mentee, with form, subject, category, action, review and agreer")
  func whatTheMessageSays() throws {
    let session = try Self.agreed()

    #expect(session.run("notify"))

    let message = try #require(
      try session.messages().first { $0.address("To") == "fletcher@demo-school.example" })
    #expect(message.displayName("To") == "Mrs Fletcher")
    #expect(message.field("From") == "Dr Osei <osei@demo-school.example>")
    #expect(message.field("Subject") == "Mentoring: 2 interventions for you to carry out")
    #expect(message.field("Date") == "Fri, 04 Dec 2026 15:30:00 +0000")
    let body = message.body
    #expect(body.hasPrefix("Dear Mrs Fletcher,\n"))
    #expect(body.contains("\nZoë Brontë (11B), mentored by you\n"))
    #expect(body.contains("  I1  Maths, Student: catch-up on Tuesdays\n"))
    #expect(body.contains("      Review by 2026-12-18. Agreed by Dr Osei on 2026-12-04.\n"))
    #expect(body.contains("  I3  all subjects, Curriculum: a weekly planner, checked by the"))
    #expect(body.contains("Sent to you as the mentor: no member of staff was named."))
    #expect(body.components(separatedBy: "Zoë Brontë (11B)").count == 2, "one group per mentee")
  }

  @Test("Each intervention sent becomes communicated, with a line of history")
  func marksCommunicated() throws {
    let session = try Self.agreed()

    #expect(session.run("notify"))

    for id in ["I1", "I2", "I3", "I4"] {
      #expect(session.state(id) == "communicated")
    }
    let zoe = try session.demo.shell.mentee("zoe b")
    let history = try session.demo.shell.store.history(of: zoe.id).map(\.text)
    #expect(history.contains("Communicated I1 to Mrs Fletcher <fletcher@demo-school.example>"))
    let stored = try session.demo.shell.store.loadSchool()
    #expect(stored.interventions["I1"]?.state == .communicated)
    #expect(session.output.contains("4 interventions now stand communicated."))
  }

  @Test("A second notify sends nothing again; a new intervention then goes on its own")
  func neverTwice() throws {
    let session = try Self.agreed()
    #expect(session.run("notify"))
    let first = session.files()

    #expect(session.run("notify"))
    #expect(session.files() == first)
    #expect(session.output.contains("Nothing to send"))

    #expect(session.run("agree zoe parent 'homework diary signed each week' with Fletcher"))
    #expect(session.run("notify"))
    let new = session.files().filter { !first.contains($0) }
    #expect(new.count == 1)
    let message = try ReadMessage(
      String(contentsOf: session.outbox.appendingPathComponent(new[0]), encoding: .utf8))
    #expect(MessageSession.listedIDs(message) == ["I5"])
  }

  @Test("--dry-run prints the recipients and each message, and sends and changes nothing")
  func dryRun() throws {
    let session = try Self.agreed()

    #expect(session.run("notify --dry-run"))

    #expect(session.output.contains("Would send 3 messages; a dry run sends and changes nothing:"))
    #expect(
      session.output.contains(
        "  Mrs Fletcher <fletcher@demo-school.example>: 2 interventions (I1, I3)"))
    #expect(session.output.contains("To: Miss Ahmed <ahmed@demo-school.example>\n"))
    #expect(!FileManager.default.fileExists(atPath: session.outbox.path))
    for id in ["I1", "I2", "I3", "I4"] {
      #expect(session.state(id) == "agreed")
    }
    #expect(try session.demo.shell.store.loadSchool().interventions["I1"]?.state == .agreed)
    #expect(session.run("notify"))
    #expect(session.files().count == 3)
  }

  @Test("Messages are readable by their owner only: the folder 0700, each file 0600")
  func privateFiles() throws {
    let session = try Self.agreed()

    #expect(session.run("notify"))

    let folder = try FileManager.default.attributesOfItem(atPath: session.outbox.path)
    #expect((folder[.posixPermissions] as? Int) == 0o700)
    for name in session.files() {
      let file = try FileManager.default.attributesOfItem(
        atPath: session.outbox.appendingPathComponent(name).path)
      #expect((file[.posixPermissions] as? Int) == 0o600, "\(name)")
      #expect(name.hasPrefix("20261204-153000-") && name.hasSuffix(".eml"))
    }
  }

  @Test("An outbox other users can open is refused, and nothing changes")
  func openOutboxRefused() throws {
    let session = try Self.agreed()
    let open = session.folder.appendingPathComponent("shared")
    try FileManager.default.createDirectory(
      at: open, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])

    #expect(!session.run("notify --outbox '\(open.path)'"))

    #expect(session.errors.contains("error: The outbox '\(open.path)' is open to other users"))
    #expect(session.files(in: open).isEmpty)
    #expect(session.state("I1") == "agreed")
  }

  @Test("--outbox DIR writes there, making the folder private when it is missing")
  func outboxOption() throws {
    let session = try Self.agreed(outbox: false)
    let chosen = session.folder.appendingPathComponent("new/outbox")

    #expect(session.run("notify --outbox '\(chosen.path)'"), "\(session.errors)")

    #expect(session.files(in: chosen).count == 3)
    let attributes = try FileManager.default.attributesOfItem(atPath: chosen.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o700)
  }

  @Test("With no outbox, as for a database in memory, notify says how to send")
  func noOutbox() throws {
    let session = try Self.agreed(outbox: false)

    #expect(!session.run("notify"))

    #expect(session.errors.contains("error: No outbox: the database is in memory"))
    #expect(session.state("I1") == "agreed")
  }

  @Test("--outbox and --sendmail together are refused")
  func bothWays() throws {
    let session = try Self.agreed(sendmailExit: 0)

    #expect(!session.run("notify --outbox elsewhere --sendmail"))

    #expect(session.errors.contains("error: Give '--outbox DIR' or '--sendmail', not both"))
    #expect(session.state("I1") == "agreed")
  }

  @Test("--sendmail gives each message to 'sendmail -t -i', LF line ends, one To each")
  func sendmail() throws {
    let session = try Self.agreed(sendmailExit: 0)

    #expect(session.run("notify --sendmail"), "\(session.errors)")

    let messages = try session.captured()
    #expect(messages.count == 3)
    var seen: [String: [String]] = [:]
    for message in messages {
      #expect(message.all("To").count == 1)
      seen[try #require(message.address("To"))] = MessageSession.listedIDs(message)
    }
    #expect(seen == Self.expected)
    let arguments = try String(
      contentsOf: session.folder.appendingPathComponent("captured/arguments"), encoding: .utf8)
    #expect(arguments == "-t -i\n")
    #expect(session.files().isEmpty)
    #expect(session.state("I4") == "communicated")
  }

  @Test("A sendmail that fails leaves every intervention agreed, and says so")
  func sendmailFails() throws {
    let session = try Self.agreed(sendmailExit: 75)

    #expect(!session.run("notify --sendmail"))

    #expect(session.errors.contains("failed with exit status 75, so the message was not sent"))
    #expect(session.errors.contains("3 messages were not sent, and 'notify' tries again"))
    for id in ["I1", "I2", "I3", "I4"] {
      #expect(session.state(id) == "agreed")
    }
  }

  @Test("A sendmail that is not there is named before anything is sent")
  func noSendmail() throws {
    let session = try Self.agreed()

    #expect(!session.run("notify --sendmail"))

    #expect(
      session.errors.contains(
        "error: Cannot run '\(session.folder.path)/fake-sendmail': no such program;"
          + " set MENTOR_SENDMAIL, or use '--outbox DIR'"))
    #expect(session.state("I1") == "agreed")
  }

  @Test("An intervention that cannot be sent stays agreed, named in a warning")
  func cannotBeSent() throws {
    let session = try Self.agreed()
    let staff = session.folder.appendingPathComponent("more-staff.csv")
    try "Name,Email,Role\nMr Quiet,,Teacher\n".write(to: staff, atomically: true, encoding: .utf8)
    #expect(session.run("load staff '\(staff.path)'"))
    #expect(session.run("agree zoe student 'reading club' with Quiet"))

    #expect(session.run("notify"))

    #expect(
      session.errors.contains(
        "warning: I5 for X797211371138 was not sent: 'Mr Quiet' has no e-mail address"))
    #expect(session.state("I5") == "agreed")
    #expect(session.state("I1") == "communicated")
    #expect(session.output.contains("Still waiting, as the warnings say: I5."))
  }

  @Test("A message is from mentor@localhost when the staff list does not know the sender")
  func unknownSender() throws {
    let session = try MessageSession(user: "Dr Osei")
    let staff = try TestShell.sheet("Name,Email,Role\nDr Osei,osei@demo-school.example,Teacher\n")
    #expect(session.run("load staff \(staff)"))
    session.demo.shell.options.user = "trainer"
    for line in Self.agreements {
      try #require(session.run(line), "\(line): \(session.errors)")
    }

    #expect(session.run("notify"))

    for message in try session.messages() {
      #expect(message.field("From") == "trainer <mentor@localhost>")
      #expect(message.field("Message-ID")?.hasSuffix("@localhost>") == true)
    }
  }

  @Test("Messages cannot be called back, so undo goes no further back than notify")
  func noUndo() throws {
    let session = try Self.agreed()

    #expect(session.run("notify"))
    #expect(!session.run("undo"))

    #expect(session.errors.contains("Cannot undo the messages sent"))
    #expect(session.demo.shell.school.interventions["I4"] != nil)
  }
}
