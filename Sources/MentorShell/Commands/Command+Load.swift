import Foundation
import MentorExchange
import MentorModel

/// `load`: reading a data sheet, whole or not at all.
extension Command {
  static let load = Command(
    "load", usage: "FILE [--month MONTH] [--subject NAME] [--scale SCALE] [options]",
    summary: "Read a data sheet (CSV) and store it whole, or nothing of it",
    detail: """
      Reads long sheets (one row per mentee and subject), wide sheets (columns such as
      'Maths - Target') and sheets with a column per period (G1, G2, 2026-09...). Columns
      are found by the names school systems use (UPN, Surname, Forename, Reg Group, Year,
      Subject, Target, Working At, Predicted, Effort, Homework, Attendance, Mentor, Month);
      --map names others as ROLE=HEADER pairs split by ';', where ROLE is one of upn (or id),
      surname, forename, name, year, form, mentor, attendance, month, subject, target,
      working-at, predicted, effort or homework. Before storing it says which column it took
      for what and which scale each subject is on. Any bad row stops the whole file, with
      every problem shown as FILE:LINE; a cell read holding a control character or one
      that reorders text (U+202A to U+202E, U+2066 to U+2069) is a bad row. Loading the
      same sheet for the same month again replaces it.
      Scales: gcse (9 to 1, with 5- 5 5+), gcse-letters, ks3, btec, a-level, 0-20,
      percent, or LOW-HIGH[/STEP].
      """,
    examples: [
      "load demo/2026-11.csv", "load demo/2026-12-wide.csv --month 'Dec 2026' --scale gcse",
      "load demo/2026-10.csv --check",
      "load demo/2026-12-wide.csv --map \"upn=UPN;form=Form\" --save-mapping wide",
    ],
    options: [
      .value("month", "MONTH", "the month of the whole sheet, such as 2026-11 or 'Nov 2026'"),
      .value("subject", "NAME", "the subject of a sheet that has no subject column"),
      .value("shape", "long|wide|period", "the sheet's shape, when it is not detected"),
      .value("scale", "SCALE", "the grade scale of every subject"),
      .value("scale-for", "SUBJECT=SCALE,...", "the grade scale of some subjects"),
      .value("map", "ROLE=HEADER;...", "which column holds what: upn=ID;target='Tgt'"),
      .value("mapping", "NAME", "use a column mapping saved earlier"),
      .value("save-mapping", "NAME", "save this load's column mapping under a name"),
      .value("id-prefix", "PREFIX", "make ids from PREFIX and the row number (no id column)"),
      .value("id-from", "COLUMN,...", "make ids from these columns' values, to match files"),
      .value("encoding", "utf-8|windows-1252", "the text encoding, when not detected"),
      .value("delimiter", "comma|semicolon|tab", "the separator, when not detected"),
      .flag("check", "read and report, but store nothing"),
      .flag("rename", "accept new names for ids already stored under other names"),
    ],
    completions: [.file],
    access: .progressLeader,
  ) { shell, arguments throws(ShellError) in
    guard arguments.words.count == 1, let typed = arguments.word(0) else {
      throw .usage(command: "load", usage: "FILE [--month MONTH] [options]")
    }
    let path = shell.resolve(typed)
    let options = try shell.dataSheetOptions(arguments)
    let sheet: DataSheet
    let report: ImportReport
    switch DataSheetImporter.read(path: path, options: options) {
    case .failure(var failure):
      failure.name = path
      shell.reportProblems(failure)
      throw .notLoaded(path: path, problems: failure.problems.count + failure.omitted)
    case .success(let read):
      (sheet, report) = (read.sheet, read.report)
    }
    // Shortcoming: Ctrl-C while the sheet is read is seen only once it has all been read;
    // the importer does not look at the request between rows.
    if Interruption.isRequested { throw .loadInterrupted(path: path) }
    report.lines.forEach { shell.console.print($0) }
    if !arguments.flag("rename") { try shell.refuseRenames(in: sheet, path: path) }
    if arguments.flag("check") {
      shell.console.print("Checked '\(path)': nothing stored (--check).")
      return
    }
    try shell.store(
      sheet, from: path, mapping: report.mapping, saveAs: arguments.option("save-mapping"))
  }
}

