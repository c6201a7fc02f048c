import MentorExchange
import MentorModel

/// The audit: `audit [WHO] [--mentee WHO] [--since DATE]`.
extension Command {
  static let audit = Command(
    "audit",
    usage: "[WHO] [--mentee WHO] [--since DATE] [--count] [--format table|csv|json] [--out FILE]",
    summary: "Every change kept in the audit: who made it, when, what, before and after",
    detail: """
      WHO is the person who made the changes: their whole name or one word of it, as
      'audit Adeyemi', or their email or login name, as with --as; a name that fits nobody
      on the staff list and nobody who ever made a change is refused. '--mentee WHO' keeps
      the changes about one mentee, and '--since DATE' those made on or after a day
      (YYYY-MM-DD); all three may go together. A change to the whole school (a data sheet,
      staff or parents loaded, targets, a setting, a column mapping) is one row with its
      counts and no mentee. Nothing edits the audit: after a mentee's personal data is
      erased, the rows about them keep when, who and what kind of change, under an
      anonymous key ('erased-1'), and nothing else.
      """,
    examples: ["audit", "audit Adeyemi --since 2026-11-01", "audit --mentee zoe --format csv"],
    exampleSetup: ["meet zoe", "praise", "setting well-below-from 2"],
    options: [
      .value("mentee", "WHO", "only the changes about this mentee"),
      .value("since", "DATE", "only the changes made on or after this day"),
    ] + Option.listing,
    completions: [.staff], columns: auditColumns.map(\.key),
    access: .progressLeader,
  ) { shell, arguments throws(ShellError) in
    var mentee: Mentee?
    if let who = arguments.option("mentee") { mentee = try shell.mentee(who) }
    let since = arguments.option("since")
    if let since, !Clock.isDate(since) { throw .model(.notADate(since)) }
    let person = arguments.words.isEmpty ? nil : arguments.rest(from: 0)

    let entries = try shell.storing {
      try shell.store.auditEntries(about: mentee?.id, since: since)
    }.filter { entry in person.map { shell.recorded(entry.by, isBy: $0) } ?? true }
    if let person, entries.isEmpty { try shell.checkAuditPerson(person) }
    var table = Table(columns: auditColumns)
    for entry in entries {
      let shown = entry.at.prefix(16).replacingOccurrences(of: "T", with: " ")
      table.append([
        .text(shown, data: entry.at), .init(entry.by), .init(entry.kind),
        .init(entry.menteeID ?? ""), entry.what.map { .init($0) } ?? erasedWords,
        .init(entry.before ?? ""),
        .init(entry.after ?? ""),
      ])
    }
    var records = Records(table, noun: "change")
    records.whenEmpty = "No change recorded matches."
    try shell.emit(records, arguments)
  }

  /// What a table shows for the words of a change whose mentee was erased; CSV and JSON
  /// leave the field empty.
  static let erasedWords = Table.Cell.text("(erased)", data: "")

  /// The columns of `audit`.
  static let auditColumns: [Table.Column] = [
    .init("at", "When"), .init("by", "By", shrinks: true), .init("kind", "Kind"),
    .init("mentee", "Mentee", dropOrder: 3), .init("what", "What", shrinks: true),
    .init("before", "Before", shrinks: true, dropOrder: 1),
    .init("after", "After", shrinks: true, dropOrder: 2),
  ]
}
