import Foundation
import Testing

@testable import MentorShell

@Suite("escalate: a message to the recipient at once, or with the next notify")
struct EscalationMessageTests {
  @Test("To the leader: one message to Dr Osei, the Progress Leader, and nobody else")
  func toLeader() throws {
    let session = try MessageSession()

    #expect(session.run("escalate zoe to leader 'no homework for three weeks'"))

    let messages = try session.messages()
    #expect(messages.count == 1)
    let message = try #require(messages.first)
    #expect(message.field("To") == "Dr Osei <osei@demo-school.example>")
    #expect(message.field("Subject") == "Mentoring concern: Zoë Brontë (11B)")
    #expect(MessageSession.listedIDs(message) == ["E1"])
    #expect(message.body.contains("  E1  no homework for three weeks\n"))
    #expect(message.body.contains("Raised to the Progress Leader by Dr Osei on 2026-12-04."))
    #expect(session.demo.shell.school.escalations["E1"]?.notifiedAt == "2026-12-04T15:30:00Z")

    #expect(session.run("notify"))
    #expect(session.files().count == 1)
  }

  @Test("To parents: one message to each parent with an address, names decoded")
  func toParents() throws {
    let session = try MessageSession()

    #expect(session.run("escalate zoe to parent 'homework diary not signed since October'"))

    let messages = try session.messages()
    #expect(
      messages.map { $0.field("To") ?? "" }.sorted() == [
        "Hélène Brontë <helene.bronte@home.example>", "Marc Brontë <marc.bronte@home.example>",
      ])
    for message in messages {
      #expect(message.all("To").count == 1)
      #expect(message.field("Subject") == "A concern about Zoë Brontë (11B)")
      #expect(message.body.contains("  homework diary not signed since October\n"))
      let text = message.body.replacingOccurrences(of: "\n", with: " ")
      #expect(text.contains("contact Mrs Fletcher, who mentors Zoë Brontë,"))
    }
    let written = try #require(try session.messages().first?.rawFields.first { $0.name == "To" })
    #expect(written.value.hasPrefix("=?utf-8?B?"), "a name with accents is an encoded-word")
  }

  @Test("A parent with no address is warned of by the mentee's id, unnamed; the others get it")
  func parentWithoutAddress() throws {
    let session = try MessageSession()

    #expect(session.run("escalate T345328553387 to parent 'late every morning this week'"))

    #expect(
      session.errors.contains(
        "warning: E1 for T345328553387 was not sent to one parent or carer: a parent or carer"
          + " of T345328553387 has no e-mail address"))
    #expect(!session.errors.contains("Kate Smith"))
    #expect(try session.messages().map { $0.address("To") } == ["richard.smith@home.example"])
  }

  @Test("To a member of staff: the message goes to them")
  func toStaff() throws {
    let session = try MessageSession()

    #expect(session.run("escalate chloe to Okafor 'upset after English lessons'"))

    #expect(try session.messages().map { $0.address("To") } == ["okafor@demo-school.example"])
  }

  @Test("With no outbox the escalation is kept, and notify --outbox sends its message once")
  func waitsForNotify() throws {
    let session = try MessageSession(outbox: false)
    let chosen = session.folder.appendingPathComponent("chosen")

    #expect(session.run("escalate zoe to leader 'no homework for three weeks'"))
    #expect(session.output.contains("Its message waits for 'notify --outbox DIR'"))
    #expect(session.demo.shell.school.escalations["E1"]?.notifiedAt == nil)

    #expect(session.run("notify --outbox '\(chosen.path)'"))
    #expect(session.run("notify --outbox '\(chosen.path)'"))

    #expect(session.files(in: chosen).count == 1)
    #expect(session.demo.shell.school.escalations["E1"]?.notifiedAt != nil)
  }

  @Test("escalations shows whether each message went or waits")
  func listed() throws {
    let session = try MessageSession(outbox: false)
    #expect(session.run("escalate zoe to leader 'no homework'"))
    #expect(session.run("escalate chloe to leader 'no homework'"))
    #expect(session.run("notify --outbox '\(session.folder.path)/out'"))
    #expect(session.run("escalate zoe to parent 'late'"))

    #expect(session.run("escalations --format csv"))

    let table = try #require(session.output.components(separatedBy: "id,mentee,").last)
    let rows = table.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
    #expect(
      rows.map { $0.count > 6 ? String($0[6]) : "" } == [
        "sent 2026-12-04", "sent 2026-12-04", "waiting",
      ])
  }

  @Test("An escalation whose message went cannot be undone; one still waiting can")
  func undo() throws {
    let sent = try MessageSession()
    #expect(sent.run("escalate zoe to leader 'no homework'"))
    #expect(!sent.run("undo"))

    let waiting = try MessageSession(outbox: false)
    #expect(waiting.run("escalate zoe to leader 'no homework'"))
    #expect(waiting.run("undo"))
    #expect(waiting.demo.shell.school.escalations.isEmpty)
  }
}
