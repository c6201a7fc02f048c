/// Every command of the shell, and how a line's first words choose one.
enum CommandTable {
  /// The commands, in the order `help` lists them.
  static let all: [Command] = [
    .load, .showMentee, .listMentees, .listInterventions, .listSubjects, .listMonths, .listMappings,
    .listMeetings, .target,
    .setting, .meet, .praise, .excuse, .understood, .serious, .agree, .note, .end, .check,
    .revise, .suggest, .strategyAdd, .strategyEdit, .due, .notify, .escalate, .escalations,
    .acknowledge, .resolve, .loadStaff, .listStaff, .loadParents, .listParents, .assign,
    .history, .sheet, .reportCohort, .reportInterventions, .reportMentor, .reportPraise,
    .reportParents, .audit, .exportMentee, .export, .leaveMentee, .eraseMentee, .purge,
    .undo, .help, .source, .forEach, .set, .unset, .echo, .pause, .quit,
  ]

  /// The commands by name, to find the one a line names without going through them all.
  static let byName = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

  /// Other words for commands: `exit` for `quit`, `show` alone for `show mentee`.
  static let aliases: [String: String] = ["exit": "quit", "?": "help"]

  /// The command named by the first words of a line, and the words after its name.
  ///
  /// - Throws: `.unknownCommand` with the nearest name as a hint, or `.incompleteCommand`
  ///   when the first word needs a second (`list` needs `mentees`, `subjects`...).
  static func find(_ words: [String]) throws(ShellError) -> (Command, [String]) {
    let (command, nameWords) = try locate(words)
    return (command, Array(words.dropFirst(nameWords)))
  }

  /// What a line's first word, lowercased, may begin: the one-word command it names, if
  /// any, and whether it is the first word of names of two words (`list`). An alias
  /// (`exit`) has the entry of the word it stands for.
  struct FirstWord {
    /// The first word as the names spell it: an alias's command word.
    let word: String
    /// The command of that one word.
    let command: Command?
    /// Whether the word begins names of two words.
    let beginsTwoWords: Bool
  }

  /// The entries of every first word of a name and of every alias, by the first byte of
  /// the word (all are ASCII): a line's first word is compared with the few words that
  /// begin as it does, which costs less than hashing it, on every line.
  static let byFirstByte: [[(word: String, entry: FirstWord)]] = {
    // Made by going through the names once, without hashing or sorting them: every start
    // of `mentor` that runs a command pays for it.
    var buckets = [[(word: String, entry: FirstWord)]](repeating: [], count: 128)
    for command in all {
      let name = command.name
      let space = name.utf8.firstIndex(of: UInt8(ascii: " "))
      let word = space.map { String(name[..<$0]) } ?? name
      let bucket = Int(word.utf8.first!)
      let one = space == nil ? command : nil
      if let index = buckets[bucket].firstIndex(where: { $0.word == word }) {
        let found = buckets[bucket][index].entry
        buckets[bucket][index].entry = FirstWord(
          word: word, command: found.command ?? one,
          beginsTwoWords: found.beginsTwoWords || space != nil)
      } else {
        buckets[bucket].append(
          (word, FirstWord(word: word, command: one, beginsTwoWords: space != nil)))
      }
    }
    for (alias, word) in aliases {
      let entry = buckets[Int(word.utf8.first!)].first { $0.word == word }!.entry
      buckets[Int(alias.utf8.first!)].append((alias, entry))
    }
    return buckets
  }()

  /// The entry of a line's first word, lowercased; nil for a word that begins no name.
  static func firstWord(_ typed: String) -> FirstWord? {
    guard let byte = typed.utf8.first, byte < 0x80 else { return nil }
    return byFirstByte[Int(byte)].first(where: { $0.word == typed })?.entry
  }

  /// The command named by the first words of a line, and how many words its name takes.
  ///
  /// - Throws: as `find` does.
  static func locate(_ words: [String]) throws(ShellError) -> (Command, nameWords: Int) {
    let typed = lowercased(words[0])
    if let entry = firstWord(typed) {
      if entry.beginsTwoWords, words.count > 1,
        let command = byName["\(entry.word) \(words[1].lowercased())"]
      {
        return (command, 2)
      }
      if let command = entry.command { return (command, 1) }
    }
    let first = aliases[typed] ?? typed
    // A whole name given as one word, quoted or from a variable (`'show mentee' zoe`).
    if let command = byName[first] { return (command, 1) }
    // No command has this name: what follows finds the closest to suggest.
    let second = all.filter { $0.name.hasPrefix(first + " ") }.map(\.name)
    if !second.isEmpty {
      guard words.count > 1 else { throw .incompleteCommand(first, choices: second) }
      let typed = words[1].lowercased()
      let close = second.min {
        editDistance(typed, String($0.dropFirst(first.count + 1)))
          < editDistance(typed, String($1.dropFirst(first.count + 1)))
      }
      var guess: String?
      if let close, editDistance(typed, String(close.dropFirst(first.count + 1))) <= 2 {
        guess = close
      } else if second.count == 1 {
        guess = "\(second[0]) " + words.dropFirst().joined(separator: " ")
      }
      throw .unknownSubcommand(first, word: words[1], choices: second, guess: guess)
    }
    var suggestion = nearest(to: first)
    if let word = suggestion, words.count > 1,
      all.contains(where: { $0.name == "\(word) \(words[1].lowercased())" })
    {
      suggestion = "\(word) \(words[1].lowercased())"
    }
    throw .unknownCommand(words[0], suggestion: suggestion)
  }

  /// `word` in lower case; as typed, without a copy, when it has no capital letter and
  /// is ASCII, as a command's name nearly always is.
  static func lowercased(_ word: String) -> String {
    var bytes = word
    // Read in place, not through the string's view one byte at a time.
    let lower = bytes.withUTF8 { bytes in
      for byte in bytes where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) { return false }
      return true
    }
    return lower ? word : word.lowercased()
  }

  /// The command word closest to `word` in edits, if close enough to be a likely typo.
  static func nearest(to word: String) -> String? {
    let words = Set(all.map { String($0.name.split(separator: " ")[0]) }).union(aliases.keys)
    let best = words.sorted().min { editDistance(word, $0) < editDistance(word, $1) }
    guard let best, editDistance(word, best) <= max(2, word.count / 3) else { return nil }
    return aliases[best] ?? best
  }

  /// The number of single-character insertions, deletions, changes and swaps of two
  /// neighbours between two words (`lsit` is one swap from `list`).
  static func editDistance(_ left: String, _ right: String) -> Int {
    let left = Array(left)
    let right = Array(right)
    guard !left.isEmpty, !right.isEmpty else { return max(left.count, right.count) }
    var table = [[Int]](
      repeating: [Int](repeating: 0, count: right.count + 1),
      count: left.count + 1)
    for i in 0...left.count { table[i][0] = i }
    for j in 0...right.count { table[0][j] = j }
    for i in 1...left.count {
      for j in 1...right.count {
        let change = left[i - 1] == right[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + change)
        if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[left.count][right.count]
  }
}
