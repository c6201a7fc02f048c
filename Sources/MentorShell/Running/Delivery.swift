import MentorExchange

/// Where messages go: files in an outbox folder, or the system's mail program.
enum Delivery {
  case outbox(Outbox)
  case sendmail(Sendmail)

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
    }
  }

  /// The first words of the report: `Wrote 2 messages to 'outbox'`.
  func report(_ count: Int) -> String {
    switch self {
    case .outbox(let outbox):
      return "Wrote \(counted(count, "message")) to '\(outbox.path)'"
    case .sendmail(let sendmail):
      return "Gave \(counted(count, "message")) to '\(sendmail.program)'"
    }
  }
}
