import MentorExchange
import MentorModel

/// The one-to-one meeting: `meet`, `praise`, `excuse`, `understood`, `serious`, `note`, `end`.
extension Command {
  static let meet = Command(
    "meet", usage: "WHO",
    summary: "Open a one-to-one meeting with a mentee, or resume one left open",
    detail: """
      Shows the feedback sheet for the mentee's latest month, what was agreed at the last
      meeting and what has happened to it since, and the subjects to praise. Until 'end',
      praise, excuse, understood, serious, agree and note are about this mentee, and the
      prompt shows the name. One meeting at a time: while one is open in this session,
      'meet' refuses another mentee until 'end'. 'list meetings --open' shows meetings
      left open.
      """,
    examples: ["meet zoe"],
    completions: [.mentee],
    access: .mentee,
  ) { shell, arguments throws(ShellError) in
    guard !arguments.words.isEmpty else { throw .usage(command: "meet", usage: "WHO") }
    let mentee = try shell.menteeToChange(arguments.rest(from: 0))
    if let other = shell.meetingWith, other != mentee.id,
      let left = shell.school.openMeeting(of: other), let name = shell.school.mentees[other]
    {
      throw .meetingStillOpen(
        id: left.id, open: shell.mentioned(name), named: shell.mentioned(mentee))
    }
    if let open = shell.school.openMeeting(of: mentee.id) {
      var resuming =
        "Resuming meeting \(open.id) with \(mentee.displayName), opened"
        + " \(open.openedAt.prefix(10))"
      if open.mentor != shell.userName { resuming += " by \(open.mentor)" }
      shell.console.print(resuming + ".")
      shell.printRecorded(open)
    }
    let meeting = try shell.currentMeeting(of: mentee)
    shell.meetingWith = mentee.id
    guard let sheet = shell.school.feedback(for: mentee.id, month: meeting.month) else { return }
    sheet.heading.forEach { shell.console.print($0) }
    shell.console.print()
    shell.printTable(sheet.table, format: .table)
    shell.console.print(sheet.flagLine)
    shell.printFollowUp(of: mentee, before: meeting)
    let praised = Set(meeting.praise.compactMap(\.subject))
    let praise = sheet.lines.filter { $0.status.isOnOrAbove && !praised.contains($0.subject) }
      .map(\.subject)
    if !praise.isEmpty {
      shell.console.print("Praise is due for: " + praise.joined(separator: ", ") + ".")
    }
  }

  static let praise = Command(
    "praise", usage: "[WHO] [for SUBJECT] [NOTE]",
    summary: "Record praise, for a subject or in general",
    detail: """
      Without a subject or a note, praises every subject on or above target. In a meeting
      WHO is left out; outside one it comes first, and the praise goes into the mentee's
      open meeting, else one this user ended today, else a one-off meeting ended at once.
      NOTE is one word or quoted, up to 500 characters.
      """,
    examples: [
      "praise zoe for Maths 'up a grade since October'", "praise zoe",
      "praise zoe 'helped run the open evening'",
    ],
    completions: [.mentee, .words(["for"]), .subject],
    access: .meetingMentee,
  ) { shell, arguments throws(ShellError) in
    let usage = "[WHO] [for SUBJECT] [NOTE]"
    let (mentee, typed) = try shell.meetingMentee(arguments, usage: usage, command: "praise")
    var rest = try shell.withoutMenteeName(typed, command: "praise") {
      $0.lowercased() == "for"
    }[...]
    var subject: String?
    if rest.first?.lowercased() == "for" {
      guard rest.count >= 2 else { throw .clauseNeedsValue("for") }
      subject = try InterventionClauses.subject(
        rest[rest.startIndex + 1], for: mentee, shell: shell)
      rest = rest.dropFirst(2)
    }
    guard rest.count <= 1 else { throw .praiseNoteUnquoted }
    let note = try TypedText.checked(rest.first ?? "", "praise", limit: TypedText.shortLimit)
    if subject == nil,
      let named = shell.school.subjects.keys.first(where: { $0.lowercased() == note.lowercased() })
    {
      throw .praiseWithoutFor(named)
    }
    var what = ""
    try shell.record(about: mentee) { meeting throws(ShellError) in
      var given: [Meeting.Praise] = []
      if subject == nil && note.isEmpty {
        let sheet = shell.school.feedback(for: mentee.id, month: meeting.month)
        let praised = Set(meeting.praise.compactMap(\.subject))
        given = (sheet?.lines ?? []).filter {
          $0.status.isOnOrAbove && !praised.contains($0.subject)
        }.map {
          Meeting.Praise(subject: $0.subject, note: "\($0.status.rawValue) in \($0.subject)")
        }
        guard !given.isEmpty else { throw .nothingToPraise(shell.mentioned(mentee)) }
      } else {
        given = [Meeting.Praise(subject: subject, note: note.isEmpty ? "well done" : note)]
      }
      meeting.praise += given
      let subjects = given.compactMap(\.subject)
      what = subjects.isEmpty ? "Praised: \(note)" : "Praised " + subjects.joined(separator: ", ")
      if !subjects.isEmpty, !note.isEmpty { what += ": \(note)" }
      return what
    }
    shell.console.print(what + ".")
  }

