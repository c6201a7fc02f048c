/// The word the cursor is in when Tab is pressed, read from the line up to the cursor.
///
/// Words are split the way the shell's command lines are assumed to be: spaces and tabs
/// separate words, and a single or double quote groups everything up to the matching
/// quote into the word. Quote characters are not part of the word's text. Backslash has
/// no special meaning.
struct CompletionWord: Equatable {
  /// The word's text so far, without quote characters.
  var text: String

  /// The quote character still open at the cursor, or nil.
  var openQuote: Character?

  /// The word exactly as typed, quotes included: what completion may replace.
  var typed: String

  /// Whether the cursor is inside an open quote.
  var isInQuotes: Bool {
    openQuote != nil
  }

  /// Finds the word that ends at the end of `line`.
  init(lineBeforeCursor line: String) {
    var text = ""
    var typed = ""
    var openQuote: Character?

    for character in line {
      if let quote = openQuote {
        if character == quote {
          openQuote = nil
        } else {
          text.append(character)
        }
        typed.append(character)
      } else if character == " " || character == "\t" {
        text = ""
        typed = ""
      } else {
        if character == "\"" || character == "'" {
          openQuote = character
        } else {
          text.append(character)
        }
        typed.append(character)
      }
    }

    self.text = text
    self.openQuote = openQuote
    self.typed = typed
  }
}
