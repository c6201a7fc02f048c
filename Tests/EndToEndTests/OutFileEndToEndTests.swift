import Foundation
import Testing

@Suite("--out from the built mentor: a whole, owner-only file, and a line that says so")
struct OutFileEndToEndTests {
  @Test("A script writes the caseload to a file relative to the working folder, under umask 0")
  func scriptWritesFile() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let script = try mentor.write(
      "export.mentor",
      """
      load \(MentorProcess.fixture("long.csv")) --month 2026-10
      list mentees --out caseload.csv
      show mentee zoe --out zoe.json
      list months --out months.txt

      """)

    let outcome = try mentor.runShell(
      "umask 0 && \"$MENTOR\" --memory \(script)", directory: mentor.folder)

    #expect(outcome.status == 0, "\(outcome.errors)")
    #expect(
      outcome.errors
        == "Wrote 7 mentees to 'caseload.csv'.\nWrote 3 subjects to 'zoe.json'.\n"
        + "Wrote 1 month to 'months.txt'.\n")
    #expect(!outcome.output.contains("id,surname"), "records do not go to standard output")
    #expect(mentor.contents() == ["caseload.csv", "export.mentor", "months.txt", "zoe.json"])
    for name in ["caseload.csv", "zoe.json", "months.txt"] {
      let attributes = try FileManager.default.attributesOfItem(atPath: mentor.path(name))
      #expect((attributes[.posixPermissions] as? Int ?? -1) & 0o777 == 0o600, "\(name)")
    }
    let caseload = try String(contentsOfFile: mentor.path("caseload.csv"), encoding: .utf8)
    #expect(caseload.split(separator: "\n").count == 8, "a header and seven mentees")
    let months = try String(contentsOfFile: mentor.path("months.txt"), encoding: .utf8)
    #expect(months.hasPrefix("Month    Results  Sheets\n"))
  }
}