  static let excuse = Command(
    "excuse", usage: "[WHO] SAID [answer AGREED]",
    summary: "Record an excuse as rejected, with what was agreed instead",
    detail: """
      Outside a meeting WHO comes first, and the excuse goes where 'praise' puts praise.
      SAID and AGREED are up to 500 characters each.
      """,
    examples: ["excuse zoe 'the teacher does not like me' answer 'sit at the front, ask'"],
    completions: [.mentee, .words(["answer"])],
    access: .meetingMentee,
  ) { shell, arguments throws(ShellError) in
    let usage = "[WHO] SAID [answer AGREED]"
    let (mentee, words) = try shell.meetingMentee(arguments, usage: usage, command: "excuse")
    let split = words.firstIndex { $0.lowercased() == "answer" } ?? words.endIndex
    let limit = TypedText.shortLimit
    let said = try TypedText.checked(
      words[..<split].joined(separator: " "), "excuse", limit: limit)
    let answer = try TypedText.checked(
      words[split...].dropFirst().joined(separator: " "), "answer", limit: limit)
    guard !said.isEmpty else { throw .usage(command: "excuse", usage: usage) }
    try shell.record(about: mentee) { meeting throws(ShellError) in
      meeting.excuses.append(Meeting.Excuse(said: said, answer: answer))
      return "Rejected the excuse '\(said)'" + (answer.isEmpty ? "" : "; agreed instead: \(answer)")
    }
    shell.console.print(
      "Excuse rejected" + (answer.isEmpty ? "." : "; agreed instead: \(answer)."))
  }

  static let understood = Command(
    "understood", usage: "[WHO]",
    summary: "Record that the mentee understands their data",
    examples: ["understood zoe"],
    completions: [.mentee],
    access: .meetingMentee,
  ) { shell, arguments throws(ShellError) in
    try shell.markMeeting(arguments, command: "understood") { $0.understood = true }
  }

  static let serious = Command(
    "serious", usage: "[WHO]",
    summary: "Record that the mentee takes their data seriously",
    examples: ["serious zoe"],
    completions: [.mentee],
    access: .meetingMentee,
  ) { shell, arguments throws(ShellError) in
    try shell.markMeeting(arguments, command: "serious") { $0.serious = true }
  }

  static let note = Command(
    "note", usage: "[WHO] TEXT",
    summary: "Add a note to the meeting",
    detail: """
      Outside a meeting WHO comes first, and the note goes where 'praise' puts praise.
      TEXT is up to 2000 characters.
      """,
    examples: ["note zoe 'wants to study medicine'"],
    completions: [.mentee],
    access: .meetingMentee,
  ) { shell, arguments throws(ShellError) in
    let (mentee, words) = try shell.meetingMentee(arguments, usage: "[WHO] TEXT", command: "note")
    let text = try TypedText.checked(
      words.joined(separator: " "), "note", limit: TypedText.longLimit)
    guard !text.isEmpty else { throw .usage(command: "note", usage: "[WHO] TEXT") }
    try shell.record(about: mentee) { meeting throws(ShellError) in
      meeting.notes.append(text)
      return "Noted: \(text)"
    }
    shell.console.print("Noted.")
  }

