import MentorModel

/// Where praise, excuses, notes and marks go: the meeting in hand, or, outside a meeting,
/// one that is already there or a one-off meeting that is ended at once.
extension Shell {
  /// Records something about a mentee in a meeting, stores it, and says which meeting
  /// when it is not the one this session is holding.
  ///
  /// In this session's meeting with the mentee, the record goes there. Outside it, the
  /// record joins the mentee's open meeting (left open by `meet`), else a meeting with them
  /// that this user ended today, else a new one-off meeting that is opened and ended at
  /// once: so that `meet` later opens a fresh meeting, and a loop that praises every
  /// mentee leaves none open. Nothing is stored when `change` throws.
  ///
  /// - Parameter change: makes the record and returns the history line for it.
  func record(
    about mentee: Mentee, _ change: (inout Meeting) throws(ShellError) -> String
  ) throws(ShellError) {
    if meetingWith == mentee.id, var meeting = school.openMeeting(of: mentee.id) {
      let what = try change(&meeting)
      try save(meeting, what)
      return
    }
    if var meeting = school.openMeeting(of: mentee.id) ?? endedToday(with: mentee) {
      let what = try change(&meeting)
      try save(meeting, what)
      let since =
        meeting.isOpen ? "open since \(meeting.openedAt.prefix(10))" : "ended today"
      console.print("Added to meeting \(meeting.id) with \(mentee.displayName), \(since).")
      return
    }

    guard let month = school.latestMonth(of: mentee.id) else { throw .noMonthLoaded }
    var draft = Meeting(
      id: "", menteeID: mentee.id, month: month, mentor: userName, openedAt: clock.now)
    let what = try change(&draft)
    var meeting = Meeting(
      id: try newID("M"), menteeID: mentee.id, month: month, mentor: userName,
      openedAt: clock.now)
    meeting.praise = draft.praise
    meeting.excuses = draft.excuses
    meeting.understood = draft.understood
    meeting.serious = draft.serious
    meeting.notes = draft.notes
    meeting.endedAt = clock.now
    try save(meeting, "Recorded in one-off meeting \(meeting.id) on \(month): " + what)
    console.print(
      "Recorded in one-off meeting \(meeting.id) with \(mentee.displayName) on \(month),"
        + " ended at once.")
  }

  /// The mentee's latest meeting that this user ended today, on their latest month.
  private func endedToday(with mentee: Mentee) -> Meeting? {
    let month = school.latestMonth(of: mentee.id)
    return school.meetings.values.filter {
      $0.menteeID == mentee.id && $0.mentor == userName && $0.month == month
        && $0.endedAt?.hasPrefix(clock.today) == true
    }.max { School.number($0.id) < School.number($1.id) }
  }

  // Shortcoming: `note` and `excuse` in a meeting do not look for another mentee's name:
  // their text may rightly begin with a name (`note Aoife helped him`), so `note aoife ...`
  // in someone else's meeting is kept as that meeting's note.
  /// The words of a meeting command typed in a meeting, without a first word that is the
  /// name of the mentee met (`agree zoe student ...` in Zoë's meeting).
  ///
  /// A first word that is the whole forename, surname or id of another mentee is an
  /// error: the record would go to the wrong mentee. Words for which `isOwn` holds (a
  /// category, `for`) are the command's own and are kept.
  func withoutMenteeName(
    _ words: [String], command: String, isOwn: (String) -> Bool = { _ in false }
  ) throws(ShellError) -> [String] {
    guard let id = meetingWith, let met = school.mentees[id], let first = words.first,
      !isOwn(first), case .found(let named) = school.find(first),
      Self.isWholeName(first, of: named)
    else { return words }
    guard named.id == met.id else {
      throw .meetingWithOther(
        command: command, open: mentioned(met), named: mentioned(named), typed: first)
    }
    return Array(words.dropFirst())
  }

  /// Whether a word is a mentee's whole id, forename, surname or name, ignoring case and
  /// accents, not only the start of one.
  private static func isWholeName(_ word: String, of mentee: Mentee) -> Bool {
    let key = School.fold(word)
    return [mentee.id, mentee.forename, mentee.surname, mentee.displayName]
      .contains { School.fold($0) == key }
  }
}
