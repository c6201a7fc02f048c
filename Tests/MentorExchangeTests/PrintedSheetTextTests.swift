import Testing

@testable import MentorExchange

@Suite("Text on a printed sheet: escaped for HTML, dates as a reader says them")
struct PrintedSheetTextTests {
  @Test(
    "Each character that means something in HTML is written as an entity",
    arguments: [
      ("O'Brien", "O&#39;Brien"), ("<script>", "&lt;script&gt;"),
      ("Fish & chips", "Fish &amp; chips"), ("\"quoted\"", "&quot;quoted&quot;"),
      ("&amp;", "&amp;amp;"), ("Zoë Brontë", "Zoë Brontë"), ("", ""),
    ])
  func escapes(text: String, escaped: String) {
    #expect(HTML.escape(text) == escaped)
  }

  @Test("A cell escapes its text and keeps its class")
  func cell() {
    #expect(HTML.cell("5 < 6", class: "grade") == "<td class=\"grade\">5 &lt; 6</td>")
  }

  @Test(
    "A date is written with its weekday, month name and year",
    arguments: [
      ("2027-01-01", "Friday 1 January 2027"), ("2024-02-29", "Thursday 29 February 2024"),
      ("2000-03-01", "Wednesday 1 March 2000"), ("2026-12-31", "Thursday 31 December 2026"),
    ])
  func longDate(text: String, printed: String) {
    #expect(PrintedDate.long(text) == printed)
  }

  @Test("Dates and months in the store's shapes are written out; anything else is kept")
  func shortDatesAndMonths() {
    #expect(PrintedDate.long("2026-12-04", weekday: false) == "4 December 2026")
    #expect(PrintedDate.short("2026-12-18") == "18 Dec 2026")
    #expect(PrintedDate.month("2026-11") == "November 2026")
    #expect(PrintedDate.month("Autumn 2") == "Autumn 2")
    #expect(PrintedDate.long("2026-13-01") == "2026-13-01")
    #expect(PrintedDate.short("soon") == "soon")
  }
}
