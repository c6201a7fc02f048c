import MentorExchange
import MentorModel

/// The reports: whether Assertive Mentoring is working, for the Progress Leader.
extension Command {
  /// `--format` for a report, which may also be HTML.
  static let reportFormat = Option.value(
    "format", "table|csv|json|html",
    "table (charts on a terminal), csv, json, or html with charts")
  /// `--out FILE` for a report.
  static let reportOut = Option.value("out", "FILE", "write it to a file only its owner can read")

  static let reportCohort = Command(
    "report cohort", usage: "[by year|form|subject|mentor] [--format FORMAT] [--out FILE]",
    summary: "The share of mentees on or above target each month, and its change",
    detail: """
      A mentee is on or above target in a month when every subject that has a target and
      a current grade that month is on target or above; subjects without either are left
      out, and so is a mentee with none. The share of subject results on or above target
      is given beside it. Change is in percentage points since the group's previous month
      loaded. Each month counts what was known then: a subject with no result that month
      counts its latest earlier one, so a data sheet for part of the school compares like
      with like; With results counts the mentees with results recorded that month, and a
      note names each partial month. Year, form and mentor are the mentee's now; by
      subject, each mentee counts once in each subject. On a terminal a sparkline shows
      each group's trend.
      """,
    examples: [
      "report cohort", "report cohort by year", "report cohort by form --format csv",
      "report cohort by subject --format html --out /tmp/mentor-cohort.html",
    ],
    options: [reportFormat, reportOut],
    completions: [
      .words(["by"]),
      .words(
        CohortGrouping.allCases.map(\.rawValue).filter {
          $0 != "school"
        }),
    ],
    access: .staff,
  ) { shell, arguments throws(ShellError) in
    let grouping = try Self.grouping(
      arguments.words, choices: CohortGrouping.allCases.filter { $0 != .school },
      otherwise: CohortGrouping.school)
    guard shell.school.latestMonth != nil else { throw .noMonthLoaded }
    try shell.printReport(Report.cohort(shell.school, by: grouping), arguments)
  }

  static let reportInterventions = Command(
    "report interventions",
    usage: "[counts|list|improvement] [--from DAY] [--to DAY] [--format F] [--out F]",
    summary: "Interventions by category and state, who has which, and what followed them",
    detail: """
      Counts by category and state; each intervention with its mentee, category, subject,
      the member of staff who carries it out (the one named, else the mentor), its state
      and the change after it; and for each category, how many had a month loaded after
      the one they were agreed on, how many improved and by how much on average. The
      change compares the current grade of the intervention's subject (or the mean of
      every subject, when it has none) in the next month loaded with the month it was
      agreed on, in steps of the subject's scale. --from and --to choose interventions by
      the day they were agreed, both days included. CSV holds one part: name it; with no
      format given and no terminal, the whole prints as plain tables.
      """,
    examples: [
      "report interventions", "report interventions improvement",
      "report interventions list --from 2026-09-01 --to 2026-12-31 --format csv",
    ],
    exampleSetup: ["agree zoe student 'catch-up session' for Maths"],
    options: [
      .value("from", "DAY", "only those agreed on or after this day (YYYY-MM-DD)"),
      .value("to", "DAY", "only those agreed on or before this day"), reportFormat, reportOut,
    ],
    completions: [.words(Report.interventionParts)],
    access: .progressLeader,
  ) { shell, arguments throws(ShellError) in
    var parts = Report.interventionParts
    if let part = arguments.word(0) {
      guard arguments.words.count == 1, let chosen = parts.first(where: { $0 == part.lowercased() })
      else { throw .badReportWord(arguments.words.last ?? part, expected: parts) }
      parts = [chosen]
    }
    let from = try arguments.option("from").map(Self.date)
    let to = try arguments.option("to").map(Self.date)
    if let from, let to, from > to { throw .datesOutOfOrder(from: from, to: to) }
    let report = Report.interventions(
      shell.school, from: from, to: to, today: shell.clock.today, parts: parts)
    try shell.printReport(report, arguments, parts: Report.interventionParts)
  }

