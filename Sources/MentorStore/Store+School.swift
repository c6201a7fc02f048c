import Foundation
import MentorModel

/// Reading the whole school at start, and writing data sheets and results.
extension Store {
  /// Builds the school from the file: settings, mentees, subjects and months; staff and
  /// carers; interventions, meetings and escalations; the strategy library.
  ///
  /// Results stay on disk until a command needs them (`School.keepResults(in:)`): a
  /// year's data for a whole school is hundreds of thousands of rows, and `show mentee`
  /// needs a hundred of them.
  ///
  /// All of it is read on one snapshot, so a change another session commits meanwhile is
  /// in the school wholly or not at all.
  public func loadSchool() throws(DatabaseError) -> School {
    var school = School()
    try reading {
      try database.readingOneSnapshot { try readSchool(into: &school) }
    }
    return school
  }

  /// Reads everything `loadSchool()` returns into `school`.
  private func readSchool(into school: inout School) throws {
    try readSettings(into: &school)
    try readMentees(into: &school)
    var months: [String] = []
    try database.query("SELECT label FROM months ORDER BY position") { row in
      months.append(row.string(0) ?? "")
    }
    school.setMonths(months)
    try database.query("SELECT name, scale FROM subjects") { row in
      let scale = GradeScale(name: row.string(1) ?? "") ?? .gcseNumbers
      school.setScale(scale, for: row.string(0) ?? "")
    }
    school.keepResults(in: StoredResultReader(database: database))
    try readPeople(into: &school)
    try readInterventions(into: &school)
    try readMeetings(into: &school)
    try readEscalations(into: &school)
    try readStrategies(into: &school)
  }

  /// Leaves every result of `school` on disk, to be read when a command needs it, as when
  /// the school is first read: after a load, whose results are all on disk by then.
  public func keepResults(of school: inout School) {
    school.keepResults(in: StoredResultReader(database: database))
  }

  private func readSettings(into school: inout School) throws {
    var stored: [(name: String, value: String)] = []
    try database.query("SELECT name, value FROM settings") { row in
      stored.append((row.string(0) ?? "", row.string(1) ?? ""))
    }
    // All together, so that two settings that must keep an order are read as a pair.
    school.settings = Settings(stored: stored)
  }

  // Shortcoming: every mentee is read at start, over half of the instructions of starting
  // on 2,000 mentees and showing one (benchmark P2, about 2x `sqlite3` selecting that
  // mentee's rows); reading mentees lazily, as results are, would change the model.
  private func readMentees(into school: inout School) throws {
    var mentees: [String: Mentee] = [:]
    try database.query("SELECT count(*) FROM mentees") { row in
      mentees.reserveCapacity(row.int(0) ?? 0)
    }
    try database.query(
      "SELECT id, surname, forename, year, form, mentor, erased_at IS NOT NULL FROM mentees"
    ) { row in
      let id = row.string(0) ?? ""
      var mentee = Mentee(
        id: id, surname: row.string(1) ?? "", forename: row.string(2) ?? "",
        year: row.string(3) ?? "", form: row.string(4) ?? "", mentor: row.string(5) ?? "")
      mentee.isErased = row.int(6) == 1
      mentees[id] = mentee
    }
    // Ordered by mentee, so each mentee's months are gathered before moving on.
    var current = ""
    var byMonth: [String: Double] = [:]
    func attach() {
      if !byMonth.isEmpty { mentees[current]?.attendance = byMonth }
    }
    try database.query("SELECT mentee, month, percent FROM attendance ORDER BY mentee") { row in
      let id = row.string(0) ?? ""
      if id != current {
        attach()
        current = id
        byMonth = [:]
      }
      byMonth[row.string(1) ?? ""] = row.double(2)
    }
    attach()
    school.setMentees(mentees)
  }

