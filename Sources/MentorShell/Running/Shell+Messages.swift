import Foundation
import MentorExchange
import MentorModel

/// Sending messages: composing one per notice, delivering it, and recording what went.
extension Shell {
  /// A notice's message, and the name of its file once it is written to an outbox.
  struct SentNotice {
    let notice: NoticePlan.Notice
    let message: MailMessage
    var file: String?
  }

  /// How a command's options say messages go: `--outbox DIR`, `--sendmail`, else the
  /// default outbox. Nil when there is none to use, as for a database in memory.
  func delivery(_ arguments: Arguments) throws(ShellError) -> Delivery? {
    let outbox = arguments.option("outbox")
    if outbox != nil, arguments.flag("sendmail") { throw .outboxAndSendmail }
    if arguments.flag("sendmail") {
      let sendmail = Sendmail(program: options.sendmail)
      _ = try sendmail.executable()
      return .sendmail(sendmail)
    }
    let typed = outbox.map { ($0 as NSString).expandingTildeInPath }
    guard let path = typed ?? options.outbox else { return nil }
    return .outbox(try Outbox.open(path))
  }

  /// Runs `body` holding the database's write lock, after reading what other sessions
  /// committed, so that two sessions cannot both send the same intervention.
  ///
  /// Sending takes a while (sendmail may be slow); another mentor's change waits for it,
  /// within the store's busy timeout. What `body` stores joins this one transaction, and
  /// an error it throws comes back as it is, after what it stored is committed.
  func exclusively(_ body: () throws(ShellError) -> Void) throws(ShellError) {
    var failure: ShellError?
    try storing {
      try store.transaction {
        do throws(ShellError) {
          try catchUp()
          try body()
        } catch {
          failure = error
        }
      }
    }
    if let failure { throw failure }
  }

  /// Who messages are from: the person at the keyboard with their address from the staff
  /// list, else `mentor@localhost`.
  var sender: MailMessage.Mailbox {
    let name = userName.isEmpty ? "mentor" : userName
    if let member = school.staffMember(named: name), let address = EmailAddress(member.email) {
      return MailMessage.Mailbox(name: member.name, address: address)
    }
    return MailMessage.Mailbox(name: name, address: Self.localSender)
  }

  /// The sender's address when the staff list has none for the person at the keyboard.
  /// A constant that is a valid address, so unwrapping it cannot fail.
  static let localSender = EmailAddress("mentor@localhost")!

  /// One message for each notice of a plan, in the plan's order.
  func messages(for plan: NoticePlan) -> [SentNotice] {
    let from = sender
    let date = clock.date
    let domain = from.address.domain
    return plan.notices.enumerated().map { index, notice in
      let text = NoticeText(
        notice: notice, school: school, sender: from.name, today: clock.today)
      let to = MailMessage.Mailbox(
        name: notice.recipient.name, address: notice.recipient.address)
      let message = MailMessage(
        from: from, to: to, subject: text.subject, date: date,
        messageID: MailMessage.newID(date: date, sequence: index + 1, domain: domain),
        body: text.body)
      return SentNotice(notice: notice, message: message)
    }
  }

  /// Sends each message in order and records what went, in one transaction.
  ///
  /// Sending stops at the first message that fails. What went before it is recorded all
  /// the same: its interventions become communicated, so that none is sent twice, and
  /// what did not go stays waiting for the next `notify`. An escalation is marked sent
  /// only when every one of its messages went: one for two Progress Leaders that reached
  /// only the first is sent to both again, since a concern lost matters more than one
  /// read twice. Messages cannot be called back, so `undo` goes no further back than this.
  ///
  /// - Returns: the messages sent, and the failure that stopped the rest, if any.
  func send(_ messages: [SentNotice], by delivery: Delivery) throws(ShellError)
    -> (sent: [SentNotice], failure: ShellError?)
  {
    var sent: [SentNotice] = []
    var failure: ShellError?
    let stamp = String(clock.now.filter(\.isNumber).prefix(14))
    let stem = "\(stamp.prefix(8))-\(stamp.suffix(6))"
    for (index, var item) in messages.enumerated() {
      let number = index + 1 < 10 ? "0\(index + 1)" : "\(index + 1)"
      do throws(ShellError) {
        // The mail program writes to the same standard output, so what came first goes.
        console.flush()
        item.file = try delivery.send(
          item.message, stem: "\(stem)-\(number)-\(Outbox.slug(item.notice.recipient.name))")
      } catch {
        failure = .messagesStopped(error, left: messages.count - index)
        break
      }
      sent.append(item)
    }
    if !sent.isEmpty {
      try recordSent(sent, of: messages)
    }
    if delivery.isPreview { transaction.wouldSend += sent.count }
    return (sent, failure)
  }