  static let reportMentor = Command(
    "report mentor", usage: "[NAME] [--month MONTH] [--format FORMAT] [--out FILE]",
    summary: "Each mentor's caseload, meetings in a month, checks overdue and open escalations",
    detail: """
      One row for each mentor, or for the one named. Meetings are those ended in the month
      (this month by the clock, unless --month names another; the title says which) with
      the mentor's mentees, whoever held them; Met counts the mentees met. Checks overdue
      are open interventions whose review date has passed, and escalations open those not
      yet resolved, both as they stand today. A month still to come is refused: no
      meeting can have ended in it.
      """,
    examples: [
      "report mentor", "report mentor 'Ms Patel'", "report mentor --month 2026-11",
    ],
    options: [
      .value("month", "MONTH", "the calendar month whose meetings count (default: this one)"),
      reportFormat, reportOut,
    ],
    completions: [.staff],
    access: .ownCaseload,
  ) { shell, arguments throws(ShellError) in
    let thisMonth = String(shell.clock.today.prefix(7))
    let month = try arguments.option("month").map(Self.calendarMonth) ?? thisMonth
    guard month <= thisMonth else { throw .monthToCome(month, now: thisMonth) }
    var figures = shell.school.mentorReport(month: month, today: shell.clock.today)
    if let member = shell.standing.member, !shell.standing.actsAsProgressLeader {
      figures = figures.filter { shell.school.staffMember(named: $0.mentor)?.name == member.name }
    }
    if !arguments.words.isEmpty {
      let name = arguments.rest(from: 0)
      figures = figures.filter { School.mentor($0.mentor, matches: name) }
      guard !figures.isEmpty else { throw .noSuchMentor(name) }
    }
    try shell.printReport(Report.mentors(figures, month: month), arguments)
  }

  static let reportPraise = Command(
    "report praise", usage: "[by month|mentor|subject] [--format FORMAT] [--out FILE]",
    summary: "Praise given at meetings, by month, and by mentor or subject",
    detail: """
      Counts each piece of praise recorded, and the mentees praised, by the month the
      meeting was held in. By mentor, the mentee's mentor; by subject, praise of the work
      as a whole is '(general)'.
      """,
    examples: ["report praise", "report praise by mentor", "report praise by subject"],
    exampleSetup: ["praise zoe for Maths 'up a grade'"],
    options: [reportFormat, reportOut],
    completions: [.words(["by"]), .words(PraiseGrouping.allCases.map(\.rawValue))],
    access: .staff,
  ) { shell, arguments throws(ShellError) in
    let grouping = try Self.grouping(
      arguments.words, choices: PraiseGrouping.allCases, otherwise: PraiseGrouping.month)
    let figures = shell.school.praiseReport(by: grouping)
    try shell.printReport(Report.praise(figures, by: grouping), arguments)
  }

  static let reportParents = Command(
    "report parents", usage: "[--format FORMAT] [--out FILE]",
    summary: "Parent interventions, escalations to parents and messages sent to them",
    detail: """
      By the month each was recorded: interventions of the Parent category agreed,
      escalations to parents raised, and escalations whose message went to the parents.
      """,
    examples: ["report parents", "report parents --format json"],
    exampleSetup: ["agree zoe parent 'parents check the homework diary'"],
    options: [reportFormat, reportOut],
    access: .progressLeader,
  ) { shell, arguments throws(ShellError) in
    try shell.printReport(Report.parents(shell.school.parentReport()), arguments)
  }

  /// The grouping after `by` (or alone), or `otherwise` when none is given.
  static func grouping<Grouping: RawRepresentable<String>>(
    _ words: [String], choices: [Grouping], otherwise: Grouping
  ) throws(ShellError) -> Grouping {
    var words = words
    if words.first?.lowercased() == "by" {
      words.removeFirst()
      if words.isEmpty { throw .clauseNeedsValue("by") }
    }
    guard let word = words.first else { return otherwise }
    guard words.count == 1, let chosen = choices.first(where: { $0.rawValue == word.lowercased() })
    else {
      throw .badReportWord(words.last ?? word, expected: choices.map(\.rawValue))
    }
    return chosen
  }

  /// A calendar month, written as `load --month` takes it (`2026-11`, `Nov 2026`), as its
  /// label `YYYY-MM`; a period such as `G1` has no days and is refused.
  static func calendarMonth(_ text: String) throws(ShellError) -> String {
    let label: String
    do throws(ModelError) {
      label = try Month.label(text)
    } catch {
      throw .model(error)
    }
    guard Month.isCalendar(label) else { throw .notACalendarMonth(text) }
    return label
  }

  /// A day written `YYYY-MM-DD`.
  static func date(_ text: String) throws(ShellError) -> String {
    guard Clock.isDate(text) else { throw .model(.notADate(text)) }
    return text
  }
}
