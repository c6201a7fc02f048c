import Foundation
import Testing

/// Running `mentor` as `nobody`: the tests run as root, whom permission bits do not stop.
enum RunningAsNobody {
  /// Whether `mentor` can be run as `nobody`: the tests run as root, `setpriv` exists, and
  /// `nobody` can run the built executable where it lies.
  static let isPossible: Bool = {
    guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: setpriv) else {
      return false
    }
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let outcome = try? mentor.runShell(command("--version"))
    return outcome?.status == 0
  }()

  /// Where `setpriv` is.
  static let setpriv = "/usr/bin/setpriv"

  /// A shell command that runs `mentor` as `nobody` (uid and gid 65534, no other groups).
  static func command(_ arguments: String) -> String {
    "\(setpriv) --reuid=65534 --regid=65534 --clear-groups \"$MENTOR\" \(arguments)"
  }
}

/// A database the user may read but not write, tried as another user through `setpriv`.
@Suite(
  "A database the user cannot write is refused with a clear message and left as it was",
  .enabled(if: RunningAsNobody.isPossible, "needs root, setpriv and a mentor nobody can run"))
struct ReadOnlyDatabaseTests {
  /// A school in `folder/school.db` made by root, readable by everyone, writable by root.
  private func school(in folder: String, of mentor: MentorProcess) throws -> String {
    let path = mentor.path(folder)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let sheet = MentorProcess.fixture("long-2026-09.csv")
    let loaded = try mentor.run(
      ["--db", "\(folder)/school.db", "-c", "load \(sheet) --month 2026-09"],
      environment: BadInputTests.environment)
    try #require(loaded.status == 0, "\(loaded.errors)")
    chmod(path + "/school.db", 0o644)
    return path + "/school.db"
  }

  @Test(
    "Refused whether or not the folder can be written",
    arguments: [(folderWritable: false, "folder root's"), (folderWritable: true, "nobody's")])
  func refused(folderWritable: Bool, whose: String) throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let database = try school(in: "shared", of: mentor)
    if folderWritable { chown(mentor.path("shared"), 65534, 65534) }
    let before = try Data(contentsOf: URL(fileURLWithPath: database))

    let outcome = try mentor.runShell(
      RunningAsNobody.command(
        "--db shared/school.db -c 'list months' -c \"agree B000001 student x\""),
      environment: ["MENTOR_USER": "Ms Adeyemi"])

    #expect(outcome.status == 2, "\(outcome.errors)")
    #expect(
      outcome.errors
        == "mentor: error: 'shared/school.db' is read-only, and mentor needs to write there\n")
    #expect(outcome.output == "")
    #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    let files = try FileManager.default.contentsOfDirectory(atPath: mentor.path("shared"))
    #expect(files == ["school.db"], "\(whose) folder holds only the database")
  }
}
