import MentorModel
import Testing

@testable import MentorStore

@Suite("Results stored a row per mentee and month are loaded, replaced and changed as before")
struct PackedResultsTests {
  /// A result with grades on the GCSE number scale.
  static func result(
    _ mentee: String, _ subject: String, _ month: String, target: String = "",
    workingAt: String = "", effort: Int? = nil, homework: String = ""
  ) -> MonthlyResult {
    MonthlyResult(
      menteeID: mentee, subject: subject, month: month,
      target: Mark(target, on: .gcseNumbers) ?? .missing,
      workingAt: Mark(workingAt, on: .gcseNumbers) ?? .missing, effort: effort,
      homework: homework)
  }

  /// Stores `results` as a data sheet of the file `name` in `folder`, as `load` does,
  /// replacing an earlier load of the same sheet and month.
  static func load(
    _ results: [MonthlyResult], as name: String, in folder: TemporaryFolder, store: Store
  ) throws {
    var sheet = DataSheet(name: name)
    var ids: [String] = []
    for result in results where !ids.contains(result.menteeID) { ids.append(result.menteeID) }
    sheet.people = ids.map { DataSheet.Person(id: $0) }
    sheet.results = results
    for result in results { sheet.scales[result.subject] = .gcseNumbers }
    for result in results where !sheet.months.contains(result.month) {
      sheet.months.append(result.month)
    }
    var school = try store.loadSchool()
    var earlier: [ResultKey] = []
    for month in sheet.months {
      earlier += try store.resultKeys(ofSheet: folder.file(name), month: month)
    }
    school.removeResults(earlier)
    school.add(sheet)
    try store.add(sheet, identity: folder.file(name), as: school, removing: earlier)
  }

  /// Runs `body` with a new database file in a temporary folder.
  static func withStore(_ body: (TemporaryFolder, String, Store) throws -> Void) throws {
    try withTemporaryFolder { folder in
      let path = folder.file("school.mentor")
      try body(folder, path, try Store(path: path))
    }
  }

  /// The working-at grade stored for P1 in `subject` for September, as text.
  static func workingAt(_ subject: String, in path: String) throws -> String? {
    try stored(path)["P1"]?[subject]?["2026-09"]?.workingAt.text
  }

  /// Every stored result as a new connection reads it, by mentee, subject and month.
  static func stored(_ path: String) throws -> [String: [String: [String: MonthlyResult]]] {
    let school = try Store(path: path).loadSchool()
    var all: [String: [String: [String: MonthlyResult]]] = [:]
    for id in school.mentees.keys { all[id] = school.results(of: id) }
    return all.filter { !$0.value.isEmpty }
  }

  @Test("A sheet's subjects share a row per mentee and month, and read back whole")
  func oneRowPerMenteeAndMonth() throws {
    try Self.withStore { folder, path, store in
      let results = [
        Self.result("P1", "Art", "2026-09", target: "7", workingAt: "5", effort: 2),
        Self.result("P1", "Maths", "2026-09", target: "6", homework: "late: 2 pieces"),
        Self.result("P1", "Maths", "2026-10", workingAt: "6"),
        Self.result("P2", "Art", "2026-09", effort: 0, homework: "Zoë's \"draft\""),
      ]
      try Self.load(results, as: "year10.csv", in: folder, store: store)

      var rows = 0
      var subjects = 0
      try store.database.query("SELECT count(*), sum(subjects) FROM results") { row in
        rows = row.int(0) ?? 0
        subjects = row.int(1) ?? 0
      }
      #expect(rows == 3)
      #expect(subjects == 4)
      let read = try Self.stored(path)
      for result in results {
        #expect(read[result.menteeID]?[result.subject]?[result.month] == result)
      }
      #expect(read.values.map { $0.values.map(\.count).reduce(0, +) }.reduce(0, +) == 4)
    }
  }

