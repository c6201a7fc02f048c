import Testing

@testable import MentorShell

/// A line up to the cursor and the word completion should see in it.
struct WordCase: CustomTestStringConvertible, Sendable {
  var line: String
  var text: String
  var openQuote: Character?
  var typed: String

  var testDescription: String { "'\(line)'" }
}

/// A word, candidates and the edit completion should make.
struct PlanCase: CustomTestStringConvertible, Sendable {
  var name: String
  var line: String
  var candidates: [String]
  var deleteCount = 0
  var insertion = ""
  var listing: [String] = []

  var testDescription: String { name }
}

@Suite("Tab completion")
struct CompletionTests {
  static let words: [WordCase] = [
    WordCase(line: "", text: "", openQuote: nil, typed: ""),
    WordCase(line: "mentee sh", text: "sh", openQuote: nil, typed: "sh"),
    WordCase(line: "mentee show ", text: "", openQuote: nil, typed: ""),
    WordCase(line: "show \"Zoë Br", text: "Zoë Br", openQuote: "\"", typed: "\"Zoë Br"),
    WordCase(line: "show 'Zo", text: "Zo", openQuote: "'", typed: "'Zo"),
    WordCase(line: "show \"Zoë Brontë\" 10", text: "10", openQuote: nil, typed: "10"),
    WordCase(
      line: "import Data/\"sheet o", text: "Data/sheet o", openQuote: "\"",
      typed: "Data/\"sheet o"),
    WordCase(line: "say \"it's", text: "it's", openQuote: "\"", typed: "\"it's"),
    WordCase(line: "a\tb", text: "b", openQuote: nil, typed: "b"),
  ]

  @Test("Finds the word at the cursor", arguments: words)
  func word(_ expected: WordCase) {
    let word = CompletionWord(lineBeforeCursor: expected.line)
    #expect(word.text == expected.text)
    #expect(word.openQuote == expected.openQuote)
    #expect(word.typed == expected.typed)
  }

  static let plans: [PlanCase] = [
    PlanCase(name: "no candidates leave the line", line: "xyz", candidates: []),
    PlanCase(
      name: "one candidate is finished with a space", line: "men", candidates: ["mentee"],
      insertion: "tee "),
    PlanCase(
      name: "several grow to their common prefix and are listed", line: "men",
      candidates: ["mentees", "mentee"], insertion: "tee", listing: ["mentee", "mentees"]),
    PlanCase(
      name: "several with nothing in common are only listed", line: "",
      candidates: ["help", "Zola Brown", "export"],
      listing: ["export", "help", "Zola Brown"]),
    PlanCase(
      name: "a name with a space gets quotes", line: "show Zoë",
      candidates: ["Zoë Brontë"], deleteCount: 3, insertion: "\"Zoë Brontë\" "),
    PlanCase(
      name: "a quoted name gets its closing quote", line: "show \"Zo",
      candidates: ["Zoë Brontë"], insertion: "ë Brontë\" "),
    PlanCase(
      name: "a common prefix with a space opens a quote", line: "show Z",
      candidates: ["Zoë Brontë", "Zoë Brown"], deleteCount: 1, insertion: "\"Zoë Bro",
      listing: ["Zoë Brontë", "Zoë Brown"]),
    PlanCase(
      name: "a folder gets no space", line: "import Da", candidates: ["Data/"],
      insertion: "ta/"),
    PlanCase(
      name: "a file path inside quotes gets no space", line: "import \"Data/sh",
      candidates: ["Data/sheet one.csv"], insertion: "eet one.csv"),
    PlanCase(
      name: "a different case is corrected", line: "show zo",
      candidates: ["Zoë", "Zola"], deleteCount: 2, insertion: "Zo", listing: ["Zola", "Zoë"]),
    PlanCase(
      name: "candidates shorter than the word keep it", line: "mentees",
      candidates: ["mentee", "mentor"], listing: ["mentee", "mentor"]),
    PlanCase(
      name: "duplicates count once", line: "he", candidates: ["help", "help"],
      insertion: "lp "),
  ]

  @Test("Plans the edit for the candidates", arguments: plans)
  func plan(_ expected: PlanCase) {
    let plan = CompletionPlan(
      word: CompletionWord(lineBeforeCursor: expected.line), candidates: expected.candidates,
      isFilePath: { $0.contains("/") })
    #expect(plan.deleteCount == expected.deleteCount)
    #expect(plan.insertion == expected.insertion)
    #expect(plan.listing == expected.listing)
  }

  @Test("Lists candidates down columns that fit the width")
  func columns() {
    let candidates = ["alpha", "beta", "gamma", "delta", "epsilon"]
    let twoColumns = CandidateColumns.lines(for: candidates, width: 20, displayWidth: { $0.count })
    #expect(twoColumns == ["alpha    delta", "beta     epsilon", "gamma"])

    let threeColumns = CandidateColumns.lines(
      for: candidates, width: 30, displayWidth: { $0.count })
    #expect(threeColumns == ["alpha    gamma    epsilon", "beta     delta"])
  }

  @Test("A candidate wider than the terminal gets a line of its own")
  func narrowTerminal() {
    let lines = CandidateColumns.lines(
      for: ["Zoë Brontë", "Zola Brown"], width: 5, displayWidth: { $0.count })
    #expect(lines == ["Zoë Brontë", "Zola Brown"])
  }

  @Test("Display width counts wide characters twice and combining marks not at all")
  func displayWidth() {
    SystemCalls.useUTF8Characters()
    #expect(SystemCalls.displayWidth(of: "Zoë") == 3)
    #expect(SystemCalls.displayWidth(of: "Zoe\u{308}") == 3)
    #expect(SystemCalls.displayWidth(of: "中文") == 4)
  }
}
