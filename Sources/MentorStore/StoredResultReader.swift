import MentorModel

/// Reads a school's results from the database when the school first needs them.
///
/// `@unchecked Sendable`: the database connection is not thread-safe, and the shell that
/// owns the school uses it from one thread only, as it does the store.
struct StoredResultReader: ResultSource, @unchecked Sendable {
  let database: Database

  /// A row holds every subject of one mentee and month (`ResultCells`).
  private static let columns = "SELECT mentee, month, cells FROM results"

  func results(of menteeID: String, scales: [String: GradeScale]) throws -> [MonthlyResult] {
    try read(Self.columns + " WHERE mentee = ?", [.text(menteeID)], scales: scales)
  }

  func allResults(scales: [String: GradeScale]) throws -> [MonthlyResult] {
    try read(Self.columns, [], scales: scales)
  }

  private static let resultInMonth = SQL(
    "SELECT 1 FROM results WHERE mentee = ? AND month = ? LIMIT 1")

  func hasResults(of menteeID: String, in month: String) throws -> Bool {
    var found = false
    try database.prepared(Self.resultInMonth).query(.text(menteeID), .text(month)) { _ in
      found = true
    }
    return found
  }

  private func read(_ sql: String, _ values: [SQLValue], scales: [String: GradeScale]) throws
    -> [MonthlyResult]
  {
    // Grades repeat: a school has a few dozen distinct cells per scale, so each is read
    // once and the same Mark reused.
    var marks: [String: [String: Mark]] = [:]
    func mark(_ text: String, _ subject: String) -> Mark {
      if let known = marks[subject]?[text] { return known }
      let read = Mark(text, on: scales[subject] ?? .gcseNumbers) ?? .missing
      marks[subject, default: [:]][text] = read
      return read
    }
    var found: [MonthlyResult] = []
    let statement = try database.prepare(sql)
    try statement.query(values) { row in
      let mentee = row.string(0) ?? ""
      let month = row.string(1) ?? ""
      for cell in try ResultCells.decode(row.blob(2) ?? []) {
        found.append(
          MonthlyResult(
            menteeID: mentee, subject: cell.subject, month: month,
            target: mark(cell.target, cell.subject),
            workingAt: mark(cell.workingAt, cell.subject),
            predicted: mark(cell.predicted, cell.subject), effort: cell.effort,
            homework: cell.homework))
      }
    }
    return found
  }
}
