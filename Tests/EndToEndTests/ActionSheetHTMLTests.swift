import Foundation
import Testing

/// `sheet WHO --format html --out FILE`, run by the built `mentor` on a small school whose
/// names and meeting hold text that HTML would otherwise read as markup.
@Suite("The HTML action sheet is one printable file that shows user text as text")
struct ActionSheetHTMLTests {
  /// What one run left behind: what it printed, the sheet, and the sheet file's mode.
  struct Run {
    var outcome: MentorProcess.Outcome
    var html: String
    var permissions: Int?
  }

  /// Subjects of the fictional mentee, with target and working-at grades: many of them, so
  /// that the table is as long as a real Year 11 sheet.
  static let subjects = [
    ("Maths", "7", "4"), ("English Language", "6", "5"), ("English Literature", "6", "6"),
    ("Combined Science", "6", "6"), ("History", "5", "6"), ("French", "5", "3"),
    ("Spanish", "6", "7"), ("Geography", "5", "4"), ("Art", "6", "6"), ("Music", "5", "5"),
    ("Computer Science", "7", "5"), ("Design & Technology <Textiles>", "6", "4"),
  ]

  /// Praise notes as typed, to be found escaped on the sheet.
  static let praise = [
    "Top marks in the <speaking> test & the listening test",
    "Ten out of ten for \"homework club\"",
  ]

  /// Interventions as agreed: the command's words after `agree`, and the action typed.
  static let interventions = [
    (
      "curriculum 'Plan homework in the planner & show it to the tutor on Mondays' "
        + "for Maths with Patel review +3w",
      "Plan homework in the planner & show it to the tutor on Mondays"
    ),
    (
      "teacher \"Meet Mr O'Connor and the mentor about where to sit\" for French "
        + "with \"O'Connor\" review +2w",
      "Meet Mr O'Connor and the mentor about where to sit"
    ),
    (
      "parent 'Phone home to agree a quiet place and a set time for homework every "
        + "evening; if coursework is still not handed in, agree home sanctions with the "
        + "parents and write them down' review +1w",
      "Phone home to agree a quiet place and a set time for homework every evening; if "
        + "coursework is still not handed in, agree home sanctions with the parents and "
        + "write them down"
    ),
  ]

  /// A note that would run a script and load an image if it were not escaped.
  static let note = "<img src=x onerror=alert(1)> <script>alert(\"hi\")</script> as text"

  /// The one run that every test reads.
  static let run = Result { () throws -> Run in
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    try mentor.write("2026-11.csv", dataSheet())
    try mentor.write(
      "staff.csv",
      """
      Name,Email,Role,Subjects
      Ms Patel,patel@school.example,Mentor;Teacher,Maths
      Mr O'Connor,oconnor@school.example,Teacher,French
      Dr Osei,osei@school.example,Progress Leader,

      """)
    var lines = ["load 2026-11.csv", "load staff staff.csv", "meet siobhan"]
    lines += praise.map { "praise for Spanish '\($0)'" }
    lines += [
      "excuse '<script>alert(1)</script> the work is too hard' answer 'Ask for it early'",
      "understood",
    ]
    lines += interventions.map { "agree \($0.0)" }
    lines += ["note '\(note)'", "end", "sheet siobhan --format html --out sheet.html"]
    try mentor.write("meeting.mentor", lines.joined(separator: "\n") + "\n")

    let outcome = try mentor.run(["--memory", "--bail", "meeting.mentor"])
    let sheet = mentor.path("sheet.html")
    let html = (try? String(contentsOfFile: sheet, encoding: .utf8)) ?? ""
    let attributes = try? FileManager.default.attributesOfItem(atPath: sheet)
    let permissions = attributes?[.posixPermissions] as? Int
    return Run(outcome: outcome, html: html, permissions: permissions)
  }

  /// A data sheet of one mentee whose name and subjects need escaping.
  static func dataSheet() -> String {
    var rows = ["UPN,Surname,Forename,Year,Form,Mentor,Subject,Target,Working At"]
    for (subject, target, workingAt) in subjects {
      rows.append(
        "A123456789012,O'Brien,Siobhán,11,11B,Ms Patel,\"\(subject)\",\(target),\(workingAt)")
    }
    return rows.joined(separator: "\n") + "\n"
  }

  /// The sheet, after checking that the run succeeded and wrote it.
  static func html() throws -> String {
    let run = try run.get()
    #expect(run.outcome.status == 0, "\(run.outcome.errors)")
    #expect(run.outcome.errors.isEmpty)
    #expect(run.outcome.output.contains("Wrote the action sheet to 'sheet.html'."))
    try #require(!run.html.isEmpty, "no sheet was written")
    return run.html
  }

  @Test("The sheet is one HTML document in British English and UTF-8, with inline style")
  func document() throws {
    let html = try Self.html()
    let page = try HTMLOutline(html)

    #expect(html.hasPrefix("<!DOCTYPE html>\n"))
    #expect(page.elements.first?.name == "html")
    #expect(page.elements.first?.attributes["lang"] == "en-GB")
    #expect(page.elements.contains { $0.name == "meta" && $0.attributes["charset"] == "utf-8" })
    #expect(page.elements.filter { $0.name == "style" }.count == 1)
    #expect(page.elements.filter { $0.name == "h1" }.count == 1)
    #expect(html.contains("<h1>Action sheet</h1>"))
  }

