import Foundation
import MentorExchange
import MentorModel

/// Looking back and taking back: `history`, `undo`, `sheet` and `due`.
extension Command {
  static let history = Command(
    "history", usage: "WHO [--format table|csv|json] [--out FILE]",
    summary: "Everything recorded about a mentee, oldest first",
    detail: """
      Each event: when (a timestamp in UTC in CSV and JSON), who recorded it, and what.
      In a table, the chains of revised interventions follow.
      """,
    examples: ["history zoe", "history zoe --format csv"],
    exampleSetup: ["meet zoe", "praise"],
    options: Option.records,
    completions: [.mentee], columns: historyColumns.map(\.key),
    access: .mentee,
  ) { shell, arguments throws(ShellError) in
    guard !arguments.words.isEmpty else {
      throw .usage(command: "history", usage: "WHO [--format table|csv|json] [--out FILE]")
    }
    let mentee = try shell.mentee(arguments.rest(from: 0))
    let events = try shell.storing { try shell.store.history(of: mentee.id) }
    var table = Table(columns: historyColumns)
    for event in events {
      let shown = event.at.prefix(16).replacingOccurrences(of: "T", with: " ")
      let what = event.text.isEmpty && mentee.isErased ? erasedWords : .init(event.text)
      table.append([.text(shown, data: event.at), .init(event.by), what])
    }
    var records = Records(table, noun: "event")
    records.heading = ["History of \(mentee.displayName) (\(mentee.id)):"]
    let chains = shell.school.interventions(of: mentee.id).filter { $0.replaces != nil }
    for last in chains where !chains.contains(where: { $0.replaces == last.id }) {
      let chain = shell.school.revisionChain(of: last.id).map(\.id).joined(separator: " → ")
      records.footing.append("Revised: \(chain)")
    }
    try shell.emit(records, arguments)
  }

  /// The columns of `history`.
  static let historyColumns: [Table.Column] = [
    .init("at", "When"), .init("by", "By", shrinks: true),
    .init("event", "What", shrinks: true),
  ]

  static let undo = Command(
    "undo", summary: "Take back the last change made in this session",
    detail: """
      Takes back a meeting record, an intervention, a check, a revision, an escalation, an
      assignment or a strategy, newest first, one command at a time. It stops at a change
      it cannot take back, and says so: a data sheet, staff or parents loaded, targets or a
      setting changed, messages sent. Load the earlier sheet again, or set the target or
      setting again, by hand. A
      message cannot be called back, so nothing before a 'notify' or an 'escalate' that
      sent a message is taken back. It cannot run inside a 'for each' loop. The command
      it takes back must still be yours to run: after a mentee has gone to another
      mentor, undoing a change about them is refused, and the change stays.
      """,
    examples: ["undo"],
    exampleSetup: ["agree zoe student 'catch-up session' for Maths"],
    access: .anyone,
  ) { shell, _ throws(ShellError) in
    guard shell.variables.loop.isEmpty else { throw .undoInLoop }
    let undone = try shell.undoLast()
    shell.console.print("Undid: " + undone.joined(separator: "; ") + ".")
  }

  static let sheet = Command(
    "sheet", usage: "WHO [--format text|md|html] [--out FILE]",
    summary: "The action sheet of a mentee's latest meeting, to print or send",
    detail: """
      The sheet holds the month's data with each subject's status, the praise given, the
      excuses rejected and what was agreed instead, each intervention, the next meeting and
      lines for the mentee, the mentor and a parent or carer to sign. HTML is one file with
      nothing outside it, to open in a browser and print on A4 portrait; with --out, as in
      'sheet zoe --out zoe.html', only its owner can read the file. Without --format, the
      file's extension chooses: .html or .htm, .md, else text.
      """,
    examples: ["sheet zoe --format md", "sheet zoe --format html"],
    exampleSetup: ["meet zoe", "agree student 'catch-up session' for Maths", "end"],
    options: [
      .value(
        "format", "text|md|html",
        "text, Markdown or printable HTML (default: as --out's extension, else text)"),
      .value("out", "FILE", "write it to a file, readable by its owner only"),
    ],
    completions: [.mentee],
    access: .mentee,
  ) { shell, arguments throws(ShellError) in
    guard !arguments.words.isEmpty else {
      throw .usage(command: "sheet", usage: "WHO [--format text|md|html] [--out FILE]")
    }
    let mentee = try shell.mentee(arguments.rest(from: 0))
    guard let meeting = shell.school.latestMeeting(of: mentee.id) else {
      throw .noMeeting(shell.mentioned(mentee))
    }
    if let out = arguments.option("out") { try shell.checkOut(out, writes: sheetFiles) }
    let sheet = try shell.actionSheet(for: meeting)
    let text: String
    switch arguments.option("format")?.lowercased() ?? sheetFormat(out: arguments.option("out")) {
    case "text": text = sheet.text()
    case "md", "markdown": text = sheet.markdown()
    case "html": text = sheet.html()
    case let other: throw .badSheetFormat(other)
    }
    guard let out = arguments.option("out") else {
      shell.console.write(text)
      return
    }
    // Shortcoming: unlike the --out of commands that print records (Shell.emit), this one
    // says what it wrote on standard output, and finds FILE beside the running script when
    // one is there; both are kept as they were so that scripts relying on them still work.
    let path = shell.resolve(out)
    let done = try shell.outsideTheDatabase("the file '\(out)'") { shell throws(ShellError) in
      try PrivateFile.write(text, to: path)
      shell.console.print("Wrote the action sheet to '\(out)'.")
    }
    if !done {
      shell.transaction.wouldWrite += 1
      shell.console.print("Would write the action sheet to '\(out)'; a dry run writes nothing.")
    }
  }

