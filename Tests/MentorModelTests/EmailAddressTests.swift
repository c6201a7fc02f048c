import Testing

@testable import MentorModel

@Suite("E-mail addresses: a plain name@domain, nothing that could change a header")
struct EmailAddressTests {
  @Test(
    "Plain addresses are taken, without the spaces around them",
    arguments: [
      "patel@demo-school.example", " hughes@demo-school.example ", "maire.obrien@home.example",
      "o'neill+mentor@home.example", "mentor@localhost", "A.Byrne@Home.Example",
    ])
  func taken(text: String) throws {
    let address = try #require(EmailAddress(text))

    #expect(address.text == text.trimmingCharacters(in: [" "]))
  }

  @Test(
    "Anything else is refused",
    arguments: [
      "", "patel", "patel@", "@demo-school.example", "patel@@demo-school.example",
      "two@at@home.example", "ms patel@demo-school.example", "patel@demo school.example",
      "patel@demo-school.example, head@demo-school.example", "<patel@demo-school.example>",
      "patel@demo-school.example\r\nBcc: all@home.example", "\"ms patel\"@home.example",
      ".patel@home.example", "patel.@home.example", "ms..patel@home.example",
      "patel@-school.example", "patel@school-.example", "patel@school..example",
      "zoë@home.example", "patel@démo.example",
    ])
  func refused(text: String) {
    #expect(EmailAddress(text) == nil)
  }

  @Test("The domain is the part after the @")
  func domain() throws {
    #expect(try #require(EmailAddress("osei@demo-school.example")).domain == "demo-school.example")
  }
}
