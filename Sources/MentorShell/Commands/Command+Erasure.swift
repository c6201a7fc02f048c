import MentorModel

/// Retention and erasure: `leave mentee`, `erase mentee` and `purge`.
extension Command {
  static let leaveMentee = Command(
    "leave mentee", usage: "WHO [DATE] [--cancel]",
    summary: "Record the day a mentee left the school, which 'purge' erases by",
    detail: """
      WHO is the mentee's id or full name, not the start of a name, since 'purge' erases
      by the day recorded. DATE is the day they left (YYYY-MM-DD), today if not given; it
      cannot be after today, before 2000, nor before the latest month with results for
      them. The mentee stays in lists and reports until their personal data is erased, by
      'erase mentee' or by 'purge --before DATE' for all who left before a day. Loading a
      data sheet does not record leaving: a mentee missing from one month's sheet may be
      absent rather than gone. '--cancel' takes back a day recorded in error, so that
      'purge' leaves the mentee alone; 'undo' takes back the last one of this session.
      """,
    examples: [
      "leave mentee 'Zoë Brontë' 2026-11-30", "leave mentee 'Zoë Brontë'",
      "leave mentee 'Zoë Brontë' --cancel",
    ],
    exampleSetup: ["leave mentee 'Zoë Brontë' 2026-11-20"],
    options: [.flag("cancel", "take back the day recorded: the mentee has not left")],
    completions: [.mentee],
    access: .progressLeader,
  ) { shell, arguments throws(ShellError) in
    guard !arguments.words.isEmpty else {
      throw .usage(command: "leave mentee", usage: "WHO [DATE] [--cancel]")
    }
    var words = arguments.words
    var day: String? = shell.clock.today
    if words.count > 1, let last = words.last, last.first?.isNumber == true {
      guard Clock.isDate(last) else { throw .model(.notADate(last)) }
      guard last <= shell.clock.today else {
        throw .leavingToCome(last, today: shell.clock.today)
      }
      guard last >= "2000-01-01" else { throw .leavingTooEarly(last) }
      guard !arguments.flag("cancel") else { throw .optionsClash("--cancel", "DATE") }
      day = last
      words.removeLast()
    }
    if arguments.flag("cancel") { day = nil }
    // A date, or an id followed by more words, is not part of a name: extra words.
    if words.contains(where: Clock.isDate)
      || (words.count > 1 && shell.school.mentees[words[0]] != nil)
    {
      throw .usage(command: "leave mentee", usage: "WHO [DATE] [--cancel]")
    }
    let mentee = try shell.menteeToLeave(words.joined(separator: " "))
    if let day { try shell.checkLeaving(on: day, of: mentee) }
    let previous = try shell.storing { try shell.store.leftOn(mentee.id) }
    guard day != nil || previous != nil else {
      shell.console.print(
        "Nothing to take back: \(mentee.displayName) is not recorded as leaving.")
      return
    }
    let what = day.map { "Left the school on \($0)" } ?? "Has not left the school"
    try shell.storing {
      try shell.store.recordLeaving([mentee.id], on: day) { id in
        var line = shell.event(id, what)
        line.kind = "leave"
        line.before = previous
        line.after = day
        return line
      }
    }
    shell.remember(
      "\(mentee.displayName): \(what.lowercased())", about: mentee.id, before: previous,
      after: day
    ) { shell throws(ShellError) in
      try shell.storing { try shell.store.recordLeaving([mentee.id], on: previous) { _ in nil } }
    }
    let recorded = shell.stored("Recorded", "Would record")
    shell.console.print(
      day.map { "\(recorded) \(mentee.displayName) as leaving on \($0)." }
        ?? "\(recorded) that \(mentee.displayName) has not left.")
  }

