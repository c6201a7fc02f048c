import Foundation
import Testing

/// Roles from the command line: `--as`, `MENTOR_USER` and `-c`, on a database file.
@Suite("Roles hold for -c, --as and MENTOR_USER, and an open database file is refused")
struct RoleEndToEndTests {
  /// Runs `body` with a test folder holding the demo school in `school.db`, loaded by its
  /// Progress Leader, and the database's path.
  static func withDemo(_ body: (MentorProcess, String) throws -> Void) throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let database = mentor.path("school.db")
    let made = try mentor.run(
      ["--db", database, "--bail", "demo/school.mentor"], directory: MentorProcess.packageRoot)
    try #require(made.status == 0, "\(made.errors)")
    try body(mentor, database)
  }

  @Test("A mentor's -c of a school-wide command is refused with status 1, naming the leader")
  func mentorRefused() throws {
    try Self.withDemo { mentor, database in
      let run = try mentor.run(
        ["--db", database, "-c", "load staff demo/staff.csv", "-c", "list months --count"],
        directory: MentorProcess.packageRoot, environment: ["MENTOR_USER": "patel"])

      #expect(run.status == 1)
      #expect(
        run.errors == "error: Only the Progress Leader (Dr Osei) can use 'load staff'\n")
      #expect(run.output.hasPrefix("3 months"), "the next command runs")
    }
  }

  @Test("--as wins over MENTOR_USER; someone not on the staff list is told how to get in")
  func unknownPerson() throws {
    try Self.withDemo { mentor, database in
      let run = try mentor.run(
        ["--db", database, "--as", "Ms Nobody", "-c", "list months"],
        environment: ["MENTOR_USER": "Dr Osei"])

      #expect(run.status == 1)
      #expect(
        run.errors
          == "error: 'Ms Nobody' is not on the staff list: ask the Progress Leader (Dr Osei)"
          + " to add you (by name or email), or start mentor with --as NAME\n")
    }
  }

  @Test("A database file others can read opens with a warning that says how to fix it")
  func readableDatabaseWarned() throws {
    try Self.withDemo { mentor, database in
      chmod(database, 0o644)

      let run = try mentor.run(["--db", database, "-c", "list months --count"])

      #expect(run.status == 0)
      #expect(
        run.errors
          == "mentor: warning: Other users can read '\(database)', which holds data about"
          + " children; make it private with: chmod 600 '\(database)'\n")
      #expect(run.output.hasPrefix("3 months"))
    }
  }

  @Test("A database file others can write is refused with status 2 and how to fix it")
  func openDatabaseRefused() throws {
    try Self.withDemo { mentor, database in
      chmod(database, 0o666)

      let run = try mentor.run(["--db", database, "-c", "list months"])

      #expect(run.status == 2)
      #expect(run.errors.contains("chmod 600 '\(database)'"))
      #expect(run.output.isEmpty)
    }
  }
}
