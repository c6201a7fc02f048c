import Foundation
import Testing

/// One kind of bad input given to the built `mentor`: the files it needs, the run, and what
/// must come of it.
struct BadInput: Sendable, CustomTestStringConvertible {
  /// What is checked to show that nothing was stored.
  enum Kept: Sendable {
    /// The months and the number of mentees in `school.db`, listed by a second run.
    case school
    /// The bytes of this file in the test's folder.
    case file(String)
  }

  /// What the case is, as the test's name.
  var testDescription: String
  /// Files written into the test's folder before the run, by name.
  var files: [String: [UInt8]] = [:]
  /// The arguments of the run, which starts in the test's folder.
  var arguments: [String]
  /// The exit status expected.
  var status: Int32 = 1
  /// Text that standard error must hold.
  var message: String
  /// What must be the same after the run as before it.
  var kept: Kept = .school

  /// A run of `mentor` on `school.db` with one command.
  init(
    _ name: String, _ command: String, files: [String: [UInt8]] = [:], message: String
  ) {
    testDescription = name
    self.files = files
    arguments = ["--db", "school.db", "-c", command]
    self.message = message
  }

  /// A run of `mentor` with these arguments.
  init(
    _ name: String, arguments: [String], files: [String: [UInt8]] = [:], status: Int32,
    message: String, kept: Kept = .school
  ) {
    testDescription = name
    self.files = files
    self.arguments = arguments
    self.status = status
    self.message = message
    self.kept = kept
  }
}

/// The header of a long data sheet.
private let header =
  "UPN,Surname,Forename,Year,Form,Mentor,Subject,Target,Working At,Predicted,Effort,"
  + "Homework,Attendance\n"

/// A good row of a long data sheet, for the mentee with this id.
private func row(_ id: Int, subject: String = "Maths", grade: String = "5") -> String {
  "K2104000000\(id),Lowe,Ada,10,10A,Ms Adeyemi,\(subject),6,\(grade),6,1,95,98.5\n"
}

/// A long data sheet of a header and these rows, as UTF-8 bytes.
private func sheet(_ rows: String...) -> [UInt8] {
  Array((header + rows.joined()).utf8)
}

/// A database file whose header says a later version of mentor wrote it: the long sheet
/// loaded, then SQLite's `user_version` (four bytes at offset 60) set far ahead.
private let newerVersion = "newer.db"