  /// The keys of results stored by an earlier load of the sheet `name` (its identity, the
  /// file's full path) for `month`.
  public func resultKeys(ofSheet name: String, month: String) throws(DatabaseError)
    -> [ResultKey]
  {
    var keys: [ResultKey] = []
    try reading {
      // No index leads from a sheet to its results (see `Schema.compactResults`): this
      // scans the table, once per load of a sheet already loaded.
      try database.query(
        "SELECT r.mentee, r.subject FROM results AS r JOIN sheets AS s ON s.id = r.sheet"
          + " WHERE s.name = ? AND r.month = ?", .text(name), .text(month)
      ) { row in
        keys.append(
          ResultKey(
            menteeID: row.string(0) ?? "", subject: row.string(1) ?? "",
            month: month))
      }
    }
    return keys
  }

  /// Stores a data sheet in one transaction, as `school` holds it once the sheet is added.
  ///
  /// - Parameters:
  ///   - sheet: the sheet read from the file.
  ///   - identity: what makes this sheet the same sheet when loaded again: its file's
  ///     full path, so that two files of one name in two folders stay apart.
  ///   - school: the school with the sheet already added, for mentees and month order.
  ///   - removing: results of an earlier load of the same sheet and month to delete first.
  public func add(
    _ sheet: DataSheet, identity: String, as school: School, removing: [ResultKey]
  )
    throws(DatabaseError)
  {
    let loadedAt = UTCTime(seconds: Int(Date().timeIntervalSince1970.rounded(.down))).iso8601
    try write {
      let remove = try database.prepare(
        "DELETE FROM results WHERE mentee = ? AND subject = ? AND month = ?")
      for key in removing {
        try remove.run(.text(key.menteeID), .text(key.subject), .text(key.month))
      }
      try writeMentees(sheet.people.map(\.id), of: school)
      for (subject, scale) in sheet.scales {
        try database.run(
          "INSERT INTO subjects (name, scale) VALUES (?, ?)"
            + " ON CONFLICT (name) DO UPDATE SET scale = excluded.scale",
          .text(subject), .text(scale.name))
      }
      try writeMonths(school.months)
      try writeResults(of: sheet, number: try sheetNumber(identity))
      var counts: [String: Int] = [:]
      for result in sheet.results { counts[result.month, default: 0] += 1 }
      for month in sheet.months {
        try database.run(
          "INSERT OR REPLACE INTO sheet_loads (name, month, loaded_at, results)"
            + " VALUES (?, ?, ?, ?)",
          .text(identity), .text(month), .text(loadedAt), SQLValue(counts[month] ?? 0))
      }
    }
  }

  /// Changes the grades of results already stored (targets set in bulk, for example).
  public func saveResults(_ results: [MonthlyResult]) throws(DatabaseError) {
    try write {
      let update = try database.prepare(
        "UPDATE results SET target = ?, working_at = ?, predicted = ?, effort = ?,"
          + " homework = ? WHERE mentee = ? AND subject = ? AND month = ?")
      for result in results {
        try update.run(
          .text(result.target.text), .text(result.workingAt.text), .text(result.predicted.text),
          result.effort.map { SQLValue($0) } ?? .null, .text(result.homework),
          .text(result.menteeID), .text(result.subject), .text(result.month))
      }
    }
  }

  private func writeMentees(_ ids: [String], of school: School) throws {
    let upsert = try database.prepare(
      "INSERT INTO mentees (id, surname, forename, year, form, mentor)"
        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
        + " surname = excluded.surname, forename = excluded.forename, year = excluded.year,"
        + " form = excluded.form, mentor = excluded.mentor")
    let attendance = try database.prepare(
      "INSERT OR REPLACE INTO attendance (mentee, month, percent) VALUES (?, ?, ?)")
    for id in ids {
      guard let mentee = school.mentees[id] else { continue }
      try upsert.run(
        .text(mentee.id), .text(mentee.surname), .text(mentee.forename), .text(mentee.year),
        .text(mentee.form), .text(mentee.mentor))
      for (month, percent) in mentee.attendance {
        try attendance.run(.text(id), .text(month), .real(percent))
      }
    }
  }

  private func writeMonths(_ months: [String]) throws {
    let upsert = try database.prepare(
      "INSERT INTO months (label, position) VALUES (?, ?)"
        + " ON CONFLICT (label) DO UPDATE SET position = excluded.position")
    for (position, month) in months.enumerated() {
      try upsert.run(.text(month), SQLValue(position))
    }
  }

