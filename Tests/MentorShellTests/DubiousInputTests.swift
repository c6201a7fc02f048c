import Foundation
import Testing

@testable import MentorShell

/// Input that would be taken silently and do something nobody meant is refused, saying
/// why: a review decades ahead, a report of a month to come, a file named for a format
/// mentor does not write.
@Suite("Dubious input is refused with a reason, and nothing is stored or written")
struct DubiousInputTests {
  /// The demo school on 4 December 2026.
  static func session() throws -> DemoSession {
    let session = try DemoSession()
    session.shell.clock = Clock(fixed: ISO8601DateFormatter().date(from: "2026-12-04T10:00:00Z"))
    return session
  }

  /// A file path in a private temporary folder.
  static func path(_ name: String) -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-dubious-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder + "/" + name
  }

  @Test(
    "A review more than a year ahead is refused, saying the latest date",
    arguments: [
      "+999w", "+53w", "+400", "2030-01-15",
    ])
  func reviewTooFar(review: String) throws {
    let session = try Self.session()

    #expect(!session.shell.execute("agree zoe student 'catch-up session' review \(review)"))
    #expect(session.errors.text.contains("is more than a year ahead; the latest is 2027-12-05"))
    #expect(session.shell.school.interventions.isEmpty)
  }

  @Test("A review up to a year ahead is kept", arguments: ["+52w", "+366", "2027-12-05"])
  func reviewWithinAYear(review: String) throws {
    let session = try Self.session()

    #expect(session.shell.execute("agree zoe student 'catch-up session' review \(review)"))
  }

  @Test("'report mentor' refuses a month still to come, and takes this one and earlier ones")
  func reportMentorMonthToCome() throws {
    let session = try Self.session()

    #expect(!session.shell.execute("report mentor --month 2030-01"))
    #expect(session.errors.text.contains("'2030-01' is still to come (this month is 2026-12)"))
    #expect(session.shell.execute("report mentor --month 2026-12"))
    #expect(session.shell.execute("report mentor --month 2026-09"))
  }

  @Test(
    "An --out file named for a format the command does not write is refused, listing those it does",
    arguments: [
      ("list mentees --out NAME", "caseload.xlsx", ".csv, .json, .txt"),
      ("list mentees --format csv --out NAME", "caseload.XLSX", ".csv, .json, .txt"),
      ("report cohort --out NAME", "cohort.pdf", ".csv, .json, .txt, .html, .htm"),
      ("sheet zoe --out NAME", "zoe.docx", ".txt, .md, .html, .htm"),
      ("audit --out NAME", "audit.html", ".csv, .json, .txt"),
      ("list mentees --format csv --out NAME", "caseload.htm", ".csv, .json, .txt"),
    ])
  func foreignExtension(line: String, name: String, writes: String) throws {
    let session = try Self.session()
    #expect(session.shell.execute("meet zoe"))
    #expect(session.shell.execute("end"))
    let path = Self.path(name)

    #expect(!session.shell.execute(line.replacingOccurrences(of: "NAME", with: path)))
    #expect(
      session.errors.text.contains(
        "names a format this command does not write; name the file \(writes)"))
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test(
    "'sheet --out' writes the format its extension names when --format is not given",
    arguments: [
      ("zoe.html", "<!DOCTYPE html>"), ("zoe.htm", "<!DOCTYPE html>"), ("zoe.md", "# Action sheet"),
      ("zoe.txt", "ACTION SHEET"),
    ])
  func sheetFormatFromExtension(name: String, start: String) throws {
    let session = try Self.session()
    #expect(session.shell.execute("meet zoe"))
    #expect(session.shell.execute("end"))
    let path = Self.path(name)

    #expect(session.shell.execute("sheet zoe --out \(path)"))

    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains(start), "\(name) does not hold '\(start)'")
    #expect(!(name.hasSuffix(".txt") && text.contains("<")), "\(name) is not plain text")
  }
}

@Suite("show mentee --format json gives homework as a number, as effort is")
struct HomeworkNumberTests {
  @Test("Zoë's homework is a number in JSON; her year and form stay labels in quotes")
  func homeworkIsANumber() throws {
    let session = try DemoSession()

    #expect(session.shell.execute("show mentee zoe --format json"))

    #expect(session.output.text.contains("\"homework\": 98,"))
    #expect(!session.output.text.contains("\"homework\": \""))
    #expect(session.output.text.contains("\"year\": \"11\""))
  }
}