/// Every bad input, each stopped with a clear message and nothing stored.
private let badInputs: [BadInput] = [
  // Data sheets that cannot be read at all.
  BadInput(
    "an empty file", "load empty.csv --month 2026-10", files: ["empty.csv": []],
    message: "empty.csv: error: "),
  BadInput(
    "only blank lines", "load blank.csv --month 2026-10",
    files: ["blank.csv": Array("\n\n  \n".utf8)], message: "blank.csv: error: "),
  BadInput(
    "a header and no rows", "load header.csv --month 2026-10",
    files: ["header.csv": sheet()],
    message: "header.csv: error: The data sheet has a header but no rows"),
  BadInput(
    "a binary file", "load picture.csv --month 2026-10",
    files: ["picture.csv": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]],
    message: "picture.csv"),
  BadInput(
    "a file of NUL bytes", "load zeros.csv --month 2026-10",
    files: ["zeros.csv": [UInt8](repeating: 0, count: 4096)], message: "zeros.csv"),
  BadInput(
    "a 10 MB single line", "load line.csv --month 2026-10",
    files: ["line.csv": [UInt8](repeating: UInt8(ascii: "a"), count: 10 * 1024 * 1024)],
    message: "line.csv"),
  BadInput(
    "a quote never closed, reported at the line where it opened",
    "load quote.csv --month 2026-10",
    files: ["quote.csv": sheet(row(51), "K210400000052,\"Lowe,Ada,10\n", row(53), row(54))],
    message: "quote.csv:3: error: Line 3 opens a quoted field that is never closed"),
  BadInput(
    "a quote never closed in the header", "load quote.csv --month 2026-10",
    files: ["quote.csv": Array(("UPN,\"Surname,Forename\n" + row(51)).utf8)],
    message: "quote.csv:1: error: Line 1 opens a quoted field that is never closed"),
  BadInput(
    "text after a closing quote", "load after.csv --month 2026-10",
    files: ["after.csv": sheet(row(51), "K210400000052,\"Lowe\"x,Ada,10\n")],
    message: "after.csv:3: error: "),
  BadInput(
    "fields split by a separator mentor does not know", "load pipes.csv --month 2026-10",
    files: ["pipes.csv": Array((header + row(51) + row(52)).replacing(",", with: "|").utf8)],
    message: "pipes.csv"),
  BadInput(
    "the wrong separator named", "load sheet.csv --month 2026-10 --delimiter semicolon",
    files: ["sheet.csv": sheet(row(51), row(52))], message: "sheet.csv"),
  BadInput(
    "a separator that is not one of the choices", "load sheet.csv --delimiter pipe",
    files: ["sheet.csv": sheet(row(51))], message: "'pipe'"),
  // Data sheets that read, with rows that cannot be stored.
  BadInput(
    "the same mentee and subject twice", "load twice.csv --month 2026-10",
    files: ["twice.csv": sheet(row(51), row(52), row(51))], message: "twice.csv:4: error: "),
  BadInput(
    "one id under two names", "load names.csv --month 2026-10",
    files: [
      "names.csv": sheet(
        row(51), "K210400000051,Barton,Zed,10,10A,Ms Adeyemi,Drama,6,6,6,1,100,98.5\n")
    ],
    message: "names.csv:3: error: "),
  BadInput(
    "a grade that fits no scale", "load grade.csv --month 2026-10",
    files: ["grade.csv": sheet(row(51), row(52, grade: "5*"))],
    message: "grade.csv:3: error: "),
  BadInput(
    "a grade not on the scale named", "load grade.csv --month 2026-10 --scale gcse",
    files: ["grade.csv": sheet(row(51), row(52, grade: "5*"))],
    message: "grade.csv:3: error: '5*' is not a grade of the scale of 'Maths' (gcse)"),
  BadInput(
    "a BTEC grade where the scale is GCSE", "load grade.csv --month 2026-10 --scale gcse",
    files: ["grade.csv": sheet(row(51), row(52, grade: "Merit"))],
    message: "grade.csv:3: error: 'Merit' is not a grade of the scale of 'Maths' (gcse)"),
  BadInput(
    "a GCSE grade in a BTEC subject", "load grade.csv --month 2026-10 --scale-for Sport=btec",
    files: [
      "grade.csv": sheet(
        row(51, subject: "Sport", grade: "Pass"), row(52, subject: "Sport", grade: "7"))
    ],
    message: "grade.csv:3: error: '7' is not a grade of the scale of 'Sport' (btec)"),
  BadInput(
    "a scale mentor does not know", "load sheet.csv --month 2026-10 --scale roman",
    files: ["sheet.csv": sheet(row(51))], message: "Unknown scale 'roman'"),
  BadInput(
    "an attendance above 100", "load sheet.csv --month 2026-10",
    files: [
      "sheet.csv": sheet(
        row(51), "K210400000052,Lowe,Ada,10,10A,Ms Adeyemi,Maths,6,5,6,1,95,188.5\n")
    ],
    message: "sheet.csv:3: error: "),
  BadInput(
    "a row with no id", "load sheet.csv --month 2026-10",
    files: ["sheet.csv": sheet(row(51), ",Lowe,Ada,10,10A,Ms Adeyemi,Maths,6,5,6,1,95,98.5\n")],
    message: "sheet.csv:3: error: "),
  BadInput(
    "a row cut short", "load sheet.csv --month 2026-10",
    files: ["sheet.csv": sheet(row(51), "K210400000052,Lowe,Ada,10,10A\n")],
    message: "sheet.csv:3: error: "),
  BadInput(
    "a name holding a control character", "load sheet.csv --month 2026-10",
    files: [
      "sheet.csv": sheet(
        row(51), "K210400000052,Lo\u{7}we,Ada,10,10A,Ms Adeyemi,Maths,6,5,6,1,95,98.5\n")
    ],
    message: "sheet.csv:3: error: "),
  // Text that is not in the encoding said.
  BadInput(
    "a sheet not in UTF-8 read as UTF-8", "load names.csv --month 2026-10 --encoding utf-8",
    files: [
      "names.csv": Array(header.utf8) + Array("K210400000051,O".utf8) + [0x92]
        + Array("Brien,Zo".utf8) + [0xEB] + Array(",10,10A,Ms Adeyemi,Maths,6,5,6,1,95,98.5\n".utf8)
    ],
    message: "names.csv:2: error: "),
  BadInput(
    "an encoding mentor does not know", "load sheet.csv --encoding latin-9",
    files: ["sheet.csv": sheet(row(51))], message: "'latin-9'"),
  // Months.
  BadInput(
    "a month that does not exist", "load sheet.csv --month 2026-13",
    files: ["sheet.csv": sheet(row(51))],
    message: "'2026-13' is not a month such as 2026-10 or a period such as G1"),
  BadInput(
    "a date in the wrong format", "load sheet.csv --month 13/10/2026",
    files: ["sheet.csv": sheet(row(51))], message: "'13/10/2026' is not a month"),
  BadInput(
    "a month name that does not exist", "load sheet.csv --month 'Octember 2026'",
    files: ["sheet.csv": sheet(row(51))], message: "'Octember 2026' is not a month"),
  BadInput(
    "a month column holding a month that does not exist", "load months.csv",
    files: [
      "months.csv": Array(
        ("Month," + header + "2026-10," + row(51) + "2026-13," + row(52)).utf8)
    ],
    message: "months.csv:3: error: "),
  BadInput(
    "a month column holding a date in the wrong format", "load months.csv",
    files: [
      "months.csv": Array(
        ("Month," + header + "2026-10," + row(51) + "Octember 2026," + row(52)).utf8)
    ],
    message: "months.csv:3: error: "),
  // Files that are not there or not files.
  BadInput(
    "a missing file", "load no-such.csv --month 2026-10",
    message: "Cannot read 'no-such.csv': no such file or directory"),
  BadInput(
    "a folder given as a file", "load . --month 2026-10",
    message: "Cannot read '.': it is a folder, not a file"),
  BadInput(
    "a device given as a file", "load /dev/zero --month 2026-10",
    message: "it is a device, not a file"),
  BadInput(
    "a missing staff list", "load staff no-such.csv",
    message: "'no-such.csv'"),
  BadInput(
    "a staff list with a bad address", "load staff staff.csv",
    files: ["staff.csv": Array("Name,Email,Role\nMs Adeyemi,adeyemi at school,Mentor\n".utf8)],
    message: "staff.csv:2"),
  BadInput(
    "a parents list without its columns", "load parents parents.csv",
    files: ["parents.csv": Array("Colour,Size\nred,big\n".utf8)], message: "parents.csv"),
  // Scripts.
  BadInput(
    "a script that is not UTF-8", arguments: ["--db", "school.db", "script.mentor"],
    files: ["script.mentor": Array("echo one\necho Zo".utf8) + [0xEB] + [0x0A]],
    status: 2, message: "'script.mentor' is not UTF-8 text (line 2 is the first that is not"),
  BadInput(
    "a sourced script that is not UTF-8",
    "source script.mentor",
    files: ["script.mentor": Array("echo one\necho Zo".utf8) + [0xEB] + [0x0A]],
    message: "'script.mentor' is not UTF-8 text (line 2 is the first that is not"),
  BadInput(
    "a script that sources itself", "source loop.mentor",
    files: ["loop.mentor": Array("echo round\nsource loop.mentor\n".utf8)],
    message: "loop.mentor:2: error: "),
  BadInput(
    "two scripts that source each other", "source a.mentor",
    files: [
      "a.mentor": Array("source b.mentor\n".utf8), "b.mentor": Array("source a.mentor\n".utf8),
    ],
    message: "b.mentor:1: error: "),
  BadInput(
    "scripts nested too deep", "source deep0.mentor",
    files: Dictionary(
      uniqueKeysWithValues: (0..<40).map {
        ("deep\($0).mentor", Array("source deep\($0 + 1).mentor\n".utf8))
      }),
    message: "error: "),
  BadInput(
    "a missing script", arguments: ["--db", "school.db", "no-such.mentor"], status: 2,
    message: "'no-such.mentor'"),
  BadInput(
    "a folder given as a script", arguments: ["--db", "school.db", "."], status: 2,
    message: "'.'"),
  BadInput(
    "a missing sourced script", "source no-such.mentor", message: "'no-such.mentor'"),
  // Databases.
  BadInput(
    "a database file that is not a database",
    arguments: ["--db", "notes.db", "-c", "load sheet.csv --month 2026-10"],
    files: [
      "notes.db": Array(String(repeating: "Shopping list: milk, eggs\n", count: 200).utf8),
      "sheet.csv": sheet(row(51)),
    ],
    status: 2, message: "notes.db", kept: .file("notes.db")),
  BadInput(
    "a database file that is empty of pages but not empty",
    arguments: ["--db", "short.db", "-c", "load sheet.csv --month 2026-10"],
    files: ["short.db": Array("SQLite format 3\0".utf8), "sheet.csv": sheet(row(51))],
    status: 2, message: "short.db", kept: .file("short.db")),
  BadInput(
    "a database from a newer version of mentor",
    arguments: ["--db", newerVersion, "-c", "load sheet.csv --month 2026-10"],
    files: ["sheet.csv": sheet(row(51))], status: 2,
    message: "This database comes from a newer mentor",
    kept: .file(newerVersion)),
  BadInput(
    "a database in a folder that is not there",
    arguments: ["--db", "nowhere/school.db", "-c", "list months"], status: 2,
    message: "nowhere", kept: .school),
]