  /// The number `results` rows use for the sheet `identity`, given it if new.
  private func sheetNumber(_ identity: String) throws -> Int {
    try database.run(
      "INSERT INTO sheets (name) VALUES (?) ON CONFLICT (name) DO NOTHING", .text(identity))
    var number: Int?
    try database.query("SELECT id FROM sheets WHERE name = ?", .text(identity)) { row in
      number = row.int(0)
    }
    guard let number else { throw DatabaseError.sqlite(code: 1, message: "sheet not recorded") }
    return number
  }

  /// How many results one INSERT carries. Many rows to a statement keep SQLite's cursor
  /// open from one row to the next, so a row appended after the one before is placed
  /// without searching the table again, and the statement's own start and end are paid
  /// once per batch rather than once per row.
  static let resultsPerInsert = 50

  /// Stores the results of `sheet`, numbered `number` in `sheets`, in batches of
  /// `resultsPerInsert` rows to a statement and the rest with one statement of their own.
  ///
  /// A result replaces a stored one of the same mentee, month and subject (from another
  /// sheet). A plain INSERT where nothing can conflict was measured to cost the same: SQLite
  /// looks for the key in both.
  private func writeResults(of sheet: DataSheet, number: Int) throws {
    let results = sheet.results
    var start = results.startIndex
    let whole = results.count / Self.resultsPerInsert * Self.resultsPerInsert
    if whole > 0 {
      let statement = try database.prepare(
        Self.insertResults(rows: Self.resultsPerInsert))
      try insert(results[start..<whole], sheet: number, with: statement)
      start = whole
    }
    if start < results.endIndex {
      let statement = try database.prepare(
        Self.insertResults(rows: results.endIndex - start))
      try insert(results[start...], sheet: number, with: statement)
    }
  }

  /// An INSERT of `rows` results, the sheet's number being `?1` and each row's eight
  /// values the parameters after it, replacing a stored result of the same key.
  static func insertResults(rows: Int) -> String {
    let tuples = (0..<rows).map { row in
      let first = 2 + row * 8
      return "(" + (first..<first + 8).map { "?\($0)" }.joined(separator: ", ") + ", ?1)"
    }
    return "INSERT INTO results"
      + " (mentee, month, subject, target, working_at, predicted, effort, homework, sheet)"
      + " VALUES " + tuples.joined(separator: ", ")
      + " ON CONFLICT (mentee, month, subject) DO UPDATE"
      + " SET target = excluded.target, working_at = excluded.working_at,"
      + " predicted = excluded.predicted, effort = excluded.effort,"
      + " homework = excluded.homework, sheet = excluded.sheet"
  }

  /// Runs `statement`, made by `insertResults` for some number of rows, once for each
  /// run of that many of `results`; their count must be a whole number of runs.
  private func insert(
    _ results: ArraySlice<MonthlyResult>, sheet: Int, with statement: Statement
  ) throws {
    let rows = (statement.parameterCount - 1) / 8
    // Shortcoming: SQLite's own work for this keyed table is still more than
    // `sqlite3 .import`'s whole run for the same rows, so a load of a long sheet stays
    // slower than the reference (benchmark P1).
    // Each value is bound directly, and bound again only when it differs from the one in
    // the same place of the batch before: a sheet's rows repeat a mentee, month or
    // subject many times over.
    statement.reset()
    defer { statement.reset() }
    try statement.bind(sheet, at: 1)
    var binder = RepeatBinder(statement: statement, count: rows * 8 + 1)
    var row = 0
    for result in results {
      let base = 1 + row * 8
      try binder.bind(result.menteeID, at: base + 1)
      try binder.bind(result.month, at: base + 2)
      try binder.bind(result.subject, at: base + 3)
      try binder.bind(result.target.text, at: base + 4)
      try binder.bind(result.workingAt.text, at: base + 5)
      try binder.bind(result.predicted.text, at: base + 6)
      if let effort = result.effort {
        try statement.bind(effort, at: base + 7)
      } else {
        try statement.bindNull(at: base + 7)
      }
      try binder.bind(result.homework, at: base + 8)
      row += 1
      if row == rows {
        while try statement.step() {}
        statement.rewind()
        row = 0
      }
    }
  }
}
