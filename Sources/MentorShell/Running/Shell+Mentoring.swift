import MentorExchange
import MentorModel
import MentorStore

/// What the mentoring commands share: whose meeting, recording who did what and when.
extension Shell {
  /// The mentee a meeting command is about, and the words after it.
  ///
  /// In a meeting opened with `meet`, the mentee is the one being met and every word is
  /// the command's own; outside one, the first word names the mentee (`praise zoe`).
  func meetingMentee(_ arguments: Arguments, usage: String, command: String)
    throws(ShellError) -> (Mentee, [String])
  {
    if let id = meetingWith, let mentee = school.mentees[id] {
      return (mentee, arguments.words)
    }
    guard let who = arguments.word(0) else { throw .usage(command: command, usage: usage) }
    return (try menteeToChange(who), Array(arguments.words.dropFirst()))
  }

  /// The mentee's open meeting, or a new one for their latest month, stored at once.
  func currentMeeting(of mentee: Mentee) throws(ShellError) -> Meeting {
    if let open = school.openMeeting(of: mentee.id) { return open }
    guard let month = school.latestMonth(of: mentee.id) else { throw .noMonthLoaded }
    let meeting = Meeting(
      id: try newID("M"), menteeID: mentee.id, month: month, mentor: userName,
      openedAt: clock.now)
    try save(meeting, "Opened meeting \(meeting.id) on \(month)")
    console.print("Opened meeting \(meeting.id) with \(mentee.displayName) on \(month).")
    return meeting
  }

  /// A new id for a record, never given before in this database (`I`, `M` or `E`).
  ///
  /// Records are added to the school only with ids given here or by reading the school
  /// again, which forgets the numbers kept, so the highest number kept is never below the
  /// highest in the school.
  func newID(_ prefix: String) throws(ShellError) -> String {
    let highest = highestIDNumbers[prefix] ?? School.number(school.nextID(prefix)) - 1
    let id = try storing { try store.newID(prefix, atLeast: highest + 1) }
    highestIDNumbers[prefix] = max(highest, School.number(id))
    variables.recordCreated(id)
    return id
  }

  /// A history line about a mentee, by the person at the keyboard, now.
  func event(_ menteeID: String, _ text: String) -> HistoryEvent {
    HistoryEvent(menteeID: menteeID, at: clock.now, by: userName, text: text)
  }

  /// Stores a meeting with a history line, then keeps it in the school.
  func save(_ meeting: Meeting, _ what: String) throws(ShellError) {
    try keep(
      meeting, at: \.meetings, kind: "meeting", about: meeting.menteeID, what,
      state: { _ in nil }, write: { [store] in try store.save($0, event: $1) },
      delete: { [store] in try store.deleteMeeting($0) })
  }

  /// Stores an intervention with a history line, then keeps it in the school.
  func save(_ intervention: Intervention, _ what: String) throws(ShellError) {
    try keep(
      intervention, at: \.interventions, kind: "intervention", about: intervention.menteeID, what,
      state: { $0.state.rawValue }, write: { [store] in try store.save($0, event: $1) },
      delete: { [store] in try store.deleteIntervention($0) })
  }

  /// Stores an escalation with a history line, then keeps it in the school.
  func save(_ escalation: Escalation, _ what: String) throws(ShellError) {
    try keep(
      escalation, at: \.escalations, kind: "escalation", about: escalation.menteeID, what,
      state: { $0.state.rawValue }, write: { [store] in try store.save($0, event: $1) },
      delete: { [store] in try store.deleteEscalation($0) })
  }

  // Shortcoming: the audit row of a meeting holds the change in words alone, and that of
  // an intervention or escalation its state before and after but its other fields
  // (action, subject, staff, review, reason) in words alone.
  /// Writes a record with a history line, puts it in the school, and notes how to take
  /// it back: the earlier version written again, or a new record deleted. `kind` is the
  /// audit's word for the record (`intervention`); `state` gives a record's state for the
  /// audit's before and after, nil for a record without one.
  private func keep<Record: Identifiable & Equatable>(
    _ record: Record, at table: WritableKeyPath<School, [String: Record]>, kind: String,
    about menteeID: String, _ what: String, state: (Record) -> String?,
    write: @escaping (Record, HistoryEvent?) throws -> Void,
    delete: @escaping (String) throws -> Void
  ) throws(ShellError) where Record.ID == String {
    try refuseErased(menteeID, record: record.id)
    let previous = school[keyPath: table][record.id]
    let (before, after) = (previous.flatMap(state), state(record))
    // Made optional once, as the store takes it, so that passing it copies nothing.
    let line: HistoryEvent? = HistoryEvent(
      menteeID: menteeID, at: clock.now, by: userName, text: what, kind: kind, before: before,
      after: after)
    try storing { try write(record, line) }
    school[keyPath: table][record.id] = record
    remember(what, about: menteeID, before: before, after: after) {
      shell throws(ShellError) in
      guard shell.school[keyPath: table][record.id] == record else {
        try shell.refuseUndoOfErased(menteeID, record: record.id)
        throw .changedSince(record.id)
      }
      if let previous {
        try shell.storing { try write(previous, nil) }
      } else {
        try shell.storing { try delete(record.id) }
      }
      shell.school[keyPath: table][record.id] = previous
    }
  }