  static let eraseMentee = Command(
    "erase mentee", usage: "WHO [--dry-run] [--yes]",
    summary: "Remove a mentee's personal data for good, keeping anonymous counts for reports",
    detail: """
      Removes their id, name, parents and carers, and the words of their interventions,
      checks, praise, excuses, notes, escalations and audit rows. What the school keeps
      for its reports stays under an anonymous key such as 'erased-1': their year, form and
      mentor, their results and attendance, and each record's kind, state, subject and
      dates, so that cohort, mentor and intervention reports count as before. The file is
      then rebuilt so that no copy of what was removed is left in it. Lines typed at the
      prompt, messages in the outbox and files written with --out are outside the
      database: remove those by hand. A meeting with the mentee must be ended first.

      WHO is the mentee's id or full name: not the start of a name, which may fit another
      child. At the prompt it asks first: type the mentee's id or 'yes'. A script must say
      '--yes'. '--dry-run' says what would be erased and erases nothing. 'undo' cannot
      take an erasure back.
      """,
    examples: ["erase mentee 'Zoë Brontë' --dry-run", "erase mentee X797211371138 --yes"],
    options: [
      .flag("dry-run", "say what would be erased, and erase nothing"),
      .flag("yes", "erase without asking (needed in scripts)"),
    ],
    completions: [.mentee],
    access: .progressLeader,
  ) { shell, arguments throws(ShellError) in
    guard !arguments.words.isEmpty else {
      throw .usage(command: "erase mentee", usage: "WHO [--dry-run] [--yes]")
    }
    let mentee = try shell.menteeToErase(arguments.rest(from: 0))
    if arguments.flag("dry-run") || shell.transaction.mode == .dryRun {
      shell.console.print(try shell.erasureSummary(of: mentee))
      return
    }
    try shell.refuseOpenMeetings([mentee])
    try shell.confirmErasure(
      "erase mentee", of: "the personal data of \(mentee.displayName) (\(mentee.id))",
      refused: "the personal data of \(shell.mentioned(mentee))", answers: [mentee.id],
      arguments)
    try shell.erase([mentee])
  }

  static let purge = Command(
    "purge", usage: "--before DATE [--dry-run] [--yes]",
    summary: "Erase the personal data of every mentee who left before a day",
    detail: """
      Erases, as 'erase mentee' does, each mentee recorded by 'leave mentee' as leaving
      before DATE (YYYY-MM-DD), all in one go or none. At the prompt it lists them and
      asks first: type 'yes'. A script must say '--yes'. '--dry-run' lists who would be
      erased. DATE cannot be after today.
      """,
    examples: ["purge --before 2026-12-01 --dry-run", "purge --before 2026-12-01 --yes"],
    exampleSetup: ["leave mentee 'Zoë Brontë' 2026-11-20"],
    options: [
      .value("before", "DATE", "erase those who left before this day"),
      .flag("dry-run", "list who would be erased, and erase nothing"),
      .flag("yes", "erase without asking (needed in scripts)"),
    ],
    access: .progressLeader,
  ) { shell, arguments throws(ShellError) in
    guard arguments.words.isEmpty, let day = arguments.option("before") else {
      throw .usage(command: "purge", usage: "--before DATE [--dry-run] [--yes]")
    }
    guard Clock.isDate(day) else { throw .model(.notADate(day)) }
    guard day <= shell.clock.today else {
      throw .purgeBeforeToCome(day, today: shell.clock.today)
    }
    let ids = try shell.storing { try shell.store.menteesLeft(before: day) }
    let mentees = ids.compactMap { shell.school.mentees[$0] }
    guard !mentees.isEmpty else {
      shell.console.print("No mentee who left before \(day) is left to erase.")
      return
    }
    if arguments.flag("dry-run") || shell.transaction.mode == .dryRun {
      shell.console.print(
        "Would erase the personal data of \(counted(mentees.count, "mentee")) who left"
          + " before \(day):")
      for mentee in mentees {
        let open = shell.school.openMeeting(of: mentee.id) != nil
        shell.console.print(
          "  \(mentee.displayName) (\(mentee.id))"
            + (open ? ": their meeting is open; 'end' it before erasing" : ""))
      }
      return
    }
    try shell.refuseOpenMeetings(mentees)
    if !arguments.flag("yes") {
      // Named before asking, so that nobody confirms an erasure of children unseen.
      shell.console.print(
        "The personal data of \(counted(mentees.count, "mentee")) who left before \(day):")
      for mentee in mentees { shell.console.print("  \(mentee.displayName) (\(mentee.id))") }
    }
    try shell.confirmErasure(
      "purge",
      of: "the personal data of \(counted(mentees.count, "mentee")) who left before \(day)",
      answers: [], arguments)
    try shell.erase(mentees)
  }
}
