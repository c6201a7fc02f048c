import MentorModel

/// Writing results: one `results` row for each mentee and month, holding every subject's
/// cells (`ResultCells`, schema step 10), so that a result is found, replaced or removed
/// by reading its row, changing its cells and writing the row back.
///
/// Texts are matched byte for byte, as SQLite compared the keys of the table of one row per
/// result: two ids that Swift counts equal but are written differently stay apart.
extension Store {
  /// The keys of results stored by an earlier load of the sheet `name` (its identity, the
  /// file's full path) for `month`.
  public func resultKeys(ofSheet name: String, month: String) throws(DatabaseError)
    -> [ResultKey]
  {
    var keys: [ResultKey] = []
    try reading {
      var number: Int?
      try database.query("SELECT id FROM sheets WHERE name = ?", .text(name)) { row in
        number = row.int(0)
      }
      guard let number else { return }
      // No index leads from a month or a sheet to its rows: this scans the table, once
      // per load of a sheet already loaded.
      try database.query("SELECT mentee, cells FROM results WHERE month = ?", .text(month)) {
        row in
        let mentee = row.string(0) ?? ""
        for cell in try ResultCells.decode(row.blob(1) ?? []) where cell.sheet == number {
          keys.append(ResultKey(menteeID: mentee, subject: cell.subject, month: month))
        }
      }
    }
    return keys
  }

  /// Changes the grades of results already stored (targets set in bulk, for example); a
  /// result not stored is passed over.
  public func saveResults(_ results: [MonthlyResult]) throws(DatabaseError) {
    try write {
      for row in Self.rows(of: results) {
        guard var cells = try storedCells(of: row.key) else { continue }
        var changed = false
        for index in row.members {
          let result = results[index]
          guard let at = cells.firstIndex(where: { Self.same($0.subject, result.subject) })
          else { continue }
          cells[at].target = result.target.text
          cells[at].workingAt = result.workingAt.text
          cells[at].predicted = result.predicted.text
          cells[at].effort = result.effort
          cells[at].homework = result.homework
          changed = true
        }
        if changed { try replaceRow(row.key, with: cells) }
      }
    }
  }

  /// Removes stored results by key; a key not stored is passed over.
  func removeResults(_ keys: [ResultKey]) throws {
    var subjects: [RowKey: [String]] = [:]
    for key in keys {
      subjects[RowKey(mentee: key.menteeID, month: key.month), default: []].append(key.subject)
    }
    for (key, removed) in subjects {
      guard let cells = try storedCells(of: key) else { continue }
      let kept = cells.filter { cell in !removed.contains { Self.same($0, cell.subject) } }
      if kept.count != cells.count { try replaceRow(key, with: kept) }
    }
  }

  /// How many rows one INSERT carries. Many rows to a statement keep SQLite's cursor
  /// open from one row to the next, so a row appended after the one before is placed
  /// without searching the table again, and the statement's own start and end are paid
  /// once per batch rather than once per row.
  static let rowsPerInsert = 50

  /// Stores the results of `sheet`, numbered `number` in `sheets`: one row for each
  /// mentee and month, in batches of `rowsPerInsert` rows to a statement and the rest
  /// with one statement of their own.
  ///
  /// A result replaces a stored one of the same mentee, month and subject (from another
  /// sheet), and within the sheet the last of the same key is kept. Stored rows are read
  /// only when the table holds any: a load into a new file only inserts.
  func writeResults(of sheet: DataSheet, number: Int) throws {
    let rows = Self.rows(of: sheet.results)
    var merging = false
    try database.query("SELECT EXISTS (SELECT 1 FROM results)") { row in
      merging = row.int(0) == 1
    }
    var batch = ResultBatch(sheet: sheet, number: number, merging: merging)
    let whole = rows.count / Self.rowsPerInsert * Self.rowsPerInsert
    if whole > 0 {
      let statement = try database.prepare(Self.insertResults(rows: Self.rowsPerInsert))
      try insert(rows[..<whole], with: statement, batch: &batch)
    }
    if whole < rows.count {
      let statement = try database.prepare(Self.insertResults(rows: rows.count - whole))
      try insert(rows[whole...], with: statement, batch: &batch)
    }
  }

  /// What `writeResults` carries from one batch to the next.
  private struct ResultBatch {
    let sheet: DataSheet
    let number: Int
    /// Whether stored rows may share a key with the sheet's, so must be read first.
    let merging: Bool
    var writer = ResultCells.Writer()
  }

  /// Runs `statement`, made by `insertResults` for some number of rows, once for each run
  /// of that many of `rows`; their count must be a whole number of runs.
  private func insert(
    _ rows: ArraySlice<(key: RowKey, members: [Int])>, with statement: Statement,
    batch: inout ResultBatch
  ) throws {
    let size = statement.parameterCount / 4
    // Mentee and month are bound again only when they differ from the ones in the same
    // place of the batch before: a sheet's months repeat from one mentee to the next.
    statement.reset()
    defer { statement.reset() }
    var binder = RepeatBinder(statement: statement, count: size * 4)
    var place = 0
    for row in rows {
      batch.writer.clear()
      if batch.merging {
        try keepStored(of: row, in: batch.sheet.results, into: &batch.writer)
      }
      Self.append(row.members, of: batch.sheet.results, sheet: batch.number, to: &batch.writer)
      let base = place * 4
      try binder.bind(row.key.mentee, at: base + 1)
      try binder.bind(row.key.month, at: base + 2)
      try statement.bind(batch.writer.count, at: base + 3)
      try statement.bind(batch.writer.bytes, at: base + 4)
      place += 1
      if place == size {
        while try statement.step() {}
        statement.rewind()
        place = 0
      }
    }
  }

