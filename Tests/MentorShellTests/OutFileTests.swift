import Foundation
import Testing

@testable import MentorShell

@Suite("--out writes records to a file, whole and owner-only, or refuses with a reason")
final class OutFileTests {
  /// A private folder for the files the tests write, removed when the test ends.
  let folder: String

  init() throws {
    folder =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-out-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// The text of a file the test wrote.
  func read(_ name: String) throws -> String {
    try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
  }

  /// The permission bits of a file.
  func permissions(_ name: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + name)
    return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
  }

  @Test("The file holds what standard output would, and standard error says what was written")
  func writesWhatWouldPrint() throws {
    let session = try DemoSession()
    #expect(session.shell.execute("list mentees where year 11 --format csv"))
    let printed = session.output.text
    session.output.text = ""

    let path = folder + "/caseload.csv"
    #expect(session.shell.execute("list mentees where year 11 --out \(path)"))

    #expect(session.output.text.isEmpty, "nothing goes to standard output")
    #expect(try read("caseload.csv") == printed)
    #expect(session.errors.text == "Wrote 60 mentees to '\(path)'.\n")
    #expect(try permissions("caseload.csv") == 0o600)
  }

  @Test(
    "Without --format, the file's extension names the format",
    arguments: [
      ("months.csv", "month,results,sheets\n"), ("months.json", "[\n  {\"month\": "),
      ("months.txt", "Month    Results  Sheets\n"), ("months.TABLE", "Month    Results"),
      ("months", "month,results,sheets\n"), ("months.dat", "month,results,sheets\n"),
    ])
  func extensionNamesFormat(name: String, start: String) throws {
    let session = try DemoSession()
    #expect(session.shell.execute("list months --out \(folder)/\(name)"))

    #expect(try read(name).hasPrefix(start))
  }

  @Test("--format wins over the extension, and the extension over the session's format")
  func formatOrder() throws {
    let session = try DemoSession { $0.format = .json }
    #expect(session.shell.execute("list months --out \(folder)/a.csv --format table"))
    #expect(session.shell.execute("list months --out \(folder)/b.csv"))
    #expect(session.shell.execute("list months --out \(folder)/c.out"))

    #expect(try read("a.csv").hasPrefix("Month "))
    #expect(try read("b.csv").hasPrefix("month,results"))
    #expect(try read("c.out").hasPrefix("[\n"))
  }

  @Test("At a terminal, a table written to a file has no colour and no width limit")
  func fileTableIsPlain() throws {
    let session = try DemoSession(isTerminal: true)
    #expect(session.shell.execute("list mentees where year 11"))
    #expect(session.output.text.contains("\u{1B}["), "the terminal gets colour")

    session.errors.text = ""
    #expect(session.shell.execute("list mentees where year 11 --out \(folder)/y11.txt"))
    let text = try read("y11.txt")

    #expect(session.errors.text == "Wrote 60 mentees to '\(folder)/y11.txt'.\n")

    #expect(!text.contains("\u{1B}"))
    #expect(!text.contains("…"))
    #expect(text.split(separator: "\n").contains { $0.count > 80 }, "wider than the terminal")
    #expect(text.hasPrefix("Id  "))
  }

  @Test("A file that is there is replaced whole, and no part-written file is left")
  func replacesWhole() throws {
    let path = folder + "/months.csv"
    try String(repeating: "old line\n", count: 1000).write(
      toFile: path, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    let session = try DemoSession()

    #expect(session.shell.execute("list months --out \(path)"))

    #expect(try read("months.csv").hasPrefix("month,results,sheets\n2026-09,"))
    #expect(!(try read("months.csv")).contains("old line"))
    #expect(try permissions("months.csv") == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["months.csv"])
  }

  @Test("show mentee writes its JSON object, and the count is of subjects")
  func feedbackSheetToFile() throws {
    let session = try DemoSession()
    #expect(session.shell.execute("show mentee zoe b --out \(folder)/zoe.json"))

    let object = try JSONSerialization.jsonObject(with: Data(try read("zoe.json").utf8))
    #expect((object as? [String: Any])?["forename"] as? String == "Zoë")
    #expect(session.errors.text == "Wrote 7 subjects to '\(folder)/zoe.json'.\n")
  }

  /// A place `--out` cannot write to, and the message that says why.
  struct Refusal: CustomTestStringConvertible, Sendable {
    var name: String
    var path: @Sendable (String) -> String
    var message: @Sendable (String) -> String
    var testDescription: String { name }
  }

  static let refusals = [
    Refusal(
      name: "a folder", path: { $0 },
      message: { "Cannot write '\($0)': it is a folder; name a file in it" }),
    Refusal(
      name: "a missing folder", path: { $0 + "/missing/list.csv" },
      message: {
        "Cannot write '\($0)': there is no folder '\(($0 as NSString).deletingLastPathComponent)'"
      }),
    Refusal(
      name: "a device", path: { _ in "/dev/null" },
      message: { "Cannot write '\($0)': it is a device, not a file" }),
  ]

  @Test("A path that cannot take a file is refused, and nothing is written", arguments: refusals)
  func refused(_ refusal: Refusal) throws {
    let session = try DemoSession()
    let path = refusal.path(folder)

    #expect(!session.shell.execute("list months --out '\(path)'"))

    #expect(session.errors.text == "error: \(refusal.message(path))\n")
    #expect(session.output.text.isEmpty)
    let left = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(left.isEmpty, "no file or part-written file is left: \(left)")
  }

  @Test(
    "A folder the user cannot write to is refused with the system's reason",
    .enabled(if: getuid() != 0, "the superuser can write anywhere"))
  func unwritableFolder() throws {
    let locked = folder + "/locked"
    try FileManager.default.createDirectory(
      atPath: locked, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o500])
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: locked)
    }
    let session = try DemoSession()

    #expect(!session.shell.execute("list months --out \(locked)/months.csv"))

    #expect(
      session.errors.text == "error: Cannot write '\(locked)/months.csv': Permission denied\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: locked).isEmpty)
  }

  @Test("--count prints a number, not records, so it does not go with --out")
  func countWithOut() throws {
    let session = try DemoSession()

    #expect(!session.shell.execute("list mentees --count --out \(folder)/n.csv"))

    #expect(session.errors.text == "error: '--count' and '--out' cannot be given together\n")
  }

  @Test("--count with the session's format json prints an object")
  func countAsJSON() throws {
    let session = try DemoSession { $0.format = .json }

    #expect(session.shell.execute("list mentees where year 11 --count"))

    #expect(session.output.text == "{\"count\": 60, \"of\": 120}\n")
  }
}
