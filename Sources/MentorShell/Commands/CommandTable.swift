/// Every command of the shell, and how a line's first words choose one.
enum CommandTable {
  /// The commands, in the order `help` lists them.
  static let all: [Command] = [
    .load, .showMentee, .listMentees, .listSubjects, .listMonths, .listMappings, .target,
    .setting, .help, .source, .echo, .pause, .quit,
  ]

  /// Other words for commands: `exit` for `quit`, `show` alone for `show mentee`.
  static let aliases: [String: String] = ["exit": "quit", "?": "help"]

  /// The command named by the first words of a line, and the words after its name.
  ///
  /// - Throws: `.unknownCommand` with the nearest name as a hint, or `.incompleteCommand`
  ///   when the first word needs a second (`list` needs `mentees`, `subjects`...).
  static func find(_ words: [String]) throws(ShellError) -> (Command, [String]) {
    let first = aliases[words[0].lowercased()] ?? words[0].lowercased()
    if words.count > 1 {
      let two = "\(first) \(words[1].lowercased())"
      if let command = all.first(where: { $0.name == two }) {
        return (command, Array(words.dropFirst(2)))
      }
    }
    if let command = all.first(where: { $0.name == first }) {
      return (command, Array(words.dropFirst()))
    }
    let second = all.filter { $0.name.hasPrefix(first + " ") }
    if !second.isEmpty {
      if words.count > 1 {
        let typed = "\(first) \(words[1])"
        throw .unknownCommand(typed, suggestion: nearest(to: typed.lowercased()))
      }
      throw .incompleteCommand(first, choices: second.map(\.name))
    }
    throw .unknownCommand(words[0], suggestion: nearest(to: first))
  }

  /// The command name closest to `word` in edits, if close enough to be a likely typo.
  static func nearest(to word: String) -> String? {
    var best: (name: String, distance: Int)?
    for name in all.map(\.name) + Array(aliases.keys) {
      let candidates = [name] + (name.contains(" ") ? [String(name.split(separator: " ")[0])] : [])
      for candidate in candidates {
        let distance = editDistance(word, candidate)
        if distance < (best?.distance ?? Int.max) { best = (name, distance) }
      }
    }
    guard let best, best.distance <= max(2, word.count / 3) else { return nil }
    return aliases[best.name] ?? best.name
  }

  /// The number of single-character insertions, deletions, changes and swaps of two
  /// neighbours between two words.
  ///
  /// A swap counts as one edit because it is the commonest typing slip: `qiut` is one
  /// edit from `quit`, not two (which would tie it with `list`).
  static func editDistance(_ left: String, _ right: String) -> Int {
    let left = Array(left)
    let right = Array(right)
    var beforePrevious: [Int] = []
    var previous = Array(0...right.count)
    for (i, leftCharacter) in left.enumerated() {
      var current = [i + 1]
      for (j, rightCharacter) in right.enumerated() {
        let change = previous[j] + (leftCharacter == rightCharacter ? 0 : 1)
        var best = min(change, previous[j + 1] + 1, current[j] + 1)
        if i > 0, j > 0, leftCharacter == right[j - 1], left[i - 1] == rightCharacter {
          best = min(best, beforePrevious[j - 1] + 1)
        }
        current.append(best)
      }
      beforePrevious = previous
      previous = current
    }
    return previous[right.count]
  }
}
