import MentorModel

/// `target`: setting target grades in bulk, and `setting`: the school's choices.
extension Command {
  static let target = Command(
    "target",
    usage: "SUBJECT|all GRADE|earliest [plus N] [where CONDITION...] [--replace] [--month MONTH]",
    summary: "Set target grades in bulk, to a grade or to each mentee's earliest grade plus N",
    detail: """
      Many data sheets come without targets. 'target Maths 6' sets 6 for every mentee
      taking Maths; 'target all earliest plus 2' sets, for each mentee and subject, the
      earliest grade loaded plus 2 steps, capped at the top of the scale. Targets already
      set are kept unless --replace is given, and every month loaded gets the target unless
      --month names one. Conditions (year, form, mentor) limit whom.
      """,
    examples: [
      "target Maths 6 where year 11", "target all earliest plus 2",
      "target 'English Language' earliest plus 1 --replace",
    ],
    options: [
      .flag("replace", "change targets that are already set"),
      .value("month", "MONTH", "set targets for this month only (default: every month)"),
    ],
    completions: [.subject, .words(["earliest", "plus"])],
    access: .progressLeader,
  ) { shell, arguments throws(ShellError) in
    let usage = ShellError.usage(
      command: "target", usage: "SUBJECT|all GRADE|earliest [plus N] [where ...]")
    guard arguments.words.count >= 2, let subjectWord = arguments.word(0),
      let ruleWord = arguments.word(1)
    else { throw usage }
    var rest = Array(arguments.words.dropFirst(2))
    let rule: TargetRule
    if ruleWord.lowercased() == "earliest" {
      var steps = 0.0
      if rest.first?.lowercased() == "plus" {
        guard rest.count >= 2 else { throw usage }
        guard let parsed = GradeScale.parseSteps(rest[1]), parsed >= 0 else {
          throw .model(.badSteps(rest[1]))
        }
        steps = parsed
        rest.removeFirst(2)
      }
      rule = .earliestPlus(steps)
    } else {
      rule = .grade(ruleWord)
    }
    let filter = try FilterWords.parse(rest, in: shell.school)
    // Only who the mentee is limits whom; a condition on grades would be ignored.
    if !filter.subjects.isEmpty { throw .conditionNotForTarget("subject") }
    if filter.status != nil { throw .conditionNotForTarget("status") }
    if filter.belowAtLeast != nil { throw .conditionNotForTarget("below-in") }
    if filter.attendanceFlagged { throw .conditionNotForTarget("attendance") }
    let subject = subjectWord.lowercased() == "all" ? nil : subjectWord
    var changes: [MonthlyResult]
    do throws(ModelError) {
      changes = try shell.school.targetChanges(
        subject: subject, rule: rule, replacing: arguments.flag("replace"), filter: filter)
    } catch {
      throw .model(error)
    }
    if let text = arguments.option("month") {
      let month = try shell.month(text)
      changes = changes.filter { $0.month == month }
    }
    let changed = Set(changes.map(\.menteeID)).count
    try shell.audited(
      "targets",
      "Set \(counted(changes.count, "target")) for \(counted(changed, "mentee")):"
        + " \(arguments.words.joined(separator: " "))"
    ) {
      try shell.store.saveResults(changes)
    }
    changes.forEach { shell.school.put($0) }
    shell.blockUndo("the targets set")
    let mentees = Set(changes.map(\.menteeID)).count
    var message = "Set \(counted(changes.count, "target")) for \(counted(mentees, "mentee"))."
    if changes.isEmpty && !arguments.flag("replace") {
      message += " Targets already set are kept; --replace changes them."
    }
    shell.console.print(message)
  }

  static let setting = Command(
    "setting", usage: "[NAME [VALUE]] [--session]",
    summary: "Show the school's settings, or change one",
    detail: """
      current-grade        predicted (predicted where given, else working-at) or working-at
      below-from           steps under target from which a subject is below (default 1/3)
      well-below-from      steps under target from which it is well below (default 2)
      above-from           steps over target from which it is above (default 1/3)
      attendance-concern   attendance in % under which it is a concern (default 95)
      persistent-absence   attendance in % under which it is persistent absence (default 90)
      A setting is the school's, kept in the database for everyone. With --session it
      holds for this session only and the database is not written: the init file
      (~/.config/mentor/init.mentor) sets its settings so, for one person's sessions.
      'setting' marks a session's setting with the school's value beside it.
      """,
    examples: [
      "setting", "setting well-below-from 2", "setting current-grade working-at",
      "setting well-below-from 1 --session",
    ],
    options: [.flag("session", "for this session only; the database is not written")],
    completions: [.setting],
    access: .schoolSetting,
  ) { shell, arguments throws(ShellError) in
    try shell.setting(arguments)
  }

}