  static let end = Command(
    "end", usage: "[WHO] [next DATE]",
    summary: "End the meeting and print its action sheet",
    detail: """
      'next DATE' sets the next meeting (YYYY-MM-DD, +N days or +Nw weeks); without it the
      sheet proposes four weeks after this meeting.
      """,
    examples: ["end zoe next +4w"],
    exampleSetup: ["meet zoe"],
    completions: [.mentee],
    access: .meetingMentee,
  ) { shell, arguments throws(ShellError) in
    if shell.meetingWith == nil, arguments.words.isEmpty { throw .notInMeeting }
    var (mentee, words) = try shell.meetingMentee(
      arguments, usage: "[WHO] [next DATE]", command: "end")
    guard var meeting = shell.school.openMeeting(of: mentee.id) else { throw .notInMeeting }
    if let first = words.first, first.lowercased() != "next",
      case .found(let named) = shell.school.find(first), named.id == mentee.id
    {
      words.removeFirst()  // `end zoe` typed in Zoë's own meeting
    }
    if !words.isEmpty {
      guard words.count == 2, words[0].lowercased() == "next" else {
        throw .usage(command: "end", usage: "[WHO] [next DATE]")
      }
      meeting.nextMeeting = try shell.reviewDate(words[1])
    }
    // Shortcoming: `undo` of `end` opens the meeting again in the store, but this session's
    // prompt does not name the mentee again until `meet`; the undo step does not know
    // which session ended it.
    meeting.endedAt = shell.clock.now
    try shell.save(meeting, "Ended meeting \(meeting.id)")
    if shell.meetingWith == mentee.id { shell.meetingWith = nil }
    shell.console.write(try shell.actionSheet(for: meeting).text())
  }
}

extension Shell {
  /// Sets a mark on the mentee's meeting (understood, serious) and says so.
  func markMeeting(
    _ arguments: Arguments, command: String, _ change: (inout Meeting) -> Void
  ) throws(ShellError) {
    let (mentee, words) = try meetingMentee(arguments, usage: "[WHO]", command: command)
    guard try withoutMenteeName(words, command: command).isEmpty else {
      throw .usage(command: command, usage: "[WHO]")
    }
    let what =
      command == "understood"
      ? "\(mentee.displayName) understands the data"
      : "\(mentee.displayName) takes the data seriously"
    try record(about: mentee) { meeting in
      change(&meeting)
      return what.prefix(1).uppercased() + what.dropFirst()
    }
    console.print("Recorded: \(what).")
  }

  /// What a resumed meeting has recorded so far.
  func printRecorded(_ meeting: Meeting) {
    var parts: [String] = []
    if !meeting.praise.isEmpty { parts.append(counted(meeting.praise.count, "praise", "praise")) }
    if !meeting.excuses.isEmpty { parts.append(counted(meeting.excuses.count, "excuse")) }
    if !meeting.agreed.isEmpty {
      parts.append("agreed " + meeting.agreed.joined(separator: ", "))
    }
    if !meeting.notes.isEmpty { parts.append(counted(meeting.notes.count, "note")) }
    if meeting.understood { parts.append("understands the data") }
    if meeting.serious { parts.append("takes it seriously") }
    guard !parts.isEmpty else { return }
    console.print("Recorded so far: " + parts.joined(separator: "; ") + ".")
  }

  /// The lines that list a mentee's open interventions under a heading, with the chain
  /// each revised one came from and any not-working flag; none when there are none.
  func openInterventionLines(of mentee: Mentee) -> [String] {
    let open = school.interventions(of: mentee.id).filter(\.state.isOpen)
    guard !open.isEmpty else { return [] }
    var lines = ["Interventions:"]
    for intervention in open {
      var line = "  " + ActionSheet.describe(intervention)
      let chain = school.revisionChain(of: intervention.id)
      if chain.count > 1 { line += " (" + chain.map(\.id).joined(separator: " → ") + ")" }
      lines.append(line)
      if let flag = intervention.notWorkingFlag {
        lines.append("    not working: \(flag): change the intervention")
      }
    }
    return lines
  }

  /// What was agreed before this meeting, and what has happened to it since.
  func printFollowUp(of mentee: Mentee, before meeting: Meeting) {
    let earlier = school.interventions(of: mentee.id).filter {
      $0.state.isOpen && !meeting.agreed.contains($0.id)
    }
    guard !earlier.isEmpty else { return }
    console.print()
    console.print("Agreed before, and what has happened since:")
    for intervention in earlier {
      var line = "  \(intervention.id) \(intervention.category.rawValue)"
      if let subject = intervention.subject { line += " (\(subject))" }
      line += ": \(intervention.action) [\(intervention.state.rawValue)]"
      if let flag = intervention.notWorkingFlag { line += " NOT WORKING: \(flag)" }
      console.print(line)
      let checks = (try? store.checks(of: intervention.id)) ?? []
      for check in checks {
        let evidence = check.evidence.isEmpty ? "" : ": \(check.evidence)"
        console.print(
          "      \(check.at.prefix(10)) \(check.state.rawValue) (\(check.by))\(evidence)")
      }
      if checks.isEmpty { console.print("      no check recorded since it was agreed") }
    }
  }
}
