import MentorExchange
import MentorModel

/// `show mentee`: the feedback sheet of one mentee.
extension Command {
  static let showMentee = Command(
    "show mentee", usage: "WHO [--month MONTH] [--format table|csv|json] [--out FILE]",
    summary: "Show a mentee's feedback sheet: each subject against target, attendance, flags",
    detail: """
      WHO is an id or a name by unique prefix, ignoring case and accents; quotes are not
      needed around a name. Each subject shows its target, working-at and predicted grades,
      the current grade (predicted where given, see 'setting current-grade'), its status
      (above, on target, below, well below) and its change in steps since the month before.
      A subject with no result in the month shows its latest earlier result, with that
      month under From, and attendance likewise comes from the latest month that gave it,
      so a data sheet for part of the school hides nothing. No result after the month is
      shown: --month 2026-10 is October as it stood.
      """,
    examples: [
      "show mentee 'Zoë Brontë'", "show mentee zoe --format json",
      "show mentee zoe --month 2026-10 --format csv",
    ],
    options: [
      .value("month", "MONTH", "the month to show (default: the mentee's latest)")
    ] + Option.records,
    completions: [.mentee], columns: FeedbackSheet.recordColumns.map(\.key),
    access: .mentee,
  ) { shell, arguments throws(ShellError) in
    guard !arguments.words.isEmpty else {
      throw .usage(
        command: "show mentee", usage: "WHO [--month MONTH] [--format table|csv|json] [--out FILE]"
      )
    }
    let mentee = try shell.mentee(arguments.rest(from: 0))
    let month = try shell.chosenMonth(arguments.option("month"))
    guard let sheet = shell.school.feedback(for: mentee.id, month: month) else {
      throw .noMonthLoaded
    }
    var records = Records(sheet.records, noun: "subject")
    records.shown = sheet.table
    records.heading = sheet.heading + [""]
    records.whenEmpty = "No results for \(sheet.month)."
    records.footing = ["", sheet.flagLine] + shell.openInterventionLines(of: mentee)
    records.json = { sheet.json() }
    try shell.emit(records, arguments)
  }
}

extension Shell {
  /// The mentee meant by `who`, or an error that lists the candidates (others' mentees by
  /// name only).
  func mentee(_ who: String) throws(ShellError) -> Mentee {
    switch school.find(who) {
    case .found(let mentee): return mentee
    case .ambiguous(let candidates):
      let others = candidates.filter { !maySee($0) }.map(\.id)
      throw .ambiguousMentee(who, candidates: candidates, namesOnly: Set(others))
    case .notFound: throw .menteeNotFound(who)
    }
  }

  /// The month asked for, checked against those loaded, or nil for "each one's latest";
  /// an error when nothing is loaded at all.
  func chosenMonth(_ text: String?) throws(ShellError) -> String? {
    guard let text else {
      guard school.latestMonth != nil else { throw .noMonthLoaded }
      return nil
    }
    return try month(text)
  }

  /// The month asked for, checked against those loaded, or the latest.
  func month(_ text: String?) throws(ShellError) -> String {
    guard let text else {
      guard let latest = school.latestMonth else { throw .noMonthLoaded }
      return latest
    }
    let label: String
    do throws(ModelError) {
      label = try Month.label(text)
    } catch {
      throw .model(error)
    }
    guard school.months.contains(label) else { throw .model(.unknownMonth(text)) }
    return label
  }
}
