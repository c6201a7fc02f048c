import Foundation
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
      // Shortcoming: no index leads from a month or a sheet to its rows, so this scans the
      // table and decodes every row of the month, once per month of each load (to find
      // an earlier load of the same sheet); an index by month would slow every load.
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
      let rows = ResultRows(results)
      for row in rows.keys.indices {
        guard var cells = try storedCells(of: rows.keys[row]) else { continue }
        var changed = false
        for index in rows.members(row) {
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
        if changed { try replaceRow(rows.keys[row], with: cells) }
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

  // Shortcoming: in WAL mode every page of a load is written twice, to the log and then
  // into the file at the checkpoint, where `sqlite3 .import` into a new file writes it once
  // (benchmark P1, 0.93x at 1,000,000 rows, with about a tenth of a second of it the
  // system's). And a load into a file that holds results already reads the stored row of
  // every mentee and month of the sheet, found or not, to keep the subjects it does not
  // give: one lookup a row, where a new file needs none.
  /// Stores the results of `sheet`, numbered `number` in `sheets`: one row for each
  /// mentee and month, in batches of `rowsPerInsert` rows to a statement and the rest
  /// with one statement of their own.
  ///
  /// A result replaces a stored one of the same mentee, month and subject (from another
  /// sheet), and within the sheet the last of the same key is kept. Stored rows are read
  /// only when the table holds any: a load into a new file only inserts.
  func writeResults(of sheet: DataSheet, number: Int) throws {
    let rows = ResultRows(sheet.results)
    var merging = false
    try database.query("SELECT EXISTS (SELECT 1 FROM results)") { row in
      merging = row.int(0) == 1
    }
    var batch = ResultBatch(results: sheet.results, rows: rows, number: number, merging: merging)
    let whole = rows.count / Self.rowsPerInsert * Self.rowsPerInsert
    if whole > 0 {
      let statement = try database.prepare(Self.insertResults(rows: Self.rowsPerInsert))
      try insert(0..<whole, with: statement, batch: &batch)
    }
    if whole < rows.count {
      let statement = try database.prepare(Self.insertResults(rows: rows.count - whole))
      try insert(whole..<rows.count, with: statement, batch: &batch)
    }
  }

  /// What `writeResults` carries from one batch to the next.
  private struct ResultBatch {
    let results: [MonthlyResult]
    let rows: ResultRows
    let number: Int
    /// Whether stored rows may share a key with the sheet's, so must be read first.
    let merging: Bool
    let writer = ResultCells.Writer()
    /// The subjects of the last row found to have no subject twice, in order: most rows
    /// list the same subjects in the same order, and then need no other check.
    var distinctSubjects: [String] = []
  }

  /// Runs `statement`, made by `insertResults` for some number of rows, once for each run
  /// of that many of the batch's `rows`; their count must be a whole number of runs.
  private func insert(
    _ rows: Range<Int>, with statement: Statement, batch: inout ResultBatch
  ) throws {
    let size = statement.parameterCount / 4
    // Mentee and month are bound again only when they differ from the ones in the same
    // place of the batch before: a sheet's months repeat from one mentee to the next.
    statement.reset()
    defer { statement.reset() }
    var binder = RepeatBinder(statement: statement, count: size * 4)
    var place = 0
    for row in rows {
      let key = batch.rows.keys[row]
      let members = batch.rows.members(row)
      batch.writer.clear()
      if batch.merging {
        try keepStored(of: key, besides: members, in: batch.results, into: batch.writer)
      }
      Self.append(members, to: &batch)
      let base = place * 4
      try binder.bind(key.mentee, at: base + 1)
      try binder.bind(key.month, at: base + 2)
      try statement.bind(batch.writer.count, at: base + 3)
      try batch.writer.bind(to: statement, at: base + 4)
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

  /// Writes to `writer` the stored cells of one mentee and month whose subjects the
  /// results at `members` do not give again.
  private func keepStored(
    of key: RowKey, besides members: ArraySlice<Int>, in results: [MonthlyResult],
    into writer: ResultCells.Writer
  ) throws {
    guard let stored = try storedCells(of: key) else { return }
    for cell in stored
    where !members.contains(where: { Self.same(results[$0].subject, cell.subject) }) {
      writer.append(cell)
    }
  }

  /// Writes to the batch's writer the results at `members`, passing over one whose subject
  /// comes again later in the same row.
  private static func append(_ members: ArraySlice<Int>, to batch: inout ResultBatch) {
    let results = batch.results
    let known = batch.distinctSubjects
    let asBefore =
      members.count == known.count
      && zip(members, known).allSatisfy { same(results[$0].subject, $1) }
    var repeated = false
    if !asBefore {
      for (place, index) in members.enumerated() {
        let later = members.dropFirst(place + 1)
        repeated = repeated || later.contains { same(results[$0].subject, results[index].subject) }
      }
      if !repeated { batch.distinctSubjects = members.map { results[$0].subject } }
    }
    for (place, index) in members.enumerated() {
      if repeated,
        members.dropFirst(place + 1).contains(where: {
          same(results[$0].subject, results[index].subject)
        })
      {
        continue
      }
      batch.writer.append(
        subject: results[index].subject, sheet: batch.number,
        target: results[index].target.text, workingAt: results[index].workingAt.text,
        predicted: results[index].predicted.text, effort: results[index].effort,
        homework: results[index].homework)
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
    let writer = ResultCells.Writer()
    for cell in cells { writer.append(cell) }
    try database.prepared(Self.updateRow).run(
      SQLValue(writer.count), .blob(writer.bytes), .text(key.mentee), .text(key.month))
  }

  /// Whether two texts are the same bytes, as SQLite compares them.
  static func same(_ one: String, _ other: String) -> Bool {
    one.isIdentical(to: other) || (one.utf8.count == other.utf8.count && byteOrder(one, other) == 0)
  }

  /// The order of two texts by their bytes, as SQLite's `BINARY` collation orders them:
  /// negative when `one` comes first, zero when they are the same bytes.
  static func byteOrder(_ one: String, _ other: String) -> Int {
    var one = one
    var other = other
    return one.withUTF8 { first in
      other.withUTF8 { second in
        let common = min(first.count, second.count)
        if common > 0, let a = first.baseAddress, let b = second.baseAddress {
          let order = memcmp(a, b, common)
          if order != 0 { return Int(order) }
        }
        return first.count - second.count
      }
    }
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
    var mentee = mentee
    var month = month
    mentee.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    hasher.combine(mentee.utf8.count)
    month.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  /// Whether this key comes before `other` in the table's order.
  func precedes(_ other: RowKey) -> Bool {
    let order = Store.byteOrder(mentee, other.mentee)
    return order < 0 || (order == 0 && Store.byteOrder(month, other.month) < 0)
  }
}

/// Results grouped into `results` rows, one for each mentee and month, without copying a
/// result.
struct ResultRows {
  /// Each row's key, in the order its first result comes.
  private(set) var keys: [RowKey] = []
  /// Where each row's results start in `order`, and where the last ends.
  private var starts: [Int] = [0]
  /// The indices of the results, row after row, each row's in their order.
  private var order: [Int] = []

  /// How many rows there are.
  var count: Int { keys.count }

  /// The indices of the results of row `row`, in their order.
  func members(_ row: Int) -> ArraySlice<Int> {
    order[starts[row]..<starts[row + 1]]
  }

  /// Groups `results`.
  ///
  /// A sheet lists a mentee's month together, and most list mentees and months in the
  /// table's order, so a result is nearly always in the row before, and a new row's key
  /// nearly always comes after every key before it; keys are hashed only once they do not.
  init(_ results: [MonthlyResult]) {
    var rowOf = [Int](repeating: 0, count: results.count)
    var found: [RowKey: Int]?
    for index in results.indices {
      let mentee = results[index].menteeID
      let month = results[index].month
      if let last = keys.last, Store.same(last.mentee, mentee), Store.same(last.month, month) {
        rowOf[index] = keys.count - 1
        continue
      }
      let key = RowKey(mentee: mentee, month: month)
      if found == nil, let last = keys.last, !last.precedes(key) {
        found = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
      }
      if let known = found?[key] {
        rowOf[index] = known
        continue
      }
      rowOf[index] = keys.count
      found?[key] = keys.count
      keys.append(key)
    }

    // Each row's results together, by counting.
    starts = [Int](repeating: 0, count: keys.count + 1)
    for row in rowOf { starts[row + 1] += 1 }
    for row in keys.indices { starts[row + 1] += starts[row] }
    var next = starts
    order = [Int](repeating: 0, count: results.count)
    for (index, row) in rowOf.enumerated() {
      order[next[row]] = index
      next[row] += 1
    }
  }
}
