import MentorExchange
import MentorModel

/// Telling staff what they must do: `notify`.
extension Command {
  static let notify = Command(
    "notify", usage: "[--outbox DIR | --sendmail] [--dry-run]",
    summary: "Send each member of staff one message with the interventions they carry out",
    detail: """
      Every intervention still agreed goes to the member of staff it names (with STAFF),
      or, when it names nobody, to the mentee's mentor as the staff list has them; each
      person gets one message listing theirs by mentee, with form, subject, category,
      action, review date and who agreed it. Each one sent becomes communicated, so it is
      never sent again. Escalations whose message has not gone yet go too: to the
      Progress Leaders, the mentee's parents or carers ('load parents'), or the member of
      staff named. Anything that cannot be sent (nobody to send it to, no e-mail address)
      is named in a warning and waits for the next 'notify'. A mentor or teacher sends
      only what involves them; the Progress Leader sends everything.
      Messages are .eml files (RFC 5322, UTF-8) written to the outbox: --outbox DIR, else
      $MENTOR_OUTBOX, else the folder outbox beside the database. The folder is made
      readable by its owner only (0700) and each message likewise (0600). With --sendmail
      each message is given to 'sendmail -t -i' ($MENTOR_SENDMAIL names another program).
      A message is from the person at the keyboard, with their e-mail address when the
      staff list has it, and to its one recipient only.
      Under 'mentor --atomic' the messages wait until the script commits, and then go with
      everything waiting by then; if it rolls back, none goes. Under 'mentor --dry-run'
      'notify' shows the messages the real run would send (not those 'escalate' sent
      already), and later lines see them as sent.
      """,
    examples: ["notify --dry-run", "notify"],
    exampleSetup: [
      "agree zoe student 'catch-up session on Tuesdays' for Maths with Fletcher",
      "agree chloe resources 'lunchtime study centre' for French",
      "escalate zoe to leader 'no homework for three weeks'",
    ],
    options: [
      .value("outbox", "DIR", "write the messages to this folder"),
      .flag("sendmail", "give each message to sendmail instead of writing files"),
      .flag("dry-run", "show what would be sent, and send and change nothing"),
    ],
    access: .staff,
  ) { shell, arguments throws(ShellError) in
    guard arguments.words.isEmpty else {
      throw .usage(command: "notify", usage: "[--outbox DIR | --sendmail] [--dry-run]")
    }
    if arguments.option("outbox") != nil, arguments.flag("sendmail") {
      throw .outboxAndSendmail
    }
    guard !arguments.flag("dry-run") else {
      try shell.notify(by: nil, dryRun: true)
      return
    }
    let delivery = try shell.delivery(arguments)
    let done = try shell.outsideTheDatabase("the messages of 'notify'") {
      shell throws(ShellError) in
      try shell.exclusively { () throws(ShellError) in
        try shell.notify(by: delivery, dryRun: false)
      }
    }
    if !done { try shell.notify(by: delivery.map { _ in .preview }, dryRun: false) }
  }
}

extension Shell {
  /// Sends everything waiting to be sent, or with `dryRun` shows it and changes nothing.
  ///
  /// - Parameters:
  ///   - delivery: where messages go; nil when there is nowhere, which is an error only
  ///     when there is something to send and this is not a dry run.
  ///   - dryRun: whether to print the messages instead of sending them.
  func notify(by delivery: Delivery?, dryRun: Bool) throws(ShellError) {
    // Each sends only what involves them; the Progress Leader sends everything.
    let plan = school.noticePlan(
      interventions: school.interventionsToCommunicate.filter(maySee),
      escalations: school.escalationsToSend.filter(maySee))
    if !dryRun, delivery == nil, !plan.notices.isEmpty { throw .noOutbox }
    guard !plan.isEmpty else {
      console.print(
        "Nothing to send: no intervention is waiting to be communicated, and no escalation"
          + " is waiting for its message.")
      return
    }
    warnOfShortfalls(plan)
    let waiting = plan.shortfalls.filter(\.reachedNobody).map(\.itemID)
    defer {
      if !waiting.isEmpty {
        console.print("Still waiting, as the warnings say: \(waiting.joined(separator: ", ")).")
      }
    }
    let messages = messages(for: plan)
    guard !messages.isEmpty else { return }

    guard !dryRun, let delivery else {
      printDryRun(messages)
      return
    }
    let (sent, failure) = try send(messages, by: delivery)
    if !sent.isEmpty {
      console.print(delivery.report(sent.count) + ":")
      for item in sent {
        let recipient = item.notice.recipient
        console.print(
          "  \(recipient.name) <\(recipient.address)>: \(Shell.contents(of: item.notice))"
            + (item.file.map { ", \($0)" } ?? ""))
      }
      let communicated = sent.reduce(0) { $0 + $1.notice.interventions.count }
      if communicated > 0 {
        let verb =
          delivery.isPreview
          ? "would then stand" : communicated == 1 ? "now stands" : "now stand"
        console.print("\(counted(communicated, "intervention")) \(verb) communicated.")
      }
      if delivery.isPreview { printMessages(sent) }
    }
    if let failure { throw failure }
  }

  /// Prints what `notify --dry-run` would send: the recipients, then each message whole.
  func printDryRun(_ messages: [SentNotice]) {
    console.print(
      "Would send \(counted(messages.count, "message")); a dry run sends and changes nothing:")
    for item in messages {
      let recipient = item.notice.recipient
      console.print(
        "  \(recipient.name) <\(recipient.address)>: \(Shell.contents(of: item.notice))")
    }
    printMessages(messages)
  }

  /// Prints each message whole, for a dry run to show what would go.
  func printMessages(_ messages: [SentNotice]) {
    for (index, item) in messages.enumerated() {
      console.print("")
      console.print("--- Message \(index + 1) of \(messages.count) ---")
      console.write(item.message.rendered(lineEnd: "\n"))
    }
  }
}