@Suite("Bad input is refused with a clear message, and nothing of it is stored")
struct BadInputTests {
  /// The clock and the user of every run.
  static let environment = [
    "MENTOR_NOW": "2026-12-04T10:00:00Z", "MENTOR_USER": "Dr Osei",
  ]

  @Test("Refused, said clearly, nothing stored", arguments: badInputs)
  func refused(_ input: BadInput) throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    try prepare(mentor)
    for (name, bytes) in input.files { try mentor.write(name, bytes: bytes) }
    let before = try kept(input.kept, in: mentor)

    let outcome = try mentor.run(
      input.arguments, environment: Self.environment, timeLimit: 120)

    #expect(!outcome.timedOut)
    #expect(outcome.status == input.status, "\(outcome.errors)")
    #expect(outcome.errors.contains(input.message), "\(outcome.errors)")
    #expect(!outcome.errors.contains("Fatal error"))
    #expect(try kept(input.kept, in: mentor) == before)
  }

  /// Stores a month of a good sheet in `school.db`, so that a bad run has something to
  /// leave alone, and writes `newer.db` as a later version of mentor would.
  private func prepare(_ mentor: MentorProcess) throws {
    let loaded = try mentor.run(
      [
        "--db", "school.db", "-c",
        "load \(MentorProcess.fixture("long-2026-09.csv")) --month 2026-09",
      ],
      environment: Self.environment)
    try #require(loaded.status == 0, "\(loaded.errors)")
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: mentor.path("school.db"))))
    bytes.replaceSubrange(60..<64, with: [0x00, 0x00, 0x7F, 0xFF])
    try mentor.write(newerVersion, bytes: bytes)
  }

  /// What must not change: the school's months and mentees, or a file's bytes.
  private func kept(_ kept: BadInput.Kept, in mentor: MentorProcess) throws -> String {
    switch kept {
    case .file(let name):
      let data = try Data(contentsOf: URL(fileURLWithPath: mentor.path(name)))
      return data.base64EncodedString()
    case .school:
      let listed = try mentor.run(
        ["--db", "school.db", "-c", "list months", "-c", "list mentees --count"],
        environment: Self.environment)
      try #require(listed.status == 0, "\(listed.errors)")
      return listed.output
    }
  }
}

