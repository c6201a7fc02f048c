import Testing

@testable import MentorExchange

@Suite("Text in a Markdown action sheet: shown as typed, never taken as HTML or a cell")
struct MarkdownTextTests {
  @Test(
    "Angle brackets and ampersands become entities; everything else is left alone",
    arguments: [
      ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
      ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
      ("Fish & chips", "Fish &amp; chips"), ("&lt;", "&amp;lt;"), ("a | b", "a | b"),
      ("Zoë Brontë", "Zoë Brontë"), ("", ""),
    ])
  func escapesText(typed: String, written: String) {
    #expect(typed.markdownEscaped == written)
  }

  @Test(
    "A table cell also escapes the bar that would start a new cell",
    arguments: [
      ("Art | Design", "Art \\| Design"), ("<b>|</b>", "&lt;b&gt;\\|&lt;/b&gt;"),
      ("Maths", "Maths"),
    ])
  func escapesCell(typed: String, written: String) {
    #expect(typed.markdownCell == written)
  }
}