  /// The extensions of the files an action sheet is written to.
  static let sheetFiles = ["txt", "md", "html", "htm"]

  /// The format of an action sheet that `--out`'s extension names (`.html` or `.htm`,
  /// `.md`), else text.
  static func sheetFormat(out: String?) -> String {
    switch ((out ?? "") as NSString).pathExtension.lowercased() {
    case "html", "htm": return "html"
    case "md", "markdown": return "md"
    default: return "text"
    }
  }

  static let due = Command(
    "due", usage: "[--mentor NAME] [--overdue] [--count] [--format table|csv|json] [--out FILE]",
    summary: "Checks and reviews due, by date, with each flag: not working or review due",
    examples: ["due", "due --overdue", "due --format json"],
    exampleSetup: ["agree zoe student 'catch-up session' for Maths"],
    options: [
      .value("mentor", "NAME", "only this mentor's mentees"),
      .flag("overdue", "only reviews whose date has passed"),
    ] + Option.listing,
    columns: dueColumns.map(\.key),
    access: .staff,
  ) { shell, arguments throws(ShellError) in
    if let mentor = arguments.option("mentor"),
      !shell.school.mentees.values.contains(where: { School.mentor($0.mentor, matches: mentor) })
    {
      throw .nobodyMatches(condition: "mentor", value: mentor)
    }
    let today = shell.clock.today
    var table = Table(columns: dueColumns)
    let due = shell.school.interventions.values.filter { intervention in
      guard intervention.state.isOpen, intervention.state != .working, shell.maySee(intervention)
      else { return false }
      if let mentor = arguments.option("mentor") {
        let mentee = shell.school.mentees[intervention.menteeID]
        guard School.mentor(mentee?.mentor ?? "", matches: mentor) else { return false }
      }
      if arguments.flag("overdue") { return (intervention.review ?? "9999") < today }
      return true
    }.sorted {
      ($0.review ?? "9999", School.number($0.id)) < (
        $1.review ?? "9999",
        School.number($1.id)
      )
    }
    for intervention in due {
      let name = shell.school.mentees[intervention.menteeID]?.displayName ?? ""
      let late = (intervention.review ?? "9999") < today
      table.append([
        .init(intervention.review ?? "", colour: late ? .red : nil), .init(intervention.id),
        .init(name), .init(intervention.state.rawValue), .init(Self.nextCheck(intervention)),
        .init(intervention.action),
        flagCell(intervention.flag(today: today)),
      ])
    }
    try shell.emit(table, noun: "intervention", arguments)
  }

  /// The columns of `due`.
  static let dueColumns: [Table.Column] = [
    .init("review", "Review"), .init("id", "Id"), .init("mentee", "Mentee", shrinks: true),
    .init("state", "State"), .init("next", "Next check", dropOrder: 1),
    .init("action", "Action", shrinks: true), .init("flag", "Flag", shrinks: true),
  ]

  /// The check an intervention waits for next.
  static func nextCheck(_ intervention: Intervention) -> String {
    switch intervention.state {
    case .agreed: return "notify, then understood"
    case .communicated: return "understood"
    case .understood, .notImplemented: return "implemented"
    case .implemented: return "working or not"
    case .notWorking: return "revise"
    default: return ""
    }
  }
}
