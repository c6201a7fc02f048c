import Foundation
import Testing

@Suite("What one mentor confirms, a later mentor sees")
struct PersistenceTests {
  static let load = "load \(MentorProcess.fixture("long.csv")) --month 2026-10"

  /// The permission bits of a file or folder.
  static func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  @Test("A sheet loaded with --db PATH is there for the next process")
  func laterProcessSeesLoad() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let database = mentor.path("school.db")

    let first = try mentor.run(["--db", database, "-c", Self.load])
    let second = try mentor.run(["--db", database, "-c", "show mentee 'Zoë Brontë' --format csv"])

    #expect(first.status == 0)
    #expect(second.status == 0)
    #expect(second.errors.isEmpty)
    #expect(second.output.contains("K210400000011,2026-10,History,5,4,4,4,below"))
  }

  @Test("Targets and settings changed in one process are there for the next")
  func laterProcessSeesChanges() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let database = mentor.path("school.db")
    let sheet = MentorProcess.fixture("no-targets-2026-09.csv")

    let first = try mentor.run([
      "--db", database, "-c", "load \(sheet)", "-c", "target Maths 7",
      "-c", "setting well-below-from 1",
    ])
    let second = try mentor.run([
      "--db", database, "-c", "setting well-below-from", "-c", "show mentee chloe --format csv",
    ])

    #expect(first.status == 0)
    #expect(second.status == 0)
    #expect(second.output.hasPrefix("well-below-from 1\n"))
    #expect(second.output.contains("K210400000014,2026-09,Maths,7,8+"))
  }

  @Test("A reload replaces the stored results for the next process, rather than adding to them")
  func reloadReplacesStoredResults() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let database = mentor.path("school.db")
    _ = try mentor.run(["--db", database, "-c", Self.load])

    let reload = try mentor.run(["--db", database, "-c", Self.load])
    let after = try mentor.run(["--db", database, "-c", "list months --format csv"])

    #expect(reload.output.contains("Replaced the earlier load of 'long.csv' for 2026-10"))
    #expect(after.output == "month,results,sheets\n2026-10,20,long.csv\n")
  }

  @Test("A column mapping saved by one process is used by name in the next")
  func savedMappingIsKept() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let database = mentor.path("school.db")
    let sheet = MentorProcess.fixture("own-headers.csv")

    let first = try mentor.run([
      "--db", database, "-c",
      "load \(sheet) --month 2026-10 --map 'upn=Ref;target=Aim;working-at=Now' --save-mapping own",
    ])
    let second = try mentor.run([
      "--db", database, "-c", "load \(sheet) --month 2026-11 --mapping own",
      "-c", "list months --format csv",
    ])

    #expect(first.status == 0)
    #expect(second.status == 0)
    #expect(second.output.hasSuffix("2026-10,14,own-headers.csv\n2026-11,14,own-headers.csv\n"))
  }

  @Test("A failed load leaves the database as it was")
  func failedLoadChangesNothing() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let database = mentor.path("school.db")
    _ = try mentor.run(["--db", database, "-c", Self.load])

    let failed = try mentor.run([
      "--db", database, "-c", "load \(MentorProcess.fixture("bad-rows.csv")) --month 2026-11",
    ])
    let after = try mentor.run(["--db", database, "-c", "list months --format csv"])

    #expect(failed.status == 1)
    #expect(after.output == "month,results,sheets\n2026-10,20,long.csv\n")
  }

  @Test("MENTOR_DB names the database when --db is not given")
  func environmentNamesDatabase() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let database = mentor.path("from-environment.db")

    let first = try mentor.run(["-c", Self.load], environment: ["MENTOR_DB": database])
    let second = try mentor.run(
      ["-c", "list months --format csv"], environment: ["MENTOR_DB": database])

    #expect(first.status == 0)
    #expect(FileManager.default.fileExists(atPath: database))
    #expect(second.output == "month,results,sheets\n2026-10,20,long.csv\n")
    #expect(!FileManager.default.fileExists(atPath: mentor.path(".local/share/mentor")))
  }

  @Test("--db wins over MENTOR_DB")
  func optionWinsOverEnvironment() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let given = mentor.path("given.db")
    let ignored = mentor.path("ignored.db")

    let outcome = try mentor.run(
      ["--db", given, "-c", Self.load], environment: ["MENTOR_DB": ignored])

    #expect(outcome.status == 0)
    #expect(FileManager.default.fileExists(atPath: given))
    #expect(!FileManager.default.fileExists(atPath: ignored))
  }

  @Test("The default database is ~/.local/share/mentor/mentor.db, private to its owner")
  func defaultDatabase() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let folder = mentor.path(".local/share/mentor")
    let database = folder + "/mentor.db"

    let first = try mentor.run(["-c", Self.load])
    let second = try mentor.run(["-c", "list months --format csv"])

    #expect(first.status == 0)
    #expect(FileManager.default.fileExists(atPath: database))
    #expect(try Self.mode(database) & 0o777 == 0o600)
    #expect(try Self.mode(folder) & 0o777 == 0o700)
    #expect(second.output == "month,results,sheets\n2026-10,20,long.csv\n")
  }

  @Test("XDG_DATA_HOME moves the default database")
  func dataHomeMovesDatabase() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let dataHome = mentor.path("data")

    let outcome = try mentor.run(["-c", Self.load], environment: ["XDG_DATA_HOME": dataHome])

    #expect(outcome.status == 0)
    #expect(FileManager.default.fileExists(atPath: dataHome + "/mentor/mentor.db"))
  }

  @Test("--memory writes no file, even where MENTOR_DB points")
  func memoryWritesNothing() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let database = mentor.path("should-not-exist.db")

    let outcome = try mentor.run(
      ["--memory", "-c", Self.load, "-c", "target all earliest plus 1 --replace"],
      environment: ["MENTOR_DB": database])

    #expect(outcome.status == 0)
    #expect(mentor.contents().isEmpty, "files written: \(mentor.contents())")
  }

  @Test("A --memory session starts empty, whatever the default database holds")
  func memoryStartsEmpty() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    _ = try mentor.run(["-c", Self.load])

    let outcome = try mentor.run(["--memory", "-c", "list months --format csv"])

    #expect(outcome.output == "month,results,sheets\n")
  }

  @Test("A shell left open shows, on its next command, what another mentor stored meanwhile")
  func openShellCatchesUp() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let database = "'" + mentor.path("school.db") + "'"
    let september = MentorProcess.fixture("long-2026-09.csv")
    let october = MentorProcess.fixture("long.csv")
    _ = try mentor.run(["--db", mentor.path("school.db"), "-c", "load \(september)"])

    let outcome = try mentor.runShell(
      """
      (echo 'list months --format csv'; sleep 2; echo 'list months --format csv') \
        | "$MENTOR" --db \(database) > open-shell.txt &
      sleep 1
      "$MENTOR" --db \(database) -c "load \(october) --month 2026-10" > /dev/null
      wait
      cat open-shell.txt
      """)

    #expect(outcome.status == 0, "\(outcome.errors)")
    let lines = outcome.output.split(separator: "\n").map(String.init)
    #expect(lines.filter { $0.hasPrefix("2026-09,") }.count == 2)
    #expect(lines.filter { $0.hasPrefix("2026-10,") }.count == 1)
  }
}
