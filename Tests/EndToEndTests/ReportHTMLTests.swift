import Foundation
import Testing

/// `report ... --format html --out FILE`, run by the built `mentor` on the demo school.
@Suite("HTML reports are one self-contained file with SVG charts that a browser shows")
struct ReportHTMLTests {
  /// What one run left behind: what it printed, and each report's file and its mode.
  struct Run {
    var outcome: MentorProcess.Outcome
    var files: [String: (html: String, permissions: Int?)]
  }

  /// The reports written, by file name.
  static let reports = [
    "cohort.html": "report cohort by form", "interventions.html": "report interventions",
    "mentor.html": "report mentor", "praise.html": "report praise by subject",
    "parents.html": "report parents",
  ]

  /// Meetings on the demo school, so that praise, interventions and parents have figures.
  static let meetings = [
    "meet zoe", "praise 'a full homework diary'",
    "agree student 'catch-up session on Tuesdays' for Maths with Fletcher",
    "agree parent 'parents check the homework diary each Sunday'", "end",
    "meet C457704466477", "praise", "agree teacher 'mediation meeting' for 'English Language'",
    "end",
  ]

  /// The one run that every test reads.
  static let run = Result { () throws -> Run in
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    var arguments = ["--memory", "--bail", "-c", "source demo/school.mentor"]
    for line in meetings { arguments += ["-c", line] }
    for (file, command) in reports.sorted(by: { $0.key < $1.key }) {
      arguments += ["-c", "\(command) --format html --out '\(mentor.path(file))'"]
    }
    let outcome = try mentor.run(
      arguments, directory: MentorProcess.packageRoot,
      environment: ["MENTOR_NOW": "2026-11-20T10:00:00Z", "MENTOR_USER": "Dr Osei"])
    var files: [String: (String, Int?)] = [:]
    for file in reports.keys {
      let path = mentor.path(file)
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
      files[file] = (
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? "",
        attributes?[.posixPermissions] as? Int
      )
    }
    return Run(outcome: outcome, files: files)
  }

  /// A report's HTML, after checking that the run succeeded and wrote it.
  static func html(_ file: String) throws -> String {
    let run = try run.get()
    #expect(run.outcome.status == 0, "\(run.outcome.errors)")
    let html = try #require(run.files[file]?.html)
    try #require(!html.isEmpty, "\(file) was not written")
    return html
  }

  @Test(
    "Each report is a whole document with a title, a chart and a table",
    arguments: [
      "cohort.html", "interventions.html", "mentor.html", "praise.html", "parents.html",
    ])
  func document(_ file: String) throws {
    let html = try Self.html(file)
    let page = try HTMLOutline(html)

    #expect(html.hasPrefix("<!DOCTYPE html>\n"))
    #expect(page.elements.first?.attributes["lang"] == "en-GB")
    #expect(page.elements.filter { $0.name == "h1" }.count == 1)
    #expect(page.elements.contains { $0.name == "svg" })
    #expect(page.elements.contains { $0.name == "table" })
    #expect(try Self.run.get().files[file]?.permissions == 0o600)
  }

  @Test(
    "Each report names nothing outside itself: no scripts, links, sources or urls",
    arguments: ["cohort.html", "interventions.html", "mentor.html", "praise.html", "parents.html"])
  func selfContained(_ file: String) throws {
    let html = try Self.html(file)
    let page = try HTMLOutline(html)
    let fetching: Set = ["src", "href", "srcset", "action", "poster", "data", "xlink:href"]

    for element in page.elements {
      #expect(fetching.isDisjoint(with: element.attributes.keys), "<\(element.name)> fetches")
      #expect(!["link", "script", "img", "iframe", "object", "embed"].contains(element.name))
    }
    #expect(!html.contains("http:") && !html.contains("https:") && !html.contains("url("))
    #expect(!page.style.contains("@import"))
  }

  @Test("The cohort chart has a title, labelled axes, a line for each form and a legend")
  func cohortChart() throws {
    let html = try Self.html("cohort.html")

    #expect(html.contains("<title>Mentees on or above target in every subject</title>"))
    #expect(html.contains(">% of mentees</text>") && html.contains(">Month</text>"))
    for month in ["2026-09", "2026-10", "2026-11"] {
      #expect(html.contains(">\(month)</text>"))
    }
    for form in ["10A", "10B", "11A", "11C"] {
      #expect(html.contains("class=\"legend\"") && html.contains(">\(form)</text>"))
    }
    #expect(html.components(separatedBy: "<polyline").count - 1 >= 8)
    #expect(html.contains("<td>10A</td>"))
  }

  @Test(
    "Headless Chromium renders a report as an A4 portrait picture and PDF",
    .enabled(
      if: Chromium.executable != nil,
      "skipped: no 'chromium' on PATH; install Debian's chromium package to run it"),
    .timeLimit(.minutes(1)))
  func rendersInChromium() throws {
    let chromium = try #require(Chromium.executable)
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let report = try mentor.write("cohort.html", try Self.html("cohort.html"))

    let rendered = try Chromium(executable: chromium, in: mentor).render(report)

    #expect(rendered.outcome.status == 0, "\(rendered.outcome.errors)")
    let picture = try #require(rendered.pictureSize, "Chromium wrote no PNG")
    #expect(picture.width == Chromium.windowWidth && picture.height == Chromium.windowHeight)
    let page = try #require(rendered.pageSize, "Chromium wrote no PDF with a page size")
    #expect(abs(page.width - 595.3) < 2 && abs(page.height - 841.9) < 2, "\(page)")
    #expect(rendered.pictureBytes > 20_000, "the picture is too small to show a chart")
  }
}
