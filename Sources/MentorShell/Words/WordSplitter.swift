/// Splits a command line into words: spaces separate, quotes group, `#` starts a comment.
///
/// Single quotes keep everything up to the next single quote. Double quotes do the same,
/// except that a backslash before `"` or `\` keeps that character. A `#` at the start of a
/// word begins a comment that runs to the end of the line.
///
/// A `'` right after a letter or digit typed outside quotes is an apostrophe, not a quote,
/// so `O'Brien` and `it's` are words as they are written. A `'` that starts a word, or
/// that comes right after a closing quote, opens a quote as before: `'Zoë Brontë'` is one
/// word and `'it''s'` is `its`.
///
/// Given a way to look variables up, `$NAME` and `${NAME}` outside single quotes are
/// replaced by their values, inside the word they stand in: a value with spaces stays one
/// word. `\$` outside single quotes keeps a `$`, as does a `$` not followed by a name.
public enum WordSplitter {
  /// A line that cannot be split.
  public enum Failure: Error, Equatable, Sendable {
    /// A quote of this kind is opened and never closed.
    case unterminatedQuote(Character)
  }

  /// The words of `line`.
  public static func split(_ line: String) throws(Failure) -> [String] {
    let scanned = scanOpen(line)
    if let quote = scanned.openQuote { throw .unterminatedQuote(quote) }
    return scanned.words
  }

  /// The words of `line`, with `$NAME` and `${NAME}` replaced by what `value` gives.
  ///
  /// - Parameter value: the value of a variable by name; it throws for a name it does not
  ///   know, and that error comes back from here as it is.
  static func split<Failure: Error>(
    _ line: String, expanding value: (String) throws(Failure) -> String
  ) throws -> [String] {
    var scanner = Scanner(line: line)
    try scanner.scan(expanding: value)
    if let quote = scanner.quote { throw WordSplitter.Failure.unterminatedQuote(quote) }
    return scanner.words
  }

  /// The text of `line` from its word number `index` (from 0) to its end, as typed, or nil
  /// when it has fewer words; `for each ... do COMMAND` keeps its command this way, to
  /// expand its variables afresh on each round.
  static func text(of line: String, fromWord index: Int) -> Substring? {
    var scanner = Scanner(line: line)
    scanner.scan()
    guard index < scanner.starts.count else { return nil }
    return line[scanner.starts[index]...]
  }

  /// The words of `line`, and the quote left open at its end, if any.
  ///
  /// Completion uses this to know the word being typed without failing on an open quote.
  public static func scanOpen(_ line: String) -> (words: [String], openQuote: Character?) {
    scanASCII(line) ?? scanCharacters(line)
  }

  /// The words of `line` and the quote left open, read a character at a time.
  static func scanCharacters(_ line: String) -> (words: [String], openQuote: Character?) {
    var scanner = Scanner(line: line)
    scanner.scan()
    return (scanner.words, scanner.quote)
  }

  /// Reads a line character by character into words.
  private struct Scanner {
    let line: String
    var words: [String] = []
    /// Where each word starts in the line.
    var starts: [String.Index] = []
    /// The quote open at the end of the line, if any.
    var quote: Character?
    private var word = ""
    private var inWord = false
    private var escaped = false
    /// The character just added outside quotes, if the word has one; an apostrophe may
    /// follow.
    private var previous: Character?

    init(line: String) {
      self.line = line
    }

    /// Splits the line, leaving every `$` as it is.
    mutating func scan() {
      read(expands: false) { (_: String) -> String in "" }
    }

    /// Splits the line, expanding variables with `value`.
    mutating func scan<Failure: Error>(
      expanding value: (String) throws(Failure) -> String
    ) throws(Failure) {
      try read(expands: true, value)
    }

    private mutating func read<Failure: Error>(
      expands: Bool, _ value: (String) throws(Failure) -> String
    ) throws(Failure) {
      var index = line.startIndex
      while index < line.endIndex {
        let character = line[index]
        if expands, character == "$", quote != "'", !escaped,
          let (name, end) = Self.variable(in: line, at: index)
        {
          begin(at: index)
          word += try value(name)
          previous = nil
          index = end
          continue
        }
        if take(character, at: index) == .comment { break }
        index = line.index(after: index)
      }
      if escaped { word.append("\\") }
      if inWord { words.append(word) }
    }

    /// What reading one character did.
    private enum Step { case read, comment }

    /// Reads one character that is not a variable.
    private mutating func take(_ character: Character, at index: String.Index) -> Step {
      if let open = quote {
        if escaped {
          if !"\"\\$".contains(character) { word.append("\\") }
          word.append(character)
          escaped = false
        } else if open == "\"" && character == "\\" {
          escaped = true
        } else if character == open {
          quote = nil
          previous = nil
        } else {
          word.append(character)
        }
        return .read
      }
      if escaped {
        if character != "$" { word.append("\\") }
        word.append(character)
        escaped = false
        previous = character
        return .read
      }
      switch character {
      case " ", "\t", "\r", "\n":
        if inWord { words.append(word) }
        word = ""
        inWord = false
        previous = nil
      case "#" where !inWord:
        quote = nil
        return .comment
      case "'" where previous.map(isApostropheBefore) == true:
        word.append(character)
        previous = character
      case "'", "\"":
        begin(at: index)
        quote = character
      case "\\" where line[line.index(after: index)...].first == "$":
        begin(at: index)
        escaped = true
      default:
        begin(at: index)
        word.append(character)
        previous = character
      }
      return .read
    }

    /// Notes that a word starts here, unless one is already under way.
    private mutating func begin(at index: String.Index) {
      guard !inWord else { return }
      inWord = true
      starts.append(index)
    }

    /// The name of a variable starting with the `$` at `index`, and where its text ends:
    /// `$NAME` or `${NAME}`; nil when no name follows.
    static func variable(in line: String, at index: String.Index) -> (String, String.Index)? {
      var cursor = line.index(after: index)
      let braced = cursor < line.endIndex && line[cursor] == "{"
      if braced { cursor = line.index(after: cursor) }
      let start = cursor
      while cursor < line.endIndex, isNameCharacter(line[cursor], first: cursor == start) {
        cursor = line.index(after: cursor)
      }
      guard cursor > start else { return nil }
      let name = String(line[start..<cursor])
      guard braced else { return (name, cursor) }
      guard cursor < line.endIndex, line[cursor] == "}" else { return nil }
      return (name, line.index(after: cursor))
    }
  }

  /// Whether a character may stand in a variable's name: a letter, `_`, or after the first
  /// a digit.
  static func isNameCharacter(_ character: Character, first: Bool) -> Bool {
    character == "_" || (character.isASCII && character.isLetter)
      || (!first && character.isASCII && character.isNumber)
  }

  /// Whether a `'` after this character is an apostrophe: it is after a letter or digit.
  private static func isApostropheBefore(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }
}
