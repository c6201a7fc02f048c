import MentorExchange
import MentorModel
import Testing

@testable import MentorShell

/// Reports on a narrow terminal: the key figures of each stay, whatever else goes.
@Suite("At 60 and 80 columns every report keeps its key figures")
struct ReportWidthTests {
  /// The demo school with two interventions agreed, as text tables at a width; both are
  /// put in October, so that November's grades show the change after them.
  static func reports(width: Int) throws -> [String: String] {
    let session = try DemoSession()
    #expect(session.shell.execute("agree zoe student 'catch-up on Tuesdays' for Maths"))
    #expect(session.shell.execute("agree chloe curriculum 'a study plan'"))
    var school = session.shell.school
    for id in ["I1", "I2"] { school.interventions[id]?.month = "2026-10" }
    let reports: [String: Report] = [
      "cohort": .cohort(school, by: .school), "cohort by form": .cohort(school, by: .form),
      "cohort by subject": .cohort(school, by: .subject),
      "cohort by mentor": .cohort(school, by: .mentor),
      "interventions": .interventions(school, from: nil, to: nil, today: "2026-12-04"),
      "mentor": .mentors(school.mentorReport(today: "2026-12-04"), month: "2026-12"),
      "parents": .parents(school.parentReport()),
    ]
    return reports.mapValues { $0.text(width: width, charts: true) }
  }

  @Test("No line is wider than the terminal", arguments: [60, 80])
  func fits(width: Int) throws {
    for (name, text) in try Self.reports(width: width) {
      let wide = text.split(separator: "\n").filter { $0.count > width }
      #expect(wide.isEmpty, "\(name): \(wide)")
    }
  }

  // November, whole school: 11 of 120 mentees on or above (9.2 %, +2.5); results 487 of
  // 864 (56.4 %, +4.4). Both shares and both changes must show.
  @Test("The cohort report keeps both shares and both changes", arguments: [60, 80])
  func cohortShares(width: Int) throws {
    let text = try #require(Self.reports(width: width)["cohort"])
    let november = try #require(text.split(separator: "\n").first { $0.hasPrefix("2026-11") })
    let figures = november.split(separator: " ")
    #expect(figures.contains("9.2") && figures.contains("+2.5"), "\(november)")
    #expect(figures.contains("56.4") && figures.contains("+4.4"), "\(november)")
    #expect(!text.contains("…"))
  }

  @Test("Grouped, the cohort report keeps the shares, and the group's names", arguments: [60, 80])
  func groupedShares(width: Int) throws {
    let reports = try Self.reports(width: width)
    for name in ["cohort by form", "cohort by subject", "cohort by mentor"] {
      let text = try #require(reports[name])
      #expect(text.contains("Results") && text.contains("Mentees"), "\(name)\n\(text)")
      #expect(text.contains("%"), "\(name)")
    }
  }

  @Test("A grouped report never cuts the names of its groups", arguments: [60, 80])
  func groupNamesWhole(width: Int) throws {
    let session = try DemoSession()
    let school = session.shell.school
    let reports = try Self.reports(width: width)
    let names: [String: [String]] = [
      "cohort by subject": Array(school.subjects.keys),
      "cohort by form": school.mentees.values.map(\.form),
      "cohort by mentor": school.mentees.values.map(\.mentor),
    ]
    for (report, groups) in names {
      let text = try #require(reports[report])
      let starts = Set(text.split(separator: "\n").map(String.init))
      for group in Set(groups) {
        #expect(starts.contains { $0.hasPrefix(group + " ") }, "\(report): \(group)\n\(text)")
      }
      #expect(!text.contains("…"), "\(report)\n\(text)")
    }
  }

  @Test(
    "The interventions report keeps every category, the total and the change", arguments: [60, 80])
  func interventions(width: Int) throws {
    let text = try #require(Self.reports(width: width)["interventions"])
    for heading in ["Curriculum", "Parent", "Total", "Change", "Mean", "Improved", "Staff"] {
      #expect(text.contains(heading), "\(heading)\n\(text)")
    }
    #expect(text.contains("Mrs Fletcher"))
  }

  @Test("The mentor report keeps each whole name and every figure", arguments: [60, 80])
  func mentors(width: Int) throws {
    let text = try #require(Self.reports(width: width)["mentor"])
    for heading in ["Met", "Not", "Checks", "Escalations"] {
      #expect(text.contains(heading), "\(heading)\n\(text)")
    }
    #expect(text.contains("Mrs Fletcher") && text.contains("Mr Kowalski"))
  }

  @Test("Due leaves out its empty Flag column before it cuts a name", arguments: [60, 80])
  func due(width: Int) throws {
    var table = Table(columns: Command.dueColumns)
    table.append([
      "2026-12-18", "I1", "Tobi Adebayo", "agreed", "notify, then understood",
      "a catch-up session after school on Tuesdays", "",
    ])
    let text = table.text(width: width)
    #expect(text.contains("Tobi Adebayo"))
    #expect(!text.contains("Flag"))
  }
}