  /// An INSERT of `rows` rows of `results`, each row's four values the parameters in turn,
  /// replacing a stored row of the same key.
  static func insertResults(rows: Int) -> String {
    let tuples = (0..<rows).map { row in
      let first = 1 + row * 4
      return "(" + (first..<first + 4).map { "?\($0)" }.joined(separator: ", ") + ")"
    }
    return "INSERT INTO results (mentee, month, subjects, cells)"
      + " VALUES " + tuples.joined(separator: ", ")
      + " ON CONFLICT (mentee, month) DO UPDATE"
      + " SET subjects = excluded.subjects, cells = excluded.cells"
  }

  /// Writes to `writer` the stored cells of `row`'s mentee and month whose subjects the
  /// sheet does not give again.
  private func keepStored(
    of row: (key: RowKey, members: [Int]), in results: [MonthlyResult],
    into writer: inout ResultCells.Writer
  ) throws {
    guard let stored = try storedCells(of: row.key) else { return }
    for cell in stored
    where !row.members.contains(where: { Self.same(results[$0].subject, cell.subject) }) {
      writer.append(cell)
    }
  }

  /// Writes to `writer` the results at `members`, passing over one whose subject comes
  /// again later in the same row.
  private static func append(
    _ members: [Int], of results: [MonthlyResult], sheet: Int,
    to writer: inout ResultCells.Writer
  ) {
    for (place, index) in members.enumerated() {
      let result = results[index]
      let later = members[(place + 1)...]
      if later.contains(where: { same(results[$0].subject, result.subject) }) { continue }
      writer.append(
        subject: result.subject, sheet: sheet, target: result.target.text,
        workingAt: result.workingAt.text, predicted: result.predicted.text,
        effort: result.effort, homework: result.homework)
    }
  }

  private static let storedRow = SQL("SELECT cells FROM results WHERE mentee = ? AND month = ?")
  private static let updateRow = SQL(
    "UPDATE results SET subjects = ?, cells = ? WHERE mentee = ? AND month = ?")
  private static let deleteRow = SQL("DELETE FROM results WHERE mentee = ? AND month = ?")

  /// The cells stored for one mentee and month, or nil when no row is stored.
  private func storedCells(of key: RowKey) throws -> [ResultCell]? {
    var bytes: [UInt8]?
    try database.prepared(Self.storedRow).query(.text(key.mentee), .text(key.month)) { row in
      bytes = row.blob(0) ?? []
    }
    return try bytes.map { bytes throws(DatabaseError) in try ResultCells.decode(bytes) }
  }

  /// Writes `cells` over the stored row of one mentee and month, or removes the row when
  /// no cell is left.
  private func replaceRow(_ key: RowKey, with cells: [ResultCell]) throws {
    guard !cells.isEmpty else {
      return try database.prepared(Self.deleteRow).run(.text(key.mentee), .text(key.month))
    }
    var writer = ResultCells.Writer()
    for cell in cells { writer.append(cell) }
    try database.prepared(Self.updateRow).run(
      SQLValue(writer.count), .blob(writer.bytes), .text(key.mentee), .text(key.month))
  }

  /// The rows `results` fall into, in the order each row's first result comes, each with
  /// the indices of its results in their order.
  static func rows(of results: [MonthlyResult]) -> [(key: RowKey, members: [Int])] {
    var rows: [(key: RowKey, members: [Int])] = []
    var found: [RowKey: Int] = [:]
    var current = -1
    for (index, result) in results.enumerated() {
      // A sheet lists a mentee's month together, so the row is nearly always the last one.
      if current >= 0, same(rows[current].key.mentee, result.menteeID),
        same(rows[current].key.month, result.month)
      {
        rows[current].members.append(index)
        continue
      }
      let key = RowKey(mentee: result.menteeID, month: result.month)
      if let known = found[key] {
        current = known
      } else {
        current = rows.count
        rows.append((key, []))
        found[key] = current
      }
      rows[current].members.append(index)
    }
    return rows
  }

  /// Whether two texts are the same bytes, as SQLite compares them.
  static func same(_ one: String, _ other: String) -> Bool {
    one.utf8.elementsEqual(other.utf8)
  }
}

/// The key of a `results` row, compared and hashed byte for byte.
struct RowKey: Hashable {
  var mentee: String
  var month: String

  static func == (one: RowKey, other: RowKey) -> Bool {
    Store.same(one.mentee, other.mentee) && Store.same(one.month, other.month)
  }

  func hash(into hasher: inout Hasher) {
    for byte in mentee.utf8 { hasher.combine(byte) }
    hasher.combine(0xFF as UInt8)
    for byte in month.utf8 { hasher.combine(byte) }
  }
}
