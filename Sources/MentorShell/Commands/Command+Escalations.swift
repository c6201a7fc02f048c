import MentorExchange
import MentorModel

/// Escalations: `escalate`, `escalations`, `acknowledge` and `resolve`.
extension Command {
  static let escalate = Command(
    "escalate", usage: "WHO to leader|parent|STAFF REASON [--outbox DIR | --sendmail]",
    summary: "Hand a concern on to the Progress Leader, a parent or a member of staff",
    detail: """
      Records the escalation (open) and sends its recipient a message at once: every
      Progress Leader in the staff list, each parent or carer of the mentee with an e-mail
      address ('load parents'), or the member of staff named. The message goes where
      'notify' sends messages: the outbox (--outbox DIR, else $MENTOR_OUTBOX, else the
      folder outbox beside the database), or sendmail with --sendmail. When it cannot go
      (nobody to send it to, or a database in memory with no outbox) the escalation is
      still recorded, and the next 'notify' sends its message. Under 'mentor --atomic' the
      message waits until the script commits, and does not go if it rolls back.
      """,
    examples: [
      "escalate zoe to leader 'no work handed in for three weeks'",
      "escalate zoe to parent 'homework diary not signed since October'",
      "escalate chloe to Okafor 'upset after English lessons; please talk to her'",
    ],
    options: [
      .value("outbox", "DIR", "write the message to this folder"),
      .flag("sendmail", "give the message to sendmail instead of writing a file"),
    ],
    completions: [.mentee, .words(["to"]), .recipient, .words([])],
    access: .mentee,
  ) { shell, arguments throws(ShellError) in
    let usage = "WHO to leader|parent|STAFF REASON [--outbox DIR | --sendmail]"
    let words = arguments.words
    guard let to = words.firstIndex(where: { $0.lowercased() == "to" }), to > 0,
      words.count >= to + 3
    else { throw .usage(command: "escalate", usage: usage) }
    let mentee = try shell.menteeToChange(words[..<to].joined(separator: " "))
    let reason = try TypedText.required(
      words[(to + 2)...].joined(separator: " "), "reason", limit: TypedText.longLimit)
    var recipient = Escalation.Recipient(text: words[to + 1])
    if case .staff(let name) = recipient {
      recipient = .staff(try shell.staffMember(name).name)
    }
    let delivery = try shell.delivery(arguments)
    let escalation = Escalation(
      id: try shell.newID("E"), menteeID: mentee.id, recipient: recipient,
      reason: reason, raisedBy: shell.userName,
      raisedAt: shell.clock.now)
    try shell.save(
      escalation, "Escalated \(escalation.id) to \(recipient.text): \(escalation.reason)")
    shell.console.print("Escalated \(escalation.id) to \(recipient.text) (open).")
    let id = escalation.id
    let done = try shell.outsideTheDatabase("the message of \(id)") { shell throws(ShellError) in
      try shell.exclusively { () throws(ShellError) in
        try shell.sendMessage(of: id, by: delivery)
      }
    }
    if !done { try shell.sendMessage(of: id, by: delivery.map { _ in .preview }) }
  }

  static let escalations = Command(
    "escalations", usage: "[--open] [--count] [--format table|csv|json] [--out FILE]",
    summary: "List escalations, oldest first, with their state",
    examples: ["escalations --open", "escalations --format json"],
    exampleSetup: ["escalate zoe to leader 'no homework for three weeks'"],
    options: [.flag("open", "only those not resolved")] + Option.listing,
    columns: escalationColumns.map(\.key),
    access: .staff,
  ) { shell, arguments throws(ShellError) in
    var table = Table(columns: escalationColumns)
    let listed = shell.school.escalations.values
      .filter { (!arguments.flag("open") || $0.state != .resolved) && shell.maySee($0) }
      .sorted { ($0.raisedAt, School.number($0.id)) < ($1.raisedAt, School.number($1.id)) }
    for escalation in listed {
      let name = shell.school.mentees[escalation.menteeID]?.displayName ?? escalation.menteeID
      table.append([
        .init(escalation.id), .init(name), .init(escalation.recipient.text),
        .init(escalation.state.rawValue, colour: escalation.state == .open ? .amber : nil),
        .text(String(escalation.raisedAt.prefix(10)), data: escalation.raisedAt),
        .init(escalation.raisedBy),
        .init(Self.messageState(escalation)), .init(escalation.reason),
        .init(escalation.outcome),
      ])
    }
    try shell.emit(table, noun: "escalation", arguments)
  }

