import Foundation
import MentorExchange
import MentorModel

/// The `list` commands: mentees, subjects, months and saved column mappings.
extension Command {
  static let listMentees = Command(
    "list mentees",
    usage: "[where CONDITION...] [--month MONTH] [--count] [--format FORMAT] [--out FILE]",
    summary: "List the caseload, filtered by mentor, year, form, subject or status",
    detail: """
      Conditions: mentor NAME, year N, form F, subject S, status above|on-target|below|
      well-below, below-in N (at least N subjects below target), attendance (under 95 %),
      effort (effort 3 or 4 in some subject), not-working (an open intervention not
      working), interventions N (at least N open interventions, N from 1),
      no-interventions (none open), escalations N (at least N open, not resolved, N from
      1), no-escalations (none open). 'where' and 'and' are optional words to read like a
      sentence ('list mentees year 11 below-in 2' is the same), but one that is given
      must have a condition after it. All conditions must hold; 'subject Maths status
      below' means below in Maths. 'for each mentee where ... do COMMAND' takes the same
      conditions. They judge each mentee's latest known data: a subject or attendance
      missing from the month counts its latest earlier value, as 'show mentee' shows it.
      Subjects named more than once must all be taken, and status and below-in look at
      them only: 'subject Maths and subject Art below-in 2' means below in both.
      """,
    examples: [
      "list mentees", "list mentees where year 11 and status well-below",
      "list mentees below-in 2 --format csv", "list mentees where year 11 --out /tmp/year-11.csv",
      "list mentees where subject Maths and subject Art below-in 2 --count",
      "list mentees where year 11 and effort and no-interventions",
      "list mentees where escalations 1 --format json",
    ],
    options: [
      .value("month", "MONTH", "the month to judge (default: the latest loaded)"),
      .flag("count", "print only how many mentees the conditions admit"),
    ] + Option.records,
    completions: [.filter], columns: CaseloadTable.columns.map(\.key),
    access: .staff,
  ) { shell, arguments throws(ShellError) in
    let filter = try FilterWords.parse(arguments.words, in: shell.school)
    let month = try shell.chosenMonth(arguments.option("month"))
    // Others' mentees are listed by name only, and never judged by conditions.
    let sheets = shell.school.caseload(filter, month: month).filter {
      arguments.words.isEmpty || shell.maySee($0.mentee)
    }
    let count = "\(sheets.count) of \(shell.school.mentees.count) mentees"
    if arguments.flag("count") {
      return try shell.printCount(
        sheets.count, "mentee", of: shell.school.mentees.count, arguments)
    }
    try shell.emit(CaseloadTable.make(sheets, showsData: shell.maySee), noun: "mentee", arguments)
    if shell.console.isTerminal || shell.options.verbose, arguments.option("out") == nil {
      shell.console.printError(count)
    }
  }

  static let listSubjects = Command(
    "list subjects", usage: "[--month MONTH] [--count] [--format table|csv|json] [--out FILE]",
    summary: "List the subjects loaded, their scales and how many are on target",
    detail: "Counts are for each subject's latest month, unless --month names one.",
    examples: ["list subjects", "list subjects --month 2026-09"],
    options: [
      .value("month", "MONTH", "the month to count (default: each subject's latest)")
    ] + Option.listing,
    columns: subjectColumns.map(\.key),
    access: .staff,
  ) { shell, arguments throws(ShellError) in
    let chosen = try shell.chosenMonth(arguments.option("month"))
    var table = Table(columns: subjectColumns)
    for subject in shell.school.subjects.keys.sorted(by: { $0.lowercased() < $1.lowercased() }) {
      guard let month = chosen ?? shell.school.latestMonth(in: subject) else { continue }
      let results = shell.school.allResults(in: subject).filter { $0.month == month }
      let statuses = results.map(shell.school.status(of:))
      let count = { (test: (SubjectStatus) -> Bool) in
        Table.Cell.number(statuses.filter(test).count)
      }
      table.append([
        .init(subject), .init(shell.school.subjects[subject]!.name), .init(month),
        .number(results.count), count(\.isOnOrAbove), count { $0 == .below },
        count { $0 == .wellBelow }, count { $0 == .noTarget },
      ])
    }
    try shell.emit(table, noun: "subject", arguments)
  }

