import Foundation
import Testing

/// Every file `mentor` makes holds data about children, so each is its owner's alone.
@Suite("Under umask 000 every file mentor creates is 0600 and every folder 0700")
struct FileModeEndToEndTests {
  /// The permission bits of everything under `root`, by path relative to it.
  static func modes(under root: URL) throws -> [String: Int] {
    var found: [String: Int] = [:]
    let walker = FileManager.default.enumerator(atPath: root.path)
    while let relative = walker?.nextObject() as? String {
      let attributes = try FileManager.default.attributesOfItem(
        atPath: root.appendingPathComponent(relative).path)
      found[relative] = ((attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1) & 0o777
    }
    return found
  }

  @Test("The default database, its folders, outbox, messages, sheets and reports")
  func everyFileIsPrivate() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let home = mentor.path("home")
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: false)
    let out = mentor.path("home/out")
    let commands = [
      "source demo/school.mentor", "meet zoe", "end", "sheet zoe --out '\(out)/sheet.html'",
      "report cohort --out '\(out)/cohort.html'", "list mentees --out '\(out)/caseload.csv'",
      "history zoe --out '\(out)/history.json'", "escalate zoe to leader 'no homework'",
      "notify",
    ].map { "-c \"\($0)\"" }.joined(separator: " ")

    let run = try mentor.runShell(
      "umask 000 && mkdir '\(out)' && chmod 700 '\(out)' && \"$MENTOR\" --bail \(commands)",
      directory: MentorProcess.packageRoot, environment: ["HOME": home])

    #expect(run.status == 0, "\(run.errors)")
    let modes = try Self.modes(under: URL(fileURLWithPath: home))
    for expected in [
      ".local/share/mentor/mentor.db", "out/sheet.html", "out/cohort.html",
      "out/caseload.csv", "out/history.json",
    ] {
      #expect(modes[expected] == 0o600, "\(expected)")
    }
    #expect(modes.keys.contains { $0.hasPrefix(".local/share/mentor/outbox/") && $0 != "" })
    for (path, mode) in modes {
      var isFolder: ObjCBool = false
      FileManager.default.fileExists(atPath: home + "/" + path, isDirectory: &isFolder)
      #expect(mode == (isFolder.boolValue ? 0o700 : 0o600), "\(path) is \(String(mode, radix: 8))")
    }
  }
}
