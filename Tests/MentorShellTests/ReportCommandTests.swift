import Foundation
import Testing

@testable import MentorShell

/// The `report` commands in the shell: formats, files, parts, and every bad input refused
/// with a clear message.
@Suite("Report commands print what is asked, and refuse what they cannot do")
struct ReportCommandTests {
  /// A shell with one month of a small school loaded and one intervention agreed.
  static func shell() throws -> TestShell {
    let shell = try TestShell()
    let sheet = try TestShell.sheet(
      """
      UPN,Surname,Forename,Year,Form,Mentor,Subject,Target,Working At
      A1,Ash,Amy,10,10A,Ms Ríos,Maths,6,6
      B2,Birch,Ben,10,10A,Ms Ríos,Maths,6,4

      """)
    #expect(shell.run("load '\(sheet)' --month 2026-10").succeeded, "\(shell.errors)")
    #expect(shell.run("agree ben student 'catch-up' for Maths").succeeded, "\(shell.errors)")
    return shell
  }

  @Test(
    "Each report prints as CSV when output is not a terminal",
    arguments: [
      (
        "report cohort",
        "month,mentees,mentees_reported,mentees_on_or_above,mentee_share,mentee_change,"
      ),
      ("report cohort by form", "form,month,"), ("report interventions list", "id,mentee_id,"),
      ("report mentor", "mentor,mentees,meetings,met,not_met,checks_overdue,escalations_open"),
      ("report praise by subject", "subject,month,praise,mentees"),
      ("report parents", "month,parent_interventions,escalations,sent"),
    ])
  func csvHeaders(_ command: String, _ header: String) throws {
    let shell = try Self.shell()
    let (output, succeeded) = shell.run(command)

    #expect(succeeded, "\(shell.errors)")
    #expect(output.hasPrefix(header), "\(output)")
  }

  // One mentee of two on target in Maths: 50 %.
  @Test("The cohort figures are those of the school")
  func cohortFigures() throws {
    let (output, _) = try Self.shell().run("report cohort")

    #expect(output.hasSuffix("2026-10,2,2,1,50.0,,2,1,50.0,\n"))
  }

  @Test(
    "Report JSON gives counts and measures as numbers, and an unknown one as null",
    arguments: [
      ("report cohort", ["mentees", "mentee_share", "results", "result_share"], "mentee_change"),
      ("report mentor", ["mentees", "meetings", "met", "not_met", "checks_overdue"], nil),
      ("report interventions improvement", ["interventions", "followed", "improved"], "share"),
      ("report interventions counts", ["student", "total"], nil),
    ])
  func jsonNumbers(_ command: String, _ numbers: [String], _ null: String?) throws {
    let shell = try Self.shell()
    let (output, succeeded) = shell.run("\(command) --format json")
    #expect(succeeded, "\(shell.errors)")

    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
    let first = try #require(rows.first)
    for key in numbers {
      #expect(first[key] is NSNumber && !(first[key] is String), "\(key): \(first)")
    }
    if let null { #expect(first[null] is NSNull, "\(null): \(first)") }
  }

  // Two months: A1 on target in both, B2 below then on: 50 %, then 100 %, +50 points.
  @Test("A change in points is a signed number in JSON, and text with its sign in CSV")
  func signedChange() throws {
    let shell = try Self.shell()
    let sheet = try TestShell.sheet(
      """
      UPN,Surname,Forename,Year,Form,Mentor,Subject,Target,Working At
      A1,Ash,Amy,10,10A,Ms Ríos,Maths,6,6
      B2,Birch,Ben,10,10A,Ms Ríos,Maths,6,6

      """)
    #expect(shell.run("load '\(sheet)' --month 2026-11").succeeded, "\(shell.errors)")

    let (json, _) = shell.run("report cohort --format json")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect((rows.last?["mentee_change"] as? NSNumber)?.doubleValue == 50)
    #expect(json.contains("\"mentee_change\": 50.0,"))
    let (csv, _) = shell.run("report cohort --format csv")
    #expect(csv.hasSuffix("2026-11,2,2,2,100.0,+50.0,2,2,100.0,+50.0\n"))
  }

  @Test("report mentor --month counts the meetings of the month named, and says which")
  func mentorMonth() throws {
    let shell = try Self.shell()
    let (october, succeeded) = shell.run("report mentor --month 2026-10 --format table")
    #expect(succeeded, "\(shell.errors)")
    #expect(october.hasPrefix("Mentors in October 2026\n"))
    let (november, _) = shell.run("report mentor --month 'Nov 2026' --format table")
    #expect(november.hasPrefix("Mentors in November 2026\n"))
  }

  @Test(
    "report mentor --month refuses what is not a calendar month",
    arguments: [
      ("G1", "'G1' is not a calendar month; give one such as 2026-11"),
      ("2026-13", "'2026-13' is not a month such as 2026-10 or a period such as G1"),
    ])
  func mentorBadMonth(_ month: String, _ message: String) throws {
    let shell = try Self.shell()
    let (output, succeeded) = shell.run("report mentor --month \(month)")
    #expect(!succeeded)
    #expect(output.isEmpty)
    #expect(shell.errors.contains(message), "\(shell.errors)")
  }

  @Test("A mentor's report is that mentor's row alone")
  func oneMentor() throws {
    let (output, succeeded) = try Self.shell().run("report mentor rios")

    #expect(succeeded)
    #expect(output.split(separator: "\n").count == 2)
    #expect(output.hasSuffix("Ms Ríos,2,0,0,2,0,0\n"))
  }

  @Test("A file ending .html gets HTML, only its owner can read it, and standard error says so")
  func htmlFile() throws {
    let shell = try Self.shell()
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-report-\(UUID().uuidString).html").path
    defer { try? FileManager.default.removeItem(atPath: path) }

    let (output, succeeded) = shell.run("report cohort --out '\(path)'")

    #expect(succeeded, "\(shell.errors)")
    #expect(output.isEmpty)
    #expect(shell.errors.hasSuffix("Wrote the report to '\(path)'.\n"))
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect(attributes[.posixPermissions] as? Int == 0o600)
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("<svg class=\"chart\""))
  }

