/// What the Tab key does to the line, worked out from the word and the candidates.
///
/// - No candidates: nothing changes (the editor beeps).
/// - One candidate: the word becomes the candidate, followed by a space, so the next
///   word can be typed at once. There is no space after a folder (ending in `/`), nor
///   after a file path inside quotes, whose quote is left open for the person to close.
///   Any other quoted word gets its closing quote and then the space.
/// - Several candidates: the word grows to their longest common prefix, and all of them
///   are listed below the line.
///
/// A word that must be quoted because it holds a space or a quote gets an opening
/// quote: double, or single if the word holds a double quote.
struct CompletionPlan: Equatable {
  /// How many Unicode scalars before the cursor to delete first (libedit counts those).
  var deleteCount = 0

  /// The text to insert at the cursor after deleting.
  var insertion = ""

  /// The candidates to list below the line, sorted ignoring case; empty when there is no
  /// list to show.
  var listing: [String] = []

  /// Whether the line changes.
  var changesLine: Bool {
    deleteCount > 0 || !insertion.isEmpty
  }

  /// Works out the edit.
  ///
  /// - Parameters:
  ///   - word: The word being completed.
  ///   - candidates: Complete words offered for it; duplicates are ignored. A candidate
  ///     need not start with the word's text (a case-insensitive match, say).
  ///   - isFilePath: Tells whether a candidate names a file or folder.
  init(word: CompletionWord, candidates: [String], isFilePath: (String) -> Bool) {
    let choices = Set(candidates).sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
    guard !choices.isEmpty else { return }

    let finished = choices.count == 1
    let prefix = Self.longestCommonPrefix(of: choices)
    let target = finished || prefix.count >= word.text.count ? prefix : word.text
    let quote = word.openQuote ?? Self.quoteNeeded(for: target)

    var rendered = quote.map(String.init) ?? ""
    rendered += target
    if finished && !target.hasSuffix("/") {
      if let quote {
        rendered += isFilePath(target) ? "" : "\(quote) "
      } else {
        rendered += " "
      }
    }

    let typed = word.typed.unicodeScalars
    if rendered.unicodeScalars.starts(with: typed) {
      insertion.unicodeScalars.append(contentsOf: rendered.unicodeScalars.dropFirst(typed.count))
    } else {
      deleteCount = typed.count
      insertion = rendered
    }
    listing = finished ? [] : choices
  }

  /// The quote a word needs to stay one word, or nil.
  static func quoteNeeded(for text: String) -> Character? {
    guard text.contains(where: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "'" }) else {
      return nil
    }
    return text.contains("\"") ? "'" : "\""
  }

  /// The longest text every one of `words` starts with, compared character by character.
  static func longestCommonPrefix(of words: [String]) -> String {
    guard var prefix = words.first?[...] else { return "" }
    for word in words.dropFirst() {
      let shared = zip(prefix, word).prefix { $0 == $1 }.count
      prefix = prefix.prefix(shared)
    }
    return String(prefix)
  }
}