  @Test("Another sheet replaces only the subjects it gives; the same sheet again replaces its own")
  func replacingBySubject() throws {
    try Self.withStore { folder, path, store in
      try Self.load(
        [
          Self.result("P1", "Art", "2026-09", workingAt: "4"),
          Self.result("P1", "Maths", "2026-09", workingAt: "5"),
        ], as: "first.csv", in: folder, store: store)
      try Self.load(
        [
          Self.result("P1", "Maths", "2026-09", workingAt: "8"),
          Self.result("P1", "Music", "2026-09", workingAt: "3"),
        ], as: "second.csv", in: folder, store: store)

      #expect(try Self.workingAt("Art", in: path) == "4")
      #expect(try Self.workingAt("Maths", in: path) == "8")
      #expect(try Self.workingAt("Music", in: path) == "3")
      let first = try store.resultKeys(ofSheet: folder.file("first.csv"), month: "2026-09")
      #expect(first.map(\.subject) == ["Art"])
      let second = try store.resultKeys(ofSheet: folder.file("second.csv"), month: "2026-09")
      #expect(Set(second.map(\.subject)) == ["Maths", "Music"])

      // The first sheet again, without Art: its Art goes, the second sheet's rows stay.
      try Self.load(
        [Self.result("P1", "Maths", "2026-09", workingAt: "9")], as: "first.csv", in: folder,
        store: store)
      #expect(try Self.workingAt("Art", in: path) == nil)
      #expect(try Self.workingAt("Maths", in: path) == "9")
      #expect(try Self.workingAt("Music", in: path) == "3")
      #expect(
        try store.resultKeys(ofSheet: folder.file("second.csv"), month: "2026-09")
          .map(\.subject) == ["Music"])
    }
  }

  @Test("A sheet giving a key twice keeps the last; a mentee's months may come apart")
  func repeatedAndScatteredKeys() throws {
    try Self.withStore { folder, path, store in
      try Self.load(
        [
          Self.result("P1", "Art", "2026-09", workingAt: "4"),
          Self.result("P2", "Art", "2026-09", workingAt: "5"),
          Self.result("P1", "Maths", "2026-09", workingAt: "6"),
          Self.result("P1", "Art", "2026-09", workingAt: "7"),
        ], as: "sheet.csv", in: folder, store: store)

      #expect(try Self.workingAt("Art", in: path) == "7")
      #expect(try Self.workingAt("Maths", in: path) == "6")
      #expect(try Self.stored(path)["P2"]?["Art"]?["2026-09"]?.workingAt.text == "5")
      var subjects = 0
      try store.database.query("SELECT sum(subjects) FROM results") { row in
        subjects = row.int(0) ?? 0
      }
      #expect(subjects == 3)
    }
  }

  @Test("Ids written differently but equal to Swift stay apart, as SQLite's keys kept them")
  func idsComparedByTheirBytes() throws {
    try Self.withStore { folder, path, store in
      let composed = "Zo\u{E9}"
      let decomposed = "Zoe\u{301}"
      try Self.load(
        [
          Self.result(composed, "Art", "2026-09", workingAt: "4"),
          Self.result(decomposed, "Art", "2026-09", workingAt: "5"),
        ], as: "sheet.csv", in: folder, store: store)
      var rows: [String] = []
      try store.database.query("SELECT mentee FROM results ORDER BY mentee") { row in
        rows.append(row.string(0) ?? "")
      }
      #expect(rows.map { Array($0.utf8) } == [Array(decomposed.utf8), Array(composed.utf8)])
    }
  }

  @Test("Saved grades change only the results stored, keeping the others in the row")
  func savingGrades() throws {
    try Self.withStore { folder, path, store in
      try Self.load(
        [
          Self.result("P1", "Art", "2026-09", target: "5", workingAt: "4"),
          Self.result("P1", "Maths", "2026-09", target: "6", workingAt: "5"),
        ], as: "sheet.csv", in: folder, store: store)

      try store.saveResults([
        Self.result("P1", "Maths", "2026-09", target: "8", workingAt: "5", effort: 1),
        Self.result("P1", "Music", "2026-09", target: "9"),
        Self.result("P3", "Art", "2026-09", target: "9"),
      ])

      let read = try Self.stored(path)
      #expect(read["P1"]?["Maths"]?["2026-09"]?.target.text == "8")
      #expect(read["P1"]?["Maths"]?["2026-09"]?.effort == 1)
      #expect(read["P1"]?["Art"]?["2026-09"]?.target.text == "5")
      #expect(read["P1"]?["Music"] == nil)
      #expect(read["P3"] == nil)
      // Still the sheet's: loading it again replaces the saved grade.
      #expect(
        try store.resultKeys(ofSheet: folder.file("sheet.csv"), month: "2026-09")
          .count == 2)
    }
  }

  @Test("Removing every subject of a row removes the row")
  func removingWholeRows() throws {
    try Self.withStore { folder, path, store in
      try Self.load(
        [Self.result("P1", "Art", "2026-09"), Self.result("P2", "Art", "2026-09")],
        as: "sheet.csv", in: folder, store: store)
      try Self.load(
        [Self.result("P2", "Art", "2026-09", workingAt: "6")], as: "sheet.csv", in: folder,
        store: store)

      var mentees: [String] = []
      try store.database.query("SELECT mentee FROM results ORDER BY mentee") { row in
        mentees.append(row.string(0) ?? "")
      }
      #expect(mentees == ["P2"])
    }
  }
}