  @Test(
    "Bad input is refused with a message that says what to give",
    arguments: [
      (
        "report cohort by house",
        "error: 'house' is not understood here; use 'year', 'form',"
          + " 'subject', 'mentor'"
      ),
      ("report cohort by", "error: 'by' needs a value after it"),
      (
        "report praise by form",
        "error: 'form' is not understood here; use 'month', 'mentor',"
          + " 'subject'"
      ),
      (
        "report interventions totals",
        "error: 'totals' is not understood here; use 'counts',"
          + " 'list', 'improvement'"
      ),
      (
        "report interventions --format csv",
        "error: CSV holds one table; name one part of the"
          + " report: 'counts', 'list', 'improvement'"
      ),
      (
        "report interventions --from 2026-13-01",
        "error: '2026-13-01' is not a date; write it"
          + " as YYYY-MM-DD, such as 2026-12-18"
      ),
      (
        "report interventions --from 2026-11-01 --to 2026-10-01",
        "error: The range starts on"
          + " 2026-11-01, after it ends on 2026-10-01; give the earlier date first"
      ),
      (
        "report mentor 'Mr Nobody'",
        "error: No mentor 'Mr Nobody'; 'report mentor' lists every"
          + " mentor"
      ),
      (
        "report parents --format pdf",
        "error: Unknown format 'pdf' for a report; use table,"
          + " csv, json or html"
      ),
      (
        "report cohort --out /nonexistent/folder/r.csv",
        "error: Cannot write"
          + " '/nonexistent/folder/r.csv': there is no folder '/nonexistent/folder'"
      ),
    ])
  func refused(_ command: String, _ message: String) throws {
    let shell = try Self.shell()
    let (output, succeeded) = shell.run(command)

    #expect(!succeeded)
    #expect(output.isEmpty)
    #expect(shell.errors.hasSuffix(message + "\n"), "\(shell.errors)")
  }

  @Test("The cohort report needs a month loaded")
  func noMonth() throws {
    let shell = try TestShell()

    #expect(!shell.run("report cohort").succeeded)
    #expect(shell.errors.contains("No data sheet is loaded yet"))
  }
}