  /// Refuses to undo a change to `record` when its mentee, `menteeID`, was erased since
  /// (in another session): their id is gone from the school.
  func refuseUndoOfErased(_ menteeID: String, record: String) throws(ShellError) {
    guard school.mentees[menteeID]?.isErased ?? true else { return }
    throw .undoAfterErasureElsewhere(record)
  }

  /// Stores a check of an intervention with a history line, then keeps it in the school.
  ///
  /// `previous` is the intervention as the school holds it, found with
  /// `interventionToChange`, which refused it if its mentee's data was erased, and checked
  /// to `state` with `Intervention.checked`; `what` is the check in words, as
  /// `Command.checkWords` makes them.
  func saveCheck(
    _ previous: Intervention, state: InterventionState, evidence: String, what: String
  ) throws(ShellError) {
    let intervention = previous.afterCheck(state)
    let (by, at) = (userName, clock.now)
    let (before, after) = (previous.state.rawValue, state.rawValue)
    // Made as the optional the store takes, before the call: about 60 instructions less a
    // check than made in the call (the line is still copied once on the way).
    let line: HistoryEvent? = HistoryEvent(
      menteeID: intervention.menteeID, at: at, by: by, text: what, kind: "check",
      before: before, after: after)
    let row = try storing {
      try store.saveCheck(
        intervention, state: state, evidence: evidence, by: by, at: at, event: line,
        stored: previous)
    }
    school.interventions[intervention.id] = intervention
    remember(.check(CheckChange(previous: previous, row: row, evidence: evidence, state: state)))
  }

  /// The action sheet of a meeting: its data, what was agreed and what is still open.
  func actionSheet(for meeting: Meeting) throws(ShellError) -> ActionSheet {
    guard let feedback = school.feedback(for: meeting.menteeID, month: meeting.month) else {
      throw .noMonthLoaded
    }
    let all = school.interventions(of: meeting.menteeID)
    let agreed = all.filter { meeting.agreed.contains($0.id) }
    let open = all.filter { $0.state.isOpen && !meeting.agreed.contains($0.id) }
    return ActionSheet(
      feedback: feedback, meeting: meeting, agreed: agreed, open: open,
      nextMeeting: meeting.nextMeeting
        ?? Clock.date(String(meeting.openedAt.prefix(10)), plusDays: 28))
  }

  /// The intervention with an id, for a command that records something about it: an error
  /// naming it when there is none, or when its mentee's personal data was erased.
  func interventionToChange(_ id: String) throws(ShellError) -> Intervention {
    // Ids are stored in capitals, as typed in scripts: upper-casing every one cost more
    // than looking it up twice when it is not.
    guard let found = school.interventions[id] ?? school.interventions[id.uppercased()] else {
      throw .unknownIntervention(id)
    }
    try refuseErased(found.menteeID, record: id)
    return found
  }

  /// The subject meant by a word among those loaded: its whole name or the start of only
  /// one name (`combined` for Combined Science), ignoring case.
  func subject(_ word: String) throws(ShellError) -> String {
    let key = word.trimmingSpaces.lowercased()
    let names = school.subjects.keys
    if let name = names.first(where: { $0.lowercased() == key }) { return name }

    let starting = names.filter { !key.isEmpty && $0.lowercased().hasPrefix(key) }.sorted()
    guard starting.count == 1 else {
      if starting.isEmpty { throw .model(.unknownSubject(word)) }
      throw .ambiguousSubject(word, candidates: starting)
    }
    return starting[0]
  }

  /// The member of staff meant by a name: whole, or one word of it (`Okafor`).
  func staffMember(_ name: String) throws(ShellError) -> StaffMember {
    guard !school.staff.isEmpty else { throw .noStaffLoaded }
    let matches = school.staff.values.filter { School.mentor($0.name, matches: name) }
    guard matches.count == 1 else {
      if matches.isEmpty { throw .staffNotFound(name) }
      throw .ambiguousStaff(name, candidates: matches.map(\.name).sorted())
    }
    return matches[0]
  }

  /// The furthest ahead a review may be, in days: an intervention is reviewed within the
  /// school year, and a date further off is a slip (`+999w`, `2072-01-15`).
  static let furthestReview = 366

  /// A review date: a real date (`2027-01-15`) not before today, or a number of days or
  /// weeks from today (`+14`, `+2w`); either at most a year ahead.
  func reviewDate(_ text: String) throws(ShellError) -> String {
    let latest = Clock.date(clock.today, plusDays: Self.furthestReview)
    if text.hasPrefix("+") {
      let weeks = text.lowercased().hasSuffix("w")
      let digits = text.dropFirst().dropLast(weeks ? 1 : 0)
      guard let count = Int(digits), count >= 0, count <= 3650 else {
        throw .model(.notADate(text))
      }
      let date = Clock.date(clock.today, plusDays: weeks ? count * 7 : count)
      guard date <= latest else { throw .reviewTooFar(text, latest: latest) }
      return date
    }
    guard Clock.isDate(text) else { throw .model(.notADate(text)) }
    guard text >= clock.today else { throw .model(.reviewInThePast(text)) }
    guard text <= latest else { throw .reviewTooFar(text, latest: latest) }
    return text
  }
}
