import Foundation
import Testing

/// `scripts/examples/uci.mentor` run by the built `mentor` from the package root, with its
/// counts checked against the UCI files as this test reads them itself.
@Suite("The UCI example script, run on the real data sheets")
struct UCIExampleTests {
  /// The one run of the script that every test reads.
  static let run = Result { () throws -> MentorProcess.Outcome in
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    return try mentor.run(
      ["--memory", "scripts/examples/uci.mentor"], directory: MentorProcess.packageRoot)
  }

  static let mathematics = Result { try UCIStudents(file: "student-mat.csv") }
  static let portuguese = Result { try UCIStudents(file: "student-por.csv") }

  @Test("The script runs to the end without an error")
  func runsCleanly() throws {
    let outcome = try Self.run.get()

    #expect(outcome.status == 0)
    #expect(outcome.errors.isEmpty)
  }

  @Test("Every row of both files is stored, with a result for each of three periods")
  func loadsEveryRow() throws {
    let output = try Self.run.get().output
    let mathematics = try Self.mathematics.get()
    let portuguese = try Self.portuguese.get()

    #expect(mathematics.students.count == 395)
    #expect(portuguese.students.count == 649)
    for file in [mathematics, portuguese] {
      let rows = file.students.count
      #expect(output.contains("Stored \(rows * 3) results for \(rows) mentees from "))
    }
  }

  @Test("The students found in both files, by their identifying values, are counted")
  func countsMatchedStudents() throws {
    let matched = try Self.matched()

    #expect(matched.shared.count == 370)
    #expect(try Self.countLines().first == "370 of \(matched.everyone) mentees")
  }

  @Test("The students below target in both subjects are counted at G2 and G3, then listed")
  func countsStudentsBelowInBoth() throws {
    let matched = try Self.matched()
    let belowInBoth = { (period: String) in
      matched.shared.filter {
        matched.mathematics[$0]!.isBelowTarget(period)
          && matched.portuguese[$0]!.isBelowTarget(period)
      }.count
    }

    let counts = try Self.countLines().dropFirst()

    #expect(
      Array(counts) == [
        "\(belowInBoth("G2")) of \(matched.everyone) mentees",
        "\(belowInBoth("G3")) of \(matched.everyone) mentees",
      ])
    #expect(Self.lastListRows(try Self.run.get().output).count == belowInBoth("G3"))
  }

  /// The students of both files by identity, those in both, and how many there are in all.
  static func matched() throws -> (
    mathematics: [[String]: UCIStudents.Student], portuguese: [[String]: UCIStudents.Student],
    shared: Set<[String]>, everyone: Int
  ) {
    let mathematics = try Self.mathematics.get().studentsByIdentity
    let portuguese = try Self.portuguese.get().studentsByIdentity
    let shared = Set(mathematics.keys).intersection(portuguese.keys)
    let everyone = mathematics.count + portuguese.count - shared.count
    return (mathematics, portuguese, shared, everyone)
  }

  /// The lines `list mentees --count` printed, such as `370 of 674 mentees`, in order.
  static func countLines() throws -> [String] {
    try run.get().output.split(separator: "\n").map(String.init)
      .filter { $0.first?.isNumber == true && $0.hasSuffix(" mentees") }
  }

  /// The rows of the last list printed as CSV: the lines after its header.
  static func lastListRows(_ output: String) -> [Substring] {
    let lines = output.split(separator: "\n")
    guard let header = lines.lastIndex(where: { $0.hasPrefix("id,surname,forename,") }) else {
      return []
    }
    return Array(lines[(header + 1)...])
  }
}

/// The students of one UCI file, read straight from its text with no help from the
/// project's importer: split on `;`, quotes dropped, columns found by their header.
struct UCIStudents {
  /// One student's grades for the periods G1, G2 and G3.
  struct Student {
    var grades: [String: Int]

    /// Whether the grade of a period is under the script's target: the G1 grade plus one,
    /// at most 20.
    func isBelowTarget(_ period: String) -> Bool {
      guard let first = grades["G1"], let grade = grades[period] else { return false }
      return grade < min(first + 1, 20)
    }
  }

  /// The columns the data's authors used to match students across the two files.
  static let identifying = [
    "school", "sex", "age", "address", "famsize", "Pstatus", "Medu", "Fedu", "Mjob", "Fjob",
    "reason", "nursery", "internet",
  ]

  /// The shared data folder, beside the package root.
  static let folder = MentorProcess.packageRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/data/uci-student-performance")

  /// Every student, in file order, with the values of the identifying columns.
  var students: [(identity: [String], student: Student)] = []

  /// Reads one file of the shared folder.
  init(file: String) throws {
    let text = try String(
      contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
    let lines = text.split(whereSeparator: \.isNewline).map { line in
      line.split(separator: ";", omittingEmptySubsequences: false).map {
        $0.replacingOccurrences(of: "\"", with: "")
      }
    }
    guard let header = lines.first else { return }
    let column = { (name: String) in header.firstIndex(of: name)! }

    for fields in lines.dropFirst() {
      let identity = Self.identifying.map { fields[column($0)] }
      var grades: [String: Int] = [:]
      for period in ["G1", "G2", "G3"] { grades[period] = Int(fields[column(period)]) }
      students.append((identity, Student(grades: grades)))
    }
  }

  /// Students by their identifying values and, when those repeat in the file, by how many
  /// times they appeared before: the second alike student is paired with the second alike
  /// one of the other file.
  var studentsByIdentity: [[String]: Student] {
    var seen: [[String]: Int] = [:]
    var byIdentity: [[String]: Student] = [:]
    for (identity, student) in students {
      seen[identity, default: 0] += 1
      byIdentity[identity + [String(seen[identity]!)]] = student
    }
    return byIdentity
  }
}
