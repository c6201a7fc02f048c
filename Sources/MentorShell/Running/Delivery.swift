import MentorExchange

/// Where messages go: files in an outbox folder, or the system's mail program.
enum Delivery {
  case outbox(Outbox)
  case sendmail(Sendmail)
  /// Nowhere: under `mentor --dry-run` the messages are shown and recorded as sent in the
  /// transaction that is rolled back, so that later commands see what the real run would.
  case preview

  /// Sends one message; returns the name of its file in an outbox, or nil for sendmail.
  ///
  /// - Parameters:
  ///   - message: the message.
  ///   - stem: the start of its file's name in an outbox.
  func send(_ message: MailMessage, stem: String) throws(ShellError) -> String? {
    switch self {
    case .outbox(let outbox):
      return try outbox.write(message.rendered(), stem: stem)
    case .sendmail(let sendmail):
      try sendmail.send(message.rendered(lineEnd: "\n"))
      return nil
    case .preview:
      return nil
    }
  }

  /// Whether this is the dry run's stand-in, which sends nothing.
  var isPreview: Bool {
    if case .preview = self { return true }
    return false
  }

  /// The first words of the report: `Wrote 2 messages to 'outbox'`.
  func report(_ count: Int) -> String {
    switch self {
    case .outbox(let outbox):
      return "Wrote \(counted(count, "message")) to '\(outbox.path)'"
    case .sendmail(let sendmail):
      return "Gave \(counted(count, "message")) to '\(sendmail.program)'"
    case .preview:
      return "Would send \(counted(count, "message")); a dry run sends nothing"
    }
  }
}
