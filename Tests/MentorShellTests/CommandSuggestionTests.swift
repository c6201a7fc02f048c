import Testing

@testable import MentorShell

@Suite("An unknown command suggests the nearest one")
struct CommandSuggestionTests {
  @Test(
    "Swapped, missing, extra and wrong letters are counted as one edit each",
    arguments: [
      ("qiut", "quit", 1), ("lsit", "list", 1), ("hlep", "help", 1), ("lis", "list", 1),
      ("lists", "list", 1), ("lost", "list", 1), ("load", "load", 0), ("", "echo", 4),
      ("ab", "ba", 1), ("abc", "ca", 3),
    ])
  func distance(typed: String, name: String, edits: Int) {
    #expect(CommandTable.editDistance(typed, name) == edits)
    #expect(CommandTable.editDistance(name, typed) == edits)
  }

  @Test(
    "A typing slip suggests the command meant",
    arguments: [
      ("qiut", "quit"), ("lsit", "list"), ("shwo", "show"), ("hlep", "help"),
      ("ecoh", "echo"), ("sourec", "source"), ("paus", "pause"), ("taregt", "target"),
      ("settign", "setting"), ("laod", "load"), ("exti", "quit"),
    ])
  func suggestion(typed: String, meant: String) {
    #expect(CommandTable.nearest(to: typed) == meant)
  }

  @Test("A word like no command suggests nothing", arguments: ["xyzzy", "mentorship", "timetable"])
  func noSuggestion(typed: String) {
    #expect(CommandTable.nearest(to: typed) == nil)
  }
}
