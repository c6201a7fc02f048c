import Foundation
import MentorModel

/// A plain-text e-mail message to one person, written as RFC 5322 with MIME headers.
///
/// The message has one recipient, in `To`, and no other: no `Cc`, no `Bcc`. Its text is
/// UTF-8 sent as 8bit, and names and subjects in any language go into the header as
/// RFC 2047 encoded-words. Written out, every line ends in CRLF, as a `.eml` file and the
/// standard want; `rendered(lineEnd: "\n")` gives the form that `sendmail` reads.
public struct MailMessage: Sendable {
  /// A person and their address, as `From` and `To` name them.
  public struct Mailbox: Hashable, Sendable {
    public var name: String
    public var address: EmailAddress

    public init(name: String, address: EmailAddress) {
      self.name = name
      self.address = address
    }

    /// The words of the mailbox in a header: the display name, then `<address>`.
    var words: [String] {
      let name = name.trimmingSpaces
      return (name.isEmpty ? [] : HeaderText.phrase(name)) + ["<\(address.text)>"]
    }
  }

  public var from: Mailbox
  public var to: Mailbox
  public var subject: String
  public var date: Date
  /// The message's id without angle brackets: `20261204T153000Z.1.4f0c2a@school.example`.
  public var messageID: String
  /// The text, in lines split by `\n`.
  public var body: String

  public init(
    from: Mailbox, to: Mailbox, subject: String, date: Date, messageID: String, body: String
  ) {
    self.from = from
    self.to = to
    self.subject = subject
    self.date = date
    self.messageID = messageID
    self.body = body
  }

  /// The longest line of text a message may hold, in bytes without its line end.
  static let bodyLineLimit = 998

  /// The whole message: header fields, a blank line, then the text, every line ended by
  /// `lineEnd`.
  public func rendered(lineEnd: String = "\r\n") -> String {
    var lines: [String] = []
    lines += HeaderText.field("From", from.words)
    lines += HeaderText.field("To", to.words)
    lines += HeaderText.field("Subject", HeaderText.unstructured(subject))
    lines += HeaderText.field("Date", [Self.dateText(date)])
    lines += HeaderText.field("Message-ID", ["<\(messageID)>"])
    lines += [
      "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: 8bit", "",
    ]
    lines += Self.bodyLines(body)
    return lines.joined(separator: lineEnd) + lineEnd
  }

  /// A date as a message's `Date` field writes it: `Fri, 04 Dec 2026 15:30:00 +0000`.
  public static func dateText(_ date: Date) -> String {
    UTCTime(seconds: Int(date.timeIntervalSince1970.rounded(.down))).mailDate
  }

  /// A new message id: the time, a sequence number and a random part, at a domain.
  ///
  /// - Parameters:
  ///   - date: when the message is written.
  ///   - sequence: the message's number among those written together.
  ///   - domain: the sender's domain, or `localhost`.
  public static func newID(date: Date, sequence: Int, domain: String) -> String {
    let time = UTCTime(seconds: Int(date.timeIntervalSince1970.rounded(.down)))
    let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
    return "\(time.compact).\(sequence).\(random)@\(domain)"
  }

  /// The text as lines: any line break becomes one, spaces at line ends go, control
  /// characters become spaces, and a line longer than the limit is broken.
  static func bodyLines(_ text: String) -> [String] {
    let unified = text.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n")
    var lines: [String] = []
    for raw in unified.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = HeaderText.withoutControls(String(raw))
      while line.last == " " { line.removeLast() }
      while line.utf8.count > bodyLineLimit {
        var cut = line.startIndex
        var bytes = 0
        for index in line.indices {
          let size = line[index].utf8.count
          if bytes + size > bodyLineLimit { break }
          bytes += size
          cut = line.index(after: index)
        }
        lines.append(String(line[..<cut]))
        line = String(line[cut...])
      }
      lines.append(line)
    }
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}
