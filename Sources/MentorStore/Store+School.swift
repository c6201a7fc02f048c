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

  // Shortcoming: every mentee is still made at start, over a third of the instructions of
  // starting on 2,000 mentees and showing one (3.5 M of 9.4 M, with the roster; benchmark
  // P2): making 12,000 texts from the roster's bytes and hashing 2,000 ids into the
  // dictionary. Reading mentees lazily, as results are, would change the model: a copy of
  // the school kept to undo a command, or to compare with after another session's commit,
  // must not read the file after it changed.
  /// Reads every mentee, with their attendance: from the roster, one row, when it is
  /// there, and from `mentees` row by row when a change made elsewhere removed it.
  private func readMentees(into school: inout School) throws {
    var mentees: [String: Mentee] = [:]
    if try !readRoster(into: &mentees) {
      try database.query("SELECT count(*) FROM mentees") { row in
        mentees.reserveCapacity(row.int(0) ?? 0)
      }
      try database.query(
        "SELECT id, surname, forename, year, form, mentor, erased_at IS NOT NULL FROM mentees"
      ) { row in
        let id = row.string(0) ?? ""
        // Made in place in the dictionary: a mentee built first and stored after was copied.
        mentees[id] = Mentee(
          id: id, surname: row.string(1) ?? "", forename: row.string(2) ?? "",
          year: row.string(3) ?? "", form: row.string(4) ?? "", mentor: row.string(5) ?? "",
          isErased: row.int(6) == 1)
      }
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

  // Shortcoming: a file whose mentees another program changed has no roster, and starts at
  // the cost of reading the table (7.7 M instructions against 3.5 M for 2,000 mentees),
  // until a `mentor` commits a change to it; starting does not write, so a session that
  // only reads never builds it.
  /// Reads every mentee from the roster into `mentees`; false when there is no roster.
  private func readRoster(into mentees: inout [String: Mentee]) throws -> Bool {
    var stored: (count: Int, bytes: [UInt8])?
    try database.prepared(Roster.read).query { row in
      stored = (row.int(0) ?? 0, row.blob(1) ?? [])
    }
    guard let stored else { return false }
    try Roster.decode(stored.bytes, count: stored.count, into: &mentees)
    return true
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
      try removeResults(removing)
      try writeMentees(sheet.people.map(\.id), of: school)
      for (subject, scale) in sheet.scales {
        try database.run(
          "INSERT INTO subjects (name, scale) VALUES (?, ?)"
            + " ON CONFLICT (name) DO UPDATE SET scale = excluded.scale",
          .text(subject), .text(scale.name))
      }
      try writeMonths(school.months)
      try writeResults(of: sheet, number: try sheetNumber(identity))
      try recordLoads(of: sheet, identity: identity, at: loadedAt)
    }
  }

  /// Records a load of `sheet` for each of its months, with the number of its results in
  /// that month.
  private func recordLoads(of sheet: DataSheet, identity: String, at loadedAt: String) throws {
    // Counted a run of one month at a time: a sheet lists a month's results together.
    var counts: [String: Int] = [:]
    var run: (month: String, count: Int)?
    for index in sheet.results.indices {
      let month = sheet.results[index].month
      if let current = run, current.month == month {
        run = (month, current.count + 1)
        continue
      }
      if let current = run { counts[current.month, default: 0] += current.count }
      run = (month, 1)
    }
    if let current = run { counts[current.month, default: 0] += current.count }
    for month in sheet.months {
      try database.run(
        "INSERT OR REPLACE INTO sheet_loads (name, month, loaded_at, results)"
          + " VALUES (?, ?, ?, ?)",
        .text(identity), .text(month), .text(loadedAt), SQLValue(counts[month] ?? 0))
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
}
