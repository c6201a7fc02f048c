import Foundation

/// The words after a command's name, split into positional words and options.
struct Arguments {
  /// Words that are not options, in order.
  private(set) var words: [String]
  /// Options given, by name without dashes; a flag has the empty string as value.
  private(set) var options: [String: String]

  /// Separates options from words, checking them against the command's options.
  ///
  /// `--name value` and `--name=value` both work; `--` ends the options.
  init(_ raw: [String], for command: Command) throws(ShellError) {
    // Most lines have no option: their words are the words, and the array is shared.
    guard Self.mayHoldOptions(raw) else {
      words = raw
      options = [:]
      return
    }
    words = []
    words.reserveCapacity(raw.count)
    options = [:]
    var index = 0
    var optionsEnded = false
    while index < raw.count {
      let word = raw[index]
      index += 1
      guard !optionsEnded, word.hasPrefix("--"), word.count > 2 else {
        if word == "--" && !optionsEnded {
          optionsEnded = true
        } else {
          words.append(word)
        }
        continue
      }
      var name = String(word.dropFirst(2))
      var inlineValue: String?
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      guard let option = command.options.first(where: { $0.name == name }) else {
        throw .unknownOption(option: word, command: command.name)
      }
      if option.value == nil {
        options[name] = ""
      } else if let inlineValue {
        options[name] = inlineValue
      } else if index < raw.count {
        options[name] = raw[index]
        index += 1
      } else {
        throw .missingOptionValue(option: word, command: command.name)
      }
      // An empty value (`--out ""`) names no file, month or format: it is a value missing.
      if option.value != nil, options[name]?.isEmpty == true {
        throw .missingOptionValue(option: "--\(name)", command: command.name)
      }
    }
  }

  /// The arguments of words of which none begins with `--` (see `mayHoldOptions`), as
  /// most lines' are: the words are the words, and the array is shared, not copied.
  init(plain raw: [String]) {
    words = raw
    options = [:]
  }

  /// Whether any of `raw` begins with `--`, as every option and the end of options do;
  /// looked for in each word's first bytes, without comparing whole strings.
  static func mayHoldOptions(_ raw: [String]) -> Bool {
    raw.contains { word in
      var bytes = word.utf8.makeIterator()
      return bytes.next() == dash && bytes.next() == dash
    }
  }

  private static let dash = UInt8(ascii: "-")

  /// The value of an option, if given.
  func option(_ name: String) -> String? {
    options[name]
  }

  /// Whether a flag was given.
  func flag(_ name: String) -> Bool {
    options[name] != nil
  }

  /// The word at `index`, if there is one.
  func word(_ index: Int) -> String? {
    index < words.count ? words[index] : nil
  }

  /// The words from `index` on, joined by spaces: a name typed without quotes.
  func rest(from index: Int) -> String {
    words.dropFirst(index).joined(separator: " ")
  }

  /// Text the user typed for something that must not be blank, without surrounding spaces.
  ///
  /// - Parameters:
  ///   - text: the words as typed.
  ///   - what: what the text is, such as `action` or `reason`, for the error.
  static func required(_ text: String, _ what: String) throws(ShellError) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { throw .blankText(what) }
    return trimmed
  }
}