  /// The columns of `escalations`.
  static let escalationColumns: [Table.Column] = [
    .init("id", "Id"), .init("mentee", "Mentee", shrinks: true), .init("to", "To"),
    .init("state", "State"), .init("raised", "Raised"),
    .init("by", "By", shrinks: true, dropOrder: 2), .init("message", "Message", dropOrder: 1),
    .init("reason", "Reason", shrinks: true), .init("outcome", "Outcome", shrinks: true),
  ]

  /// Whether an escalation's message went: `sent 2026-12-04`, `waiting` for `notify`, or
  /// nothing for one closed before it went.
  static func messageState(_ escalation: Escalation) -> String {
    if let sent = escalation.notifiedAt { return "sent \(sent.prefix(10))" }
    return escalation.awaitsMessage ? "waiting" : ""
  }

  static let acknowledge = Command(
    "acknowledge", usage: "ESCALATION",
    summary: "Record that an escalation has been received and is being dealt with",
    examples: ["acknowledge E1"],
    exampleSetup: ["escalate zoe to leader 'no homework for three weeks'"],
    completions: [.escalation],
    access: .escalation,
  ) { shell, arguments throws(ShellError) in
    guard let id = arguments.word(0) else {
      throw .usage(command: "acknowledge", usage: "ESCALATION")
    }
    var escalation = try shell.escalationToChange(id)
    guard escalation.state == .open else {
      throw .escalationAlready(escalation.id, escalation.state.rawValue)
    }
    escalation.state = .acknowledged
    try shell.save(escalation, "Acknowledged \(escalation.id)")
    shell.console.print("Acknowledged \(escalation.id).")
  }

  static let resolve = Command(
    "resolve", usage: "ESCALATION OUTCOME",
    summary: "Close an escalation with its outcome",
    examples: ["resolve E1 'parents meeting held; homework diary agreed'"],
    exampleSetup: ["escalate zoe to leader 'no homework for three weeks'"],
    completions: [.escalation],
    access: .escalation,
  ) { shell, arguments throws(ShellError) in
    guard arguments.words.count >= 2 else {
      throw .usage(command: "resolve", usage: "ESCALATION OUTCOME")
    }
    var escalation = try shell.escalationToChange(arguments.words[0])
    guard escalation.state != .resolved else {
      throw .escalationAlready(escalation.id, escalation.state.rawValue)
    }
    escalation.state = .resolved
    escalation.outcome = try Arguments.required(arguments.rest(from: 1), "outcome")
    try shell.save(escalation, "Resolved \(escalation.id): \(escalation.outcome)")
    shell.console.print("Resolved \(escalation.id).")
  }
}

extension Shell {
  /// Sends the message about a new escalation, or says why it waits for `notify`.
  ///
  /// Nothing is sent when another session has sent it already.
  func sendMessage(of id: String, by delivery: Delivery?) throws(ShellError) {
    guard let escalation = school.escalations[id], escalation.awaitsMessage else { return }
    let plan = school.noticePlan(interventions: [], escalations: [escalation])
    warnOfShortfalls(plan)
    guard !plan.notices.isEmpty else {
      console.print("Its message waits for 'notify', once it has someone to go to.")
      return
    }
    guard let delivery else {
      console.print(
        "Its message waits for 'notify --outbox DIR': a database in memory has no outbox.")
      return
    }
    let (sent, failure) = try send(messages(for: plan), by: delivery)
    if !sent.isEmpty {
      console.print(delivery.report(sent.count) + ":")
      for item in sent {
        let recipient = item.notice.recipient
        console.print(
          "  \(recipient.name) <\(recipient.address)>" + (item.file.map { ", \($0)" } ?? ""))
      }
    }
    if let failure { throw .escalationMessageWaits(id: escalation.id, failure) }
  }

  /// The escalation with an id, for a command that records something about it: an error
  /// naming it when there is none, or when its mentee's personal data was erased.
  func escalationToChange(_ id: String) throws(ShellError) -> Escalation {
    guard let found = school.escalations[id.uppercased()] else {
      throw .unknownEscalation(id)
    }
    try refuseErased(found.menteeID, record: id)
    return found
  }
}
