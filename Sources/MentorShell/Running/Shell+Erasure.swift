import MentorModel
import MentorStore

/// Erasing mentees' personal data: the confirmation asked first, and the erasure.
extension Shell {
  /// What `blockUndo` is given for an erasure, so that `undo` says why it stops there.
  static let erasureStep = "an erasure of personal data"

  /// Goes on only when the erasure is confirmed: by `--yes`, or at the prompt by typing
  /// one of `answers` or `yes`. A script, or a session with nobody at the keyboard,
  /// must give `--yes`.
  ///
  /// - Parameters:
  ///   - command: the command's name, for the message that asks for `--yes`.
  ///   - what: what is erased, as `the personal data of Zoë Brontë (1234)`, for the prompt.
  ///   - refused: the same without names, as `the personal data of 1234`, for the error
  ///     when it is not confirmed: standard error may be kept in a log.
  func confirmErasure(
    _ command: String, of what: String, refused: String? = nil, answers: [String],
    _ arguments: Arguments
  ) throws(ShellError) {
    if arguments.flag("yes") { return }
    guard frames.isEmpty, let read = readFromKeyboard else {
      throw .erasureNeedsYes(command)
    }
    let typed = answers.first.map { "'\($0)' or " } ?? ""
    console.write("Erase \(what) for good? Type \(typed)'yes' to go on: ")
    guard let line = read() else {
      // Ctrl-D answers no; the terminal echoes no line break for it.
      console.print()
      throw .erasureNotConfirmed(what)
    }
    let answer = line.trimmingSpaces
    guard answer.lowercased() == "yes" || answers.contains(answer) else {
      throw .erasureNotConfirmed(refused ?? what)
    }
  }

  /// The mentee meant by `who`, for a command that records something new about them:
  /// refused if their personal data was erased, since nobody is left to record it about.
  func menteeToChange(_ who: String) throws(ShellError) -> Mentee {
    let mentee = try mentee(who)
    guard !mentee.isErased else { throw .alreadyErased(who) }
    return mentee
  }

  /// The mentee `erase mentee` is to erase: named by their id or whole name, since the
  /// start of a name may fit a child other than the one meant, and erasure is for good.
  ///
  /// - Throws: `.eraseNeedsWholeName` naming only what was typed, when `who` is not one
  ///   mentee's id or whole name; `.noMenteeWithID` when `who` looks like an id nobody
  ///   has; `.alreadyErased` for one erased already.
  func menteeToErase(_ who: String) throws(ShellError) -> Mentee {
    guard case .found(let mentee) = school.findWhole(who) else {
      // One word with a digit in it is an id, not a name: say that nobody has it.
      if !who.contains(" "), who.contains(where: \.isNumber) { throw .noMenteeWithID(who) }
      throw .eraseNeedsWholeName(who)
    }
    guard !mentee.isErased else { throw .alreadyErased(who) }
    return mentee
  }

  /// The mentee `leave mentee` is to record, named by their id or whole name: `purge`
  /// later erases by the day recorded, so the start of a name, which may fit another
  /// child, is not enough.
  ///
  /// - Throws: `.leaveNeedsWholeName` when `who` is not one mentee's id or whole name;
  ///   `.alreadyErased` for one erased already.
  func menteeToLeave(_ who: String) throws(ShellError) -> Mentee {
    guard case .found(let mentee) = school.findWhole(who) else {
      throw .leaveNeedsWholeName(who)
    }
    guard !mentee.isErased else { throw .alreadyErased(who) }
    return mentee
  }

  /// Refuses a day of leaving before the latest month with results for the mentee, who
  /// was still at school then.
  func checkLeaving(on day: String, of mentee: Mentee) throws(ShellError) {
    // A month loaded under a period's name (not YYYY-MM) says nothing about the day.
    if let month = school.latestMonth(of: mentee.id), Clock.isDate(month + "-01"),
      day < month + "-01"
    {
      throw .leavingBeforeResults(day, month: month)
    }
  }

