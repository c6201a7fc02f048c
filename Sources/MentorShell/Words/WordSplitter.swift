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

  /// The words of `line`, and the quote left open at its end, if any.
  ///
  /// Completion uses this to know the word being typed without failing on an open quote.
  public static func scanOpen(_ line: String) -> (words: [String], openQuote: Character?) {
    var words: [String] = []
    var quote: Character?
    scanCharacters(line, words: &words, openQuote: &quote)
    return (words, quote)
  }

  private static func scanCharacters(
    _ line: String, words: inout [String], openQuote: inout Character?
  ) {
    var word = ""
    var inWord = false
    var quote: Character?
    var escaped = false
    // The character just added outside quotes, if the word has one; an apostrophe may follow.
    var previous: Character?
    for character in line {
      if let open = quote {
        if escaped {
          if character != "\"" && character != "\\" { word.append("\\") }
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
        continue
      }
      switch character {
      case " ", "\t", "\r", "\n":
        if inWord { words.append(word) }
        word = ""
        inWord = false
        previous = nil
      case "#" where !inWord:
        openQuote = nil
        return
      case "'" where previous.map(isApostropheBefore) == true:
        word.append(character)
        previous = character
      case "'", "\"":
        quote = character
        inWord = true
      default:
        word.append(character)
        inWord = true
        previous = character
      }
    }
    if escaped { word.append("\\") }
    if inWord { words.append(word) }
    openQuote = quote
  }

  /// Whether a `'` after this character is an apostrophe: it is after a letter or digit.
  private static func isApostropheBefore(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }
}