  @Test("The sheet names nothing outside itself: no links, sources, imports or urls")
  func selfContained() throws {
    let page = try HTMLOutline(try Self.html())
    let fetching: Set = ["src", "href", "srcset", "action", "poster", "data", "xlink:href"]

    for element in page.elements {
      #expect(
        fetching.isDisjoint(with: element.attributes.keys), "<\(element.name)> fetches")
      #expect(!["link", "script", "img", "iframe", "object", "embed"].contains(element.name))
    }
    let style = page.style.lowercased()
    #expect(!style.contains("@import"))
    for use in style.ranges(of: "url(") {
      let argument = style[use.upperBound...].drop { $0 == " " || $0 == "\"" || $0 == "'" }
      #expect(argument.hasPrefix("data:"), "the style loads a url")
    }
  }

  @Test("Every name, praise, excuse and note shows as text; none of it becomes markup")
  func escapesUserText() throws {
    let html = try Self.html()
    let page = try HTMLOutline(html)

    #expect(page.elements.allSatisfy { HTMLOutline.expected.contains($0.name) })
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(html.contains("Siobhán O&#39;Brien"))
    #expect(html.contains("Design &amp; Technology &lt;Textiles&gt;"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; the work is too hard"))
    #expect(html.contains(HTMLOutline.escape(Self.note)))
    #expect(html.contains("Mr O&#39;Connor"))
  }

  @Test("Every subject, praise and intervention of the meeting is on the sheet")
  func holdsTheMeeting() throws {
    let html = try Self.html()

    for (subject, _, _) in Self.subjects {
      #expect(html.contains("<td>\(HTMLOutline.escape(subject))</td>"), "\(subject)")
    }
    for note in Self.praise {
      #expect(html.contains(HTMLOutline.escape(note)), "\(note)")
    }
    for (number, (_, action)) in Self.interventions.enumerated() {
      #expect(html.contains("<td>I\(number + 1)</td>"))
      #expect(html.contains(HTMLOutline.escape(action)), "\(action)")
    }
    #expect(html.contains("<td class=\"status well-below\">Well below</td>"))
    #expect(html.contains("<td class=\"status above\">Above</td>"))
    for signer in ["Mentee", "Mentor", "Parent or carer"] {
      #expect(html.contains("<strong>\(signer)</strong>"))
    }
    #expect(html.contains("Next meeting:"))
  }

  @Test("The print style asks for A4 portrait and keeps each table row on one page")
  func printRules() throws {
    let style = try HTMLOutline(try Self.html()).style
    let compact = style.filter { !$0.isWhitespace }

    let page = try #require(compact.firstRange(of: "@page{"))
    let rule = compact[page.upperBound...].prefix { $0 != "}" }
    #expect(rule.contains("size:A4portrait"))
    #expect(rule.contains("margin:"))
    #expect(compact.contains("tr{break-inside:avoid;"))
    #expect(compact.contains("@mediaprint{"))
  }

  @Test("The sheet's file can be read and written by its owner only")
  func ownerOnly() throws {
    _ = try Self.html()

    #expect(try Self.run.get().permissions == 0o600)
  }

  @Test("A format an action sheet is not written in is refused with the ones it is")
  func unknownFormat() throws {
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    try mentor.write("2026-11.csv", Self.dataSheet())

    let outcome = try mentor.run([
      "--memory", "-c", "load 2026-11.csv", "-c", "meet siobhan", "-c", "end",
      "-c", "sheet siobhan --format pdf",
    ])

    #expect(outcome.status != 0)
    #expect(
      outcome.errors.contains(
        "error: Unknown format 'pdf' for an action sheet; use text, md or html"))
  }

  @Test(
    "Headless Chromium renders the sheet as an A4 portrait picture and PDF",
    .enabled(
      if: Chromium.executable != nil,
      "skipped: no 'chromium' on PATH; install Debian's chromium package to run it"),
    .timeLimit(.minutes(1)))
  func rendersInChromium() throws {
    let chromium = try #require(Chromium.executable)
    let mentor = MentorProcess()
    defer { mentor.cleanUp() }
    let sheet = try mentor.write("sheet.html", try Self.html())

    let rendered = try Chromium(executable: chromium, in: mentor).render(sheet)

    #expect(rendered.outcome.status == 0, "\(rendered.outcome.errors)")
    #expect(!rendered.outcome.timedOut)
    let picture = try #require(rendered.pictureSize, "Chromium wrote no PNG")
    #expect(picture.width == Chromium.windowWidth && picture.height == Chromium.windowHeight)
    #expect(abs(Double(picture.height) / Double(picture.width) - 2.0.squareRoot()) < 0.01)
    let page = try #require(rendered.pageSize, "Chromium wrote no PDF with a page size")
    #expect(abs(page.width - 595.3) < 2 && abs(page.height - 841.9) < 2, "\(page)")
    #expect(rendered.pictureBytes > 10_000, "the picture is too small to show a sheet")
  }
}