@Suite("A disk with no room left stops the change with a clear message")
struct FullDiskTests {
  /// The demo's November sheet, quoted for a mentor command.
  static let november =
    "'" + MentorProcess.packageRoot.appendingPathComponent("demo/2026-11.csv").path + "'"

  /// Stores September in `school.db`, runs `commands` in a shell with a file size limit of
  /// `kibibytes`, and checks that November, which the commands load, was not stored.
  private func withSizeLimit(
    _ kibibytes: Int, _ commands: String
  ) throws -> MentorProcess.Outcome {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let sheet = MentorProcess.fixture("long-2026-09.csv")
    let loaded = try mentor.run(
      ["--db", "school.db", "-c", "load \(sheet) --month 2026-09"],
      environment: BadInputTests.environment)
    try #require(loaded.status == 0, "\(loaded.errors)")

    let outcome = try mentor.runShell(
      "ulimit -f \(kibibytes); \"$MENTOR\" --db school.db \(commands)",
      environment: BadInputTests.environment)

    let listed = try mentor.run(["--db", "school.db", "-c", "list months"])
    #expect(listed.output.contains("2026-09"))
    #expect(!listed.output.contains("2026-11"))
    return outcome
  }

  @Test("A file size limit too small to open the database: the disk is full, nothing stored")
  func fileSizeLimit() throws {
    let outcome = try withSizeLimit(16, "-c \"load \(Self.november)\"")

    #expect(outcome.status == 2, "\(outcome.errors)")
    #expect(outcome.errors.contains("The disk is full, so the change was not saved"))
  }

  @Test("A file size limit reached partway through a load: the disk is full, nothing stored")
  func fileSizeLimitPartwayThroughALoad() throws {
    // 64 KiB: room to open the database and read it, not to store a month of the demo.
    let outcome = try withSizeLimit(64, "-c 'list months' -c \"load \(Self.november)\"")

    #expect(outcome.output.contains("\n2026-09,"), "the database opened: \(outcome.errors)")
    #expect(outcome.status == 1, "\(outcome.errors)")
    #expect(
      outcome.errors
        == "error: The disk is full, so the change was not saved; free some space and try again\n"
    )
  }
}