extension Shell {
  /// Judges again each open intervention of these mentees on the new data, and says what
  /// changed: those flagged not working (no improvement since agreed), those whose flag
  /// was cleared (improved), and how many have their review due.
  ///
  /// Revised and closed interventions are left as they were: their flag is part of why
  /// they were replaced, not a judgement to make again.
  func flagInterventionsNotWorking(of mentees: Set<String>) throws(ShellError) {
    var flagged = 0
    var cleared = 0
    var reviewDue = 0
    let open = school.interventions.values.filter {
      $0.state.isOpen && mentees.contains($0.menteeID)
    }.sorted { School.number($0.id) < School.number($1.id) }
    for var intervention in open {
      let reason = school.notWorkingReason(of: intervention)
      if reason != intervention.notWorkingFlag {
        intervention.notWorkingFlag = reason
        if let reason {
          try save(intervention, "Flagged \(intervention.id) not working: \(reason)")
          flagged += 1
        } else {
          try save(intervention, "Cleared the not-working flag of \(intervention.id)")
          cleared += 1
        }
      }
      if intervention.flag(today: clock.today)?.keyword == "review-due" { reviewDue += 1 }
    }
    var said: [String] = []
    if flagged > 0 {
      said.append(
        "\(stored("Flagged", "Would flag")) \(counted(flagged, "intervention")) not working"
          + " (no improvement since agreed): change \(flagged == 1 ? "it" : "them")")
    }
    if cleared > 0 {
      said.append(
        "\(stored("cleared", "would clear")) the not-working flag of"
          + " \(counted(cleared, "intervention")) (improved)")
    }
    if reviewDue > 0 {
      said.append(
        "\(counted(reviewDue, "review")) due (the date has passed): check"
          + " \(reviewDue == 1 ? "it" : "them")")
    }
    guard !said.isEmpty else { return }
    let first = said[0].prefix(1).uppercased() + said[0].dropFirst()
    console.print(([first] + said.dropFirst()).joined(separator: "; ") + " ('due' lists them).")
  }

  /// Refuses a sheet that gives an id already stored a different name: most often two
  /// students given the same made-up id, or a row pasted under the wrong UPN.
  func refuseRenames(in sheet: DataSheet, path: String) throws(ShellError) {
    var clashes: [String] = []
    for person in sheet.people where !(person.forename + person.surname).isEmpty {
      guard let known = school.mentees[person.id], !(known.forename + known.surname).isEmpty
      else { continue }
      let given = [person.forename, person.surname].joined(separator: " ")
      if School.fold(given) != School.fold(known.forename + " " + known.surname) {
        clashes.append(
          "Id '\(person.id)' is '\(given)' here but '\(known.displayName)' is stored under it;"
            + " check the sheet, or give --rename to take the new name")
      }
    }
    guard !clashes.isEmpty else { return }
    let lead = ErrorLocation.prefix(frames)
    let chain = lead.isEmpty ? "" : lead + "in "
    clashes.prefix(50).forEach { console.printError(chain + "\(path): error: " + $0) }
    if clashes.count > 50 {
      console.printError(chain + "\(path): error: and \(clashes.count - 50) more")
    }
    throw .notLoaded(path: path, problems: clashes.count)
  }

  /// How many of `results` replace a result held for the same mentee, subject and month
  /// that is not among those `replacing` (an earlier load of the same sheet).
  private func countOverwritten(
    by results: [MonthlyResult], replacing: Set<ResultKey>
  ) -> Int {
    let school = school
    var overwritten = 0
    // A mentee's results are looked up once for each run of rows of that mentee, and a
    // mentee with none held (every mentee, loading into a new file) is passed over whole.
    var start = results.startIndex
    while start < results.endIndex {
      let id = results[start].menteeID
      var end = start + 1
      while end < results.endIndex && results[end].menteeID == id { end += 1 }
      let held = school.results(of: id)
      if !held.isEmpty {
        for result in results[start..<end] where held[result.subject]?[result.month] != nil {
          let key = ResultKey(menteeID: id, subject: result.subject, month: result.month)
          if !replacing.contains(key) { overwritten += 1 }
        }
      }
      start = end
    }
    return overwritten
  }

  /// Keeps targets already stored (set with `target`, say) where the sheet leaves the
  /// target blank; returns how many were kept.
  func keepTargets(in sheet: inout DataSheet) -> Int {
    let school = school
    // Found first and changed after, so that the sheet's results, which are shared with
    // the caller, are copied only when some target is kept.
    var kept: [(index: Int, target: Mark)] = []
    for (index, result) in sheet.results.enumerated() where result.target == .missing {
      guard
        let known = school.result(of: result.menteeID, in: result.subject, month: result.month),
        known.target != .missing
      else { continue }
      kept.append((index, known.target))
    }
    for (index, target) in kept { sheet.results[index].target = target }
    return kept.count
  }

  /// The importer's options from `load`'s options, with a saved mapping if named.
  func dataSheetOptions(_ arguments: Arguments) throws(ShellError) -> DataSheetOptions {
    var options = DataSheetOptions()
    if let month = arguments.option("month") {
      do throws(ModelError) {
        options.month = try Month.label(month)
      } catch {
        throw .model(error)
      }
    }
    options.subject = arguments.option("subject")
    if let shape = arguments.option("shape") {
      guard let parsed = DataSheetShape(name: shape) else { throw .badShape(shape) }
      options.shape = parsed
    }
    if let name = arguments.option("scale") {
      guard let scale = GradeScale(name: name) else { throw .unknownScale(name) }
      options.scale = scale
    }
    if let list = arguments.option("scale-for") {
      for pair in list.split(separator: ",") {
        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let scale = GradeScale(name: parts[1]) else {
          throw .unknownScale(String(pair))
        }
        options.scales[parts[0]] = scale
      }
    }
    options.columns = try columnMapping(arguments)
    options.idPrefix = arguments.option("id-prefix")
    if let columns = arguments.option("id-from") {
      options.idColumns = columns.split(separator: ",").map { String($0).trimmingSpaces }
    }
    if let name = arguments.option("encoding") {
      guard let encoding = TextEncoding(name: name) else { throw .unknownEncoding(name) }
      options.encoding = encoding
    }
    if let name = arguments.option("delimiter") {
      let delimiters: [String: UInt8] = [
        "comma": 44, ",": 44, "semicolon": 59, ";": 59, "tab": 9, "\\t": 9, "\t": 9,
      ]
      guard let delimiter = delimiters[name.lowercased()] else {
        throw .unknownDelimiter(name)
      }
      options.delimiter = delimiter
    }
    return options
  }