  /// Stores that these messages went: interventions communicated, escalations sent, and a
  /// line of history for each; then keeps the same in the school.
  private func recordSent(_ sent: [SentNotice], of all: [SentNotice]) throws(ShellError) {
    let now = clock.now
    let messagesOf = { (items: [SentNotice]) in
      Dictionary(items.flatMap { $0.notice.escalations.map { ($0.id, 1) } }, uniquingKeysWith: +)
    }
    let needed = messagesOf(all)
    let went = messagesOf(sent)
    var communicated: [(intervention: Intervention, evidence: String)] = []
    var escalations: [String: Escalation] = [:]
    var events: [HistoryEvent] = []
    for item in sent {
      let to = "\(item.notice.recipient.name) <\(item.notice.recipient.address)>"
      for intervention in item.notice.interventions {
        var changed = intervention
        changed.state = .communicated
        communicated.append((changed, "sent to \(to)"))
        events.append(event(intervention.menteeID, "Communicated \(intervention.id) to \(to)"))
      }
      for escalation in item.notice.escalations {
        // Shortcoming: an escalation counts as sent only when every recipient's message
        // went, so after a failure part-way the next `notify` sends it to all of them
        // again. Recording each recipient apart would need a table of its own; a repeated
        // concern was judged better than a lost one.
        if went[escalation.id] == needed[escalation.id] {
          var changed = escalation
          changed.notifiedAt = now
          escalations[escalation.id] = changed
        }
        events.append(event(escalation.menteeID, "Sent \(escalation.id) to \(to)"))
      }
    }

    for index in events.indices { events[index].kind = "message" }
    let changedEscalations = escalations.values.sorted { $0.id < $1.id }
    try storing {
      try store.recordSent(
        communicated: communicated, escalations: changedEscalations, by: userName,
        at: now, events: events)
    }
    for (intervention, _) in communicated { school.interventions[intervention.id] = intervention }
    for escalation in changedEscalations { school.escalations[escalation.id] = escalation }
    blockUndo("the messages sent")
  }

  /// Warns of each intervention or escalation that a problem kept from someone.
  func warnOfShortfalls(_ plan: NoticePlan) {
    for shortfall in plan.shortfalls {
      // The mentee by id, not name: warnings go to standard error, which may be a log.
      let error = ShellError.notSent(
        item: shortfall.itemID, mentee: shortfall.menteeID, problem: shortfall.problem,
        reachedNobody: shortfall.reachedNobody)
      warn(error.message)
    }
  }

  /// What a message holds, in a few words: `2 interventions (I1, I4), 1 concern (E2)`.
  static func contents(of notice: NoticePlan.Notice) -> String {
    var parts: [String] = []
    if !notice.interventions.isEmpty {
      parts.append(
        counted(notice.interventions.count, "intervention") + " ("
          + notice.interventions.map(\.id).joined(separator: ", ") + ")")
    }
    if !notice.escalations.isEmpty {
      parts.append(
        counted(notice.escalations.count, "concern") + " ("
          + notice.escalations.map(\.id).joined(separator: ", ") + ")")
    }
    return parts.joined(separator: ", ")
  }
}