  /// Refuses a change to a record (`I1`, `E2`, a meeting) whose mentee's personal data
  /// was erased: what is kept of it stays as it was when they were erased.
  func refuseErased(_ menteeID: String, record: String) throws(ShellError) {
    guard school.mentees[menteeID]?.isErased == true else { return }
    throw .recordOfErased(record)
  }

  /// Refuses to erase anyone when one of `mentees` has a meeting open: checked before
  /// asking for confirmation, so that nobody confirms what cannot be done.
  ///
  /// - Throws: `.erasureInMeeting`, which says nothing was erased.
  func refuseOpenMeetings(_ mentees: [Mentee]) throws(ShellError) {
    if let open = mentees.first(where: { school.openMeeting(of: $0.id) != nil }) {
      throw .erasureInMeeting(mentioned(open))
    }
  }

  /// What erasing a mentee removes and what it keeps, for `--dry-run`.
  func erasureSummary(of mentee: Mentee) throws(ShellError) -> String {
    let events = try storing { try store.history(of: mentee.id) }.count
    let results = school.results(of: mentee.id).values.reduce(0) { $0 + $1.count }
    let carers = school.carers[mentee.id]?.count ?? 0
    let interventions = school.interventions(of: mentee.id).count
    let meetings = school.meetings.values.filter { $0.menteeID == mentee.id }.count
    let escalations = school.escalations.values.filter { $0.menteeID == mentee.id }.count
    let openRecords =
      school.interventions(of: mentee.id).filter(\.state.isOpen).count
      + school.escalations.values.filter { $0.menteeID == mentee.id && $0.isOpen }.count
    let open = counted(
      openRecords, "open intervention or escalation", "open interventions and escalations")
    return "Would erase \(mentee.displayName) (\(mentee.id)): their name and id,"
      + " \(counted(carers, "parent or carer", "parents or carers")), and the words of"
      + " \(counted(interventions, "intervention")), \(counted(meetings, "meeting")),"
      + " \(counted(escalations, "escalation")) and \(counted(events, "audit row"));"
      + " \(counted(results, "result")) and their year, form and mentor would be kept"
      + " under an anonymous key."
      + (openRecords == 0 ? "" : " Their \(open) would be closed.")
      + (school.openMeeting(of: mentee.id) == nil
        ? "" : " Their meeting is open: 'end' it before erasing.")
  }

  // Shortcoming: erasure reaches the database only. Lines typed at the prompt stay in the
  // history file, messages in the outbox, and files written with --out where they are;
  // the school must remove those by hand, and the README says so.
  /// Erases mentees' personal data, reads the school again, and clears what was removed
  /// from the file; `undo` stops here from now on.
  ///
  /// - Throws: `.erasureInMeeting` when a meeting with one of them is open, before any
  ///   is erased.
  func erase(_ mentees: [Mentee]) throws(ShellError) {
    try refuseOpenMeetings(mentees)
    let keys: [String]
    do {
      keys = try storing { try store.erase(mentees.map(\.id), at: clock.now, by: userName) }
    } catch .store(.erasureInMeeting(let id)) {
      // Another session opened the meeting while the question waited for an answer.
      try reloadSchool()
      throw .erasureInMeeting(mentees.first { $0.id == id }?.displayName ?? id)
    } catch .store(.notInDatabase(let id)) {
      try reloadSchool()
      throw .noMenteeWithID(id)
    }
    try reloadSchool()
    blockUndo(Self.erasureStep)
    try outsideTheDatabase("clearing what was erased from the file") {
      shell throws(ShellError) in
      do throws(DatabaseError) {
        try shell.store.scrub()
      } catch {
        shell.warn(ShellError.erasedButNotCleared(error).message)
      }
    }
    for (mentee, key) in zip(mentees, keys) {
      console.print(
        "\(stored("Erased", "Would erase")) the personal data of \(mentee.displayName)"
          + " (\(mentee.id)); their results and records are kept as '\(key)'.")
    }
  }
}
