import Foundation
import MentorExchange
import MentorModel
import Testing

@Suite("A message's form: RFC 5322 fields, encoded-words, CRLF, one recipient")
struct MailMessageTests {
  /// A message from the demo school's Progress Leader, to `name`, about `subject`.
  static func message(to name: String, subject: String, body: String = "Text\n") throws
    -> MailMessage
  {
    MailMessage(
      from: .init(name: "Dr Osei", address: try #require(EmailAddress("osei@demo.example"))),
      to: .init(name: name, address: try #require(EmailAddress("someone@home.example"))),
      subject: subject, date: Date(timeIntervalSince1970: 1_796_398_200),
      messageID: "20261204T153000Z.1.abc@demo.example", body: body)
  }

  @Test(
    "Names and subjects in any language come back as written",
    arguments: [
      ("Hélène Brontë", "A concern about Zoë Brontë (11B)"),
      ("Máire O’Brien", "Concerns about Seán O’Brien (10C)"),
      ("Mrs Fletcher", "Mentoring: 3 interventions for you to carry out"),
      ("Dr. A. Osei, Head of Year", "Quotes \"and\" back\\slashes"),
      ("Łucja Wójcik-Żak", String(repeating: "Zoë Brontë and Chloé Dubois, ", count: 6)),
      ("李小龍", "进度 ✅ 😀 emoji and CJK"),
    ])
  func roundTrip(name: String, subject: String) throws {
    let text = try Self.message(to: name, subject: subject).rendered()
    let read = try ReadMessage(text)

    #expect(read.displayName("To") == name)
    #expect(read.field("Subject") == subject)
    #expect(read.address("To") == "someone@home.example")
  }

  @Test("Header lines stay within 78 characters and each encoded-word within 75")
  func lineLengths() throws {
    let subject = String(repeating: "Zoë Brontë and Chloé Dubois, ", count: 8)
    let text = try Self.message(to: "Hélène Brontë-Dubois de la Fontaine", subject: subject)
      .rendered()
    let header = text.components(separatedBy: "\r\n\r\n")[0]

    for line in header.components(separatedBy: "\r\n") {
      #expect(line.count <= 78, "too long: \(line)")
      #expect(line.allSatisfy { $0.isASCII }, "not ASCII: \(line)")
      for word in line.split(separator: " ") where word.hasPrefix("=?") {
        #expect(word.count <= 75)
        // Each encoded-word holds whole characters: it decodes on its own.
        #expect(!ReadMessage.decode(String(word)).contains("\u{FFFD}"))
      }
    }
  }

  @Test("Line breaks in a name or subject cannot start a field of their own")
  func noHeaderInjection() throws {
    let text = try Self.message(
      to: "Jo\r\nBcc: everyone@home.example", subject: "Hi\nCc: all@home.example"
    ).rendered()
    let read = try ReadMessage(text)

    #expect(read.all("Bcc").isEmpty)
    #expect(read.all("Cc").isEmpty)
    #expect(read.all("To").count == 1)
    #expect(read.address("To") == "someone@home.example")
  }

  @Test("The fields a MIME message needs are there, once each, the date from the clock")
  func fields() throws {
    let read = try ReadMessage(try Self.message(to: "Mr Lund", subject: "Hello").rendered())

    for name in [
      "From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
      "Content-Transfer-Encoding",
    ] {
      #expect(read.all(name).count == 1, "\(name)")
    }
    #expect(read.field("Date") == "Fri, 04 Dec 2026 15:30:00 +0000")
    #expect(read.field("Message-ID") == "<20261204T153000Z.1.abc@demo.example>")
    #expect(read.field("MIME-Version") == "1.0")
    #expect(read.field("Content-Type") == "text/plain; charset=utf-8")
    #expect(read.field("Content-Transfer-Encoding") == "8bit")
    #expect(read.field("From") == "Dr Osei <osei@demo.example>")
  }

  @Test("The text has CRLF line ends, whatever it was given with, and no line over 998 bytes")
  func body() throws {
    let long = String(repeating: "ë", count: 700)
    let text = try Self.message(
      to: "Mr Lund", subject: "Hello", body: "one\ntwo\r\nthree\rfour  \n\(long)\n"
    ).rendered()
    let read = try ReadMessage(text)

    #expect(read.body.hasPrefix("one\ntwo\nthree\nfour\n"))
    #expect(read.body.replacingOccurrences(of: "\n", with: "").hasSuffix(long))
  }

  @Test("The form for sendmail has LF line ends and the same fields")
  func forSendmail() throws {
    let text = try Self.message(to: "Zoë's mentor", subject: "Zoë").rendered(lineEnd: "\n")
    let read = try ReadMessage(text, lineEnd: "\n")

    #expect(!text.contains("\r"))
    #expect(read.field("Subject") == "Zoë")
  }

  @Test("Message ids are new each time and end in the sender's domain")
  func messageIDs() {
    let date = Date()
    let first = MailMessage.newID(date: date, sequence: 1, domain: "demo.example")
    let second = MailMessage.newID(date: date, sequence: 1, domain: "demo.example")

    #expect(first != second)
    #expect(first.hasSuffix("@demo.example"))
    #expect(!first.contains(" ") && !first.contains("<"))
  }
}