  /// The columns named with `--mapping` (saved) and `--map` (given now, which wins).
  private func columnMapping(_ arguments: Arguments) throws(ShellError) -> ColumnMapping {
    var mapping = ColumnMapping()
    if let name = arguments.option("mapping") {
      let saved = try storing { try store.mappings() }
      guard let text = saved.first(where: { $0.name == name })?.columns,
        let stored = ColumnMapping(text: text)
      else { throw .unknownMapping(name) }
      mapping = stored
    }
    if let text = arguments.option("map") {
      guard let given = ColumnMapping(text: text) else { throw .badMapping(text) }
      mapping.headers.merge(given.headers) { $1 }
    }
    return mapping
  }

  /// Prints every problem of a file that could not be loaded, as `FILE:LINE: error: ...`,
  /// after the chain of scripts that ran `load`.
  func reportProblems(_ failure: ImportFailure) {
    let chain = ErrorLocation.prefix(frames)
    let lead = chain.isEmpty ? "" : chain + "in "
    failure.lines.forEach { console.printError(lead + $0) }
  }

  /// Stores a checked sheet, replacing an earlier load of the same sheet and month.
  func store(_ sheet: DataSheet, from path: String, mapping: ColumnMapping, saveAs: String?)
    throws(ShellError)
  {
    let identity = URL(fileURLWithPath: path).standardizedFileURL.path
    var sheet = sheet
    let kept = keepTargets(in: &sheet)
    var replaced: [(month: String, count: Int)] = []
    var removing: [ResultKey] = []
    for month in sheet.months {
      let keys = try storing { try store.resultKeys(ofSheet: identity, month: month) }
      if !keys.isEmpty { replaced.append((month, keys.count)) }
      removing += keys
    }
    let overwritten = countOverwritten(by: sheet.results, replacing: Set(removing))
    var updated = school
    // A dry run compares the school before and after, so it holds the new results in
    // memory; otherwise they stay on disk once stored, read when a command needs them, as
    // when the shell starts: a sheet of a million results is not held twice.
    let holdsResults = transaction.mode == .dryRun
    if holdsResults {
      updated.removeResults(removing)
      updated.add(sheet)
    } else {
      updated.addDetails(of: sheet)
    }
    // Each run of a mentee's results once: a sheet lists a mentee's rows together.
    var mentees: Set<String> = []
    var lastID: String?
    for id in sheet.results.lazy.map(\.menteeID) where id != lastID {
      mentees.insert(id)
      lastID = id
    }
    do {
      try audited(
        "load",
        "Loaded '\(sheet.name)' for \(sheet.months.joined(separator: ", ")):"
          + " \(counted(sheet.results.count, "result")) of \(counted(mentees.count, "mentee"))"
      ) {
        try store.add(sheet, identity: identity, as: updated, removing: removing)
      }
    } catch .store(.interrupted) {
      throw .loadInterrupted(path: path)
    }
    if !holdsResults { store.keepResults(of: &updated) }
    school = updated
    for (month, count) in replaced {
      console.print(
        "Replaced the earlier load of '\(sheet.name)' for \(month) (\(counted(count, "result"))).")
    }
    if overwritten > 0 {
      console.print(
        "Replaced \(counted(overwritten, "result")) loaded earlier from other sheets"
          + " for the same mentees, subjects and months.")
    }
    if kept > 0 {
      console.print("Kept \(counted(kept, "target")) set earlier, which the sheet leaves blank.")
    }
    console.print(
      "\(stored()) \(counted(sheet.results.count, "result"))"
        + " for \(counted(mentees.count, "mentee")) from '\(path)'.")
    try flagInterventionsNotWorking(of: mentees)
    blockUndo("the load of '\(path)'")
    if let name = saveAs {
      let known = try storing { try store.mappings() }.contains { $0.name == name }
      let before = try storing { try store.mappings() }.first { $0.name == name }?.columns
      try audited(
        "mapping", "Saved the column mapping '\(name)'", before: before,
        after: mapping.description
      ) {
        try store.saveMapping(name, columns: mapping.description)
      }
      if transaction.mode == .dryRun {
        transaction.noted.note(.mapping, added: known ? [] : [name], changed: known ? [name] : [])
      }
      console.print("\(stored("Saved", "Would save")) the column mapping as '\(name)'.")
    }
  }
}