  /// The columns of `list subjects`.
  static let subjectColumns: [Table.Column] = [
    .init("subject", "Subject", shrinks: true), .init("scale", "Scale", dropOrder: 2),
    .init("month", "Month", dropOrder: 1), .init("mentees", "Mentees", alignsRight: true),
    .init("on_or_above", "On or above", alignsRight: true),
    .init("below", "Below", alignsRight: true),
    .init("well_below", "Well below", alignsRight: true),
    .init("no_target", "No target", alignsRight: true),
  ]

  static let listMonths = Command(
    "list months", usage: "[--count] [--format table|csv|json] [--out FILE]",
    summary: "List the months and periods loaded, oldest first, with the sheets behind them",
    examples: ["list months", "list months --format json"],
    options: Option.listing, columns: monthColumns.map(\.key),
    access: .staff,
  ) { shell, arguments throws(ShellError) in
    let loads = try shell.storing { try shell.store.sheetLoads() }
    var counts: [String: Int] = [:]
    for result in shell.school.allResults() { counts[result.month, default: 0] += 1 }
    var table = Table(columns: monthColumns)
    for month in shell.school.months {
      let names = loads.filter { $0.month == month }.map {
        URL(fileURLWithPath: $0.name).lastPathComponent
      }
      table.append([
        .init(month), .number(counts[month] ?? 0), .init(names.joined(separator: ", ")),
      ])
    }
    try shell.emit(table, noun: "month", arguments)
  }

  /// The columns of `list months`.
  static let monthColumns: [Table.Column] = [
    .init("month", "Month"), .init("results", "Results", alignsRight: true),
    .init("sheets", "Sheets", shrinks: true),
  ]

  static let listMappings = Command(
    "list mappings", usage: "[--count] [--format table|csv|json] [--out FILE]",
    summary: "List the column mappings saved with 'load --save-mapping'",
    examples: ["list mappings"],
    options: Option.listing, columns: mappingColumns.map(\.key),
    access: .staff,
  ) { shell, arguments throws(ShellError) in
    var table = Table(columns: mappingColumns)
    for (name, text) in try shell.storing({ try shell.store.mappings() }) {
      table.append([.init(name), .init(text)])
    }
    try shell.emit(table, noun: "mapping", arguments)
  }

  /// The columns of `list mappings`.
  static let mappingColumns: [Table.Column] = [
    .init("name", "Name"), .init("columns", "Columns", shrinks: true),
  ]
}

/// The table of `list mentees`: one row per mentee with counts and flags.
enum CaseloadTable {
  /// The columns: the mentee, counts of subjects, attendance and flags.
  static let columns: [Table.Column] = [
    .init("id", "Id"), .init("surname", "Surname", shrinks: true),
    .init("forename", "Forename", shrinks: true),
    .init("year", "Year", dropOrder: 2), .init("form", "Form", dropOrder: 4),
    .init("mentor", "Mentor", shrinks: true, dropOrder: 3),
    .init("subjects", "Subjects", alignsRight: true, dropOrder: 1),
    .init("below", "Below", alignsRight: true),
    .init("well_below", "Well below", alignsRight: true),
    .init("attendance", "Attendance", alignsRight: true, dropOrder: 5),
    .init("flags", "Flags", shrinks: true),
  ]

  /// Builds the table from feedback sheets of one month; a mentee whose data the reader
  /// may not see (`showsData`) has a row with their name only.
  static func make(
    _ sheets: [FeedbackSheet], showsData: (Mentee) -> Bool = { _ in true }
  ) -> Table {
    var table = Table(columns: columns)
    for sheet in sheets {
      let mentee = sheet.mentee
      guard showsData(mentee) else {
        let blank = [Table.Cell](repeating: .init(""), count: columns.count - 3)
        table.append([.init(""), .init(mentee.surname), .init(mentee.forename)] + blank)
        continue
      }
      let wellBelow = sheet.lines.filter { $0.status == .wellBelow }.count
      let below = sheet.flags.subjectsUnderTarget - wellBelow
      let flags = sheet.flags.phrases.filter { !$0.hasSuffix("below target") }
      table.append([
        .init(mentee.id), .init(mentee.surname), .init(mentee.forename), .init(mentee.year),
        .init(mentee.form), .init(mentee.mentor), .number(sheet.lines.count),
        .number(below, colour: below > 0 ? .amber : nil),
        .number(wellBelow, colour: wellBelow > 0 ? .red : nil),
        .number(
          sheet.flags.attendance, unit: "%",
          colour: sheet.flags.attendanceConcern ? .amber : nil),
        .init(flags.joined(separator: "; ")),
      ])
    }
    return table
  }
}
