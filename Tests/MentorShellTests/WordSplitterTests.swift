import Testing

@testable import MentorShell

@Suite("Splitting a command line into words")
struct WordSplitterTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let line: String
    let words: [String]
    var testDescription: String { line.isEmpty ? "(empty)" : line }
  }

  @Test(
    "Spaces separate words, quotes group them, # starts a comment",
    arguments: [
      Case(line: "", words: []),
      Case(line: "   ", words: []),
      Case(line: "list months", words: ["list", "months"]),
      Case(line: "  show   mentee\tZoë  ", words: ["show", "mentee", "Zoë"]),
      Case(line: "show mentee 'Zoë Brontë'", words: ["show", "mentee", "Zoë Brontë"]),
      Case(line: "echo \"She said \\\"no\\\"\"", words: ["echo", "She said \"no\""]),
      Case(line: "echo 'it''s'", words: ["echo", "its"]),
      Case(line: "echo \"Seán O’Brien\"", words: ["echo", "Seán O’Brien"]),
      Case(line: "load a.csv # the October sheet", words: ["load", "a.csv"]),
      Case(line: "# a whole-line comment", words: []),
      Case(line: "echo 'not # a comment'", words: ["echo", "not # a comment"]),
      Case(line: "echo a#b", words: ["echo", "a#b"]),
      Case(line: "echo ''", words: ["echo", ""]),
      Case(
        line: "load x.csv --map \"upn=ID;form=Tutor\"",
        words: [
          "load", "x.csv", "--map", "upn=ID;form=Tutor",
        ]),
      Case(line: "echo \"C:\\\\path\"", words: ["echo", "C:\\path"]),
      Case(line: "echo \"a\\nb\"", words: ["echo", "a\\nb"]),
      Case(line: "list months\r", words: ["list", "months"]),
    ])
  func splits(_ example: Case) throws {
    #expect(try WordSplitter.split(example.line) == example.words)
  }

  @Test(
    "A ' after a letter or digit is an apostrophe, elsewhere it opens a quote",
    arguments: [
      Case(line: "show mentee sean o'brien", words: ["show", "mentee", "sean", "o'brien"]),
      Case(line: "echo it's", words: ["echo", "it's"]),
      Case(line: "show mentee O'Brien", words: ["show", "mentee", "O'Brien"]),
      Case(line: "echo \"it's\"", words: ["echo", "it's"]),
      Case(line: "echo 'it''s'", words: ["echo", "its"]),
      Case(line: "show mentee 'Zoë Brontë'", words: ["show", "mentee", "Zoë Brontë"]),
      Case(line: "show mentee \"Seán O'Brien\"", words: ["show", "mentee", "Seán O'Brien"]),
      Case(line: "echo Ní'Dhónaill", words: ["echo", "Ní'Dhónaill"]),
      Case(line: "echo year 11's", words: ["echo", "year", "11's"]),
      Case(line: "echo rock'n'roll", words: ["echo", "rock'n'roll"]),
      Case(line: "echo --'a b'", words: ["echo", "--a b"]),
      Case(line: "echo O'", words: ["echo", "O'"]),
    ])
  func apostrophes(_ example: Case) throws {
    #expect(try WordSplitter.split(example.line) == example.words)
  }

  @Test("A ' at the start of a word or after a space still opens a quote")
  func quoteAfterSpace() {
    #expect(throws: WordSplitter.Failure.unterminatedQuote("'")) {
      try WordSplitter.split("echo it ' s")
    }
  }

  @Test("An unterminated quote is an error naming the quote", arguments: ["'", "\""])
  func unterminatedQuote(_ quote: String) {
    #expect(throws: WordSplitter.Failure.unterminatedQuote(Character(quote))) {
      try WordSplitter.split("show mentee \(quote)Zoë")
    }
  }

  @Test("Completion sees the open quote and the words so far")
  func openQuoteForCompletion() {
    let scanned = WordSplitter.scanOpen("load \"demo/20")
    #expect(scanned.words == ["load", "demo/20"])
    #expect(scanned.openQuote == "\"")
  }

  @Test("Plain ASCII lines split a byte at a time as they do a character at a time")
  func asciiAgreesWithCharacters() {
    // Every line of up to five of these characters, which are all the scanner treats
    // specially in plain ASCII, and a few longer lines.
    let alphabet: [Character] = ["a", "1", " ", "\t", "'", "\"", "#", "$"]
    var lines = [""]
    var last = [""]
    for _ in 1...5 {
      last = last.flatMap { line in alphabet.map { line + String($0) } }
      lines += last
    }
    lines += [
      "agree B000001 student 'reads for twenty minutes each evening'",
      "check I1 understood 'seen by the mentor' # a comment", "echo O'Brien's 'it''s'",
      "echo a#b \"c d\"e",
    ]
    for line in lines {
      let fast = WordSplitter.scanASCII(line)
      #expect(fast != nil, "\(line)")
      guard let fast else { continue }
      let slow = WordSplitter.scanCharacters(line)
      #expect(fast.words == slow.words && fast.openQuote == slow.openQuote, "\(line)")
    }
  }

  @Test(
    "A line with a backslash, a line break or other than ASCII is split a character at a time",
    arguments: ["echo \"a\\\"b\"", "echo Zoë", "list months\r", "a\r\nb"])
  func notPlainASCII(_ line: String) {
    #expect(WordSplitter.scanASCII(line) == nil)
  }
}
