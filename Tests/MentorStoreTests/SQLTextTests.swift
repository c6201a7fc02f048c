import Foundation
import MentorModel
import Testing

@testable import MentorStore

// Shortcoming: the check reads one line at a time, so SQL put together from a variable
// that holds a fragment, far from where it runs, passes; review such code by eye.
/// Finds SQL text in Swift source that is built from values rather than written whole.
///
/// A line is suspect when a string literal on it holds an SQL keyword and either
/// interpolates (`\(`) or is joined with `+` to something that is not another literal, or
/// when it goes on such a literal with `+` and a value. Multi-line literals are suspect when
/// they interpolate. Lines in `reviewed` have been read and build their text from constants
/// or numbers alone.
enum SQLTextCheck {
  /// Lines that build SQL text from something other than literals, each read and found to
  /// use nothing a user typed: a schema version (an `Int`), parameter numbers, and the
  /// page cache's size (an `Int` constant, and the `Int` SQLite gave before).
  static let reviewed: Set<String> = [
    #"try exec("PRAGMA user_version = \(version)")"#,
    #"try database.exec("PRAGMA cache_size = -\(Self.runCacheKiB)")"#,
    #"defer { try? database.exec("PRAGMA cache_size = \(cacheSize)") }"#,
    #"+ " VALUES " + tuples.joined(separator: ", ")"#,
  ]

  /// A string literal holding an SQL keyword, from its opening quote.
  static var keyword: Regex<Substring> {
    #/"[^"]*\b(?:SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|VACUUM|WHERE|VALUES)\b/#
  }
  /// A literal's closing quote joined with `+` to something that is not a literal.
  static var joinedToValue: Regex<Substring> { #/"\s*\+\s*[A-Za-z_(]/# }
  /// A line that goes on with `+` and something that is not a literal.
  static var continuedWithValue: Regex<Substring> { #/^\+\s*[A-Za-z_(]/# }

  /// The suspect lines of one file's text, trimmed.
  static func suspects(in text: String) -> [String] {
    var found: [String] = []
    let blocks = text.components(separatedBy: "\"\"\"")
    // Even pieces are code; odd ones are the insides of multi-line literals.
    for (index, piece) in blocks.enumerated() {
      if index % 2 == 1 {
        if piece.contains("\\(") { found.append(piece.trimmingCharacters(in: .whitespaces)) }
        continue
      }
      var previousWasSQL = false
      for raw in piece.split(separator: "\n", omittingEmptySubsequences: false) {
        let line = raw.trimmingCharacters(in: .whitespaces)
        if line.hasPrefix("//") { continue }
        let isSQL = line.contains(keyword)
        let builds =
          (isSQL && (line.contains("\\(") || line.contains(joinedToValue)))
          || (previousWasSQL && line.contains(continuedWithValue))
        if builds && !reviewed.contains(line) { found.append(line) }
        previousWasSQL = isSQL || (previousWasSQL && line.hasPrefix("+"))
      }
    }
    return found
  }
}

@Suite("SQL text is written whole, and every value is bound as a parameter")
struct SQLTextTests {
  /// The package's `Sources/MentorStore`, the only place with SQL.
  static let storeSources = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/MentorStore")

  @Test("No SQL in the store is built from values, but for the reviewed lines")
  func noBuiltSQL() throws {
    let files = try #require(FileManager.default.enumerator(atPath: Self.storeSources.path))
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
    #expect(files.count > 20)

    for file in files {
      let text = try String(
        contentsOf: Self.storeSources.appendingPathComponent(file), encoding: .utf8)
      #expect(SQLTextCheck.suspects(in: text) == [], "\(file)")
    }
  }

  @Test(
    "The check finds SQL built from a value",
    arguments: [
      #"try database.exec("DELETE FROM mentees WHERE id = '\(id)'")"#,
      #"try database.exec("SELECT * FROM mentees WHERE id = " + id)"#,
      "try database.exec(\n  \"SELECT * FROM mentees WHERE id = \"\n    + id)",
      "let sql = \"\"\"\n  SELECT * FROM \\(table)\n  \"\"\"",
    ])
  func findsBuiltSQL(code: String) {
    #expect(!SQLTextCheck.suspects(in: code).isEmpty)
  }

  @Test("Text joined from literals and values bound as parameters pass the check")
  func passesWholeSQL() {
    let code = """
      try database.run(
        "SELECT id FROM mentees WHERE surname = ?"
          + " AND form = ?", .text(surname), .text(form))
      return "Cannot open '\\(path)'"
      """
    #expect(SQLTextCheck.suspects(in: code) == [])
  }

  @Test("A name with quotes and semicolons is stored and read back as it was written")
  func hostileNameRoundTrips() throws {
    try withTemporaryFolder { folder in
      let path = folder.file("school.mentor")
      let name = "Robert'); DROP TABLE mentees;--"
      let id = "P1'; DELETE FROM results; --"
      let store = try Store(path: path)
      var sheet = DataSheet(name: "quotes")
      var person = DataSheet.Person(id: id)
      person.surname = name
      person.forename = "Bobby \"Tables\""
      sheet.people = [person]
      sheet.results = [
        MonthlyResult(
          menteeID: id, subject: "Maths'; --", month: "2026-10",
          target: Mark("6", on: .gcseNumbers) ?? .missing, homework: "1); DROP TABLE audit;")
      ]
      sheet.scales = ["Maths'; --": .gcseNumbers]
      sheet.months = ["2026-10"]
      var school = try store.loadSchool()
      school.add(sheet)
      try store.add(sheet, identity: folder.file("quotes.csv"), as: school, removing: [])
      try store.record(HistoryEvent(menteeID: id, at: "2026-10-01", by: name, text: name))
      try store.recordLeaving([id], on: "2026-10-02") { _ in nil }

      let read = try Store(path: path).loadSchool()

      #expect(read.mentees[id]?.surname == name)
      #expect(read.mentees[id]?.forename == "Bobby \"Tables\"")
      #expect(read.results(of: id)["Maths'; --"]?["2026-10"]?.homework == "1); DROP TABLE audit;")
      #expect(try store.history(of: id).map(\.by) == [name])
      #expect(try store.menteesLeft(before: "2026-10-03") == [id])
      let keys = try store.erase([id], at: "2026-10-04T00:00:00Z", by: name)
      #expect(try Store(path: path).loadSchool().mentees[keys[0]] != nil)
    }
  }
}
