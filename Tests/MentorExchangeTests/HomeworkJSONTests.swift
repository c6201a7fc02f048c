import Testing

@testable import MentorExchange
@testable import MentorModel

/// Homework in `show mentee --format json`: a number when the sheet gave one.
@Suite("Homework is a JSON number when it is a plain number, else text")
struct HomeworkJSONTests {
  @Test(
    "Each homework value as JSON",
    arguments: [
      ("85", "85"), ("7.5", "7.5"), ("100", "100"), ("085", "85"), ("85%", "\"85%\""),
      ("good", "\"good\""), ("", "null"), ("-3", "\"-3\""), (".5", "\".5\""),
      ("1e3", "\"1e3\""), ("٣", "\"٣\""),
    ])
  func homework(_ text: String, _ json: String) {
    #expect(FeedbackSheet.homeworkJSON(text) == json)
  }
}
