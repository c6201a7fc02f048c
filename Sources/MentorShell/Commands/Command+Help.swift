/// The `help` command, generated from the command table.
extension Command {
  static let help = Command(
    "help", usage: "[COMMAND]",
    summary: "List the commands, or explain one with its options and examples",
    examples: ["help", "help show mentee"],
    completions: [.command],
    access: .anyone,
  ) { shell, arguments throws(ShellError) in
    guard !arguments.words.isEmpty else {
      shell.console.writeProse(HelpText.overview())
      return
    }
    shell.console.writeParagraphs(try HelpText.pages(for: arguments.words))
  }
}

/// The text of `help`, built from each command's fields.
enum HelpText {
  /// Every command with its summary.
  static func overview() -> String {
    let width = CommandTable.all.map(\.name.count).max() ?? 10
    var lines = ["Commands (type 'help COMMAND' for more):", ""]
    for command in CommandTable.all {
      let padding = String(repeating: " ", count: width - command.name.count)
      lines.append("  \(command.name)\(padding)  \(command.summary)")
    }
    lines += [
      "", "WHO is a mentee's id, or a name by unique prefix ('zoe b' finds Zoë Brontë).",
      "Quotes group words: show mentee 'Zoë Brontë'. '#' starts a comment.",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The help that `help WORDS` prints.
  ///
  /// A word that names a command and begins others too (`load`, with `load staff` and
  /// `load parents`) gets that command's page, then a line naming the others; a word that
  /// only begins others (`list`) gets each of their pages.
  ///
  /// - Throws: `.unknownCommand` or `.unknownSubcommand` for words that name no command.
  static func pages(for words: [String]) throws(ShellError) -> String {
    let first = CommandTable.aliases[words[0].lowercased()] ?? words[0].lowercased()
    let group = CommandTable.all.filter { $0.name.hasPrefix(first + " ") }
    let alone = CommandTable.all.first { $0.name == first }
    if words.count == 1, !group.isEmpty {
      guard let alone else { return group.map(page(for:)).joined(separator: "\n") }
      let others = group.map { "'\($0.name)'" }.joined(separator: ", ")
      return page(for: alone) + "\nSee also \(others): 'help \(group[0].name)' explains one.\n"
    }
    let (command, rest) = try CommandTable.find(words)
    guard rest.isEmpty else {
      let choices = (alone.map { [$0] } ?? []) + group
      guard choices.count > 1 else {
        throw .unknownCommand(words.joined(separator: " "), suggestion: command.name)
      }
      throw .unknownSubcommand(
        first, word: words.dropFirst().joined(separator: " "), choices: choices.map(\.name),
        guess: nil)
    }
    return page(for: command)
  }

  /// One command: usage, summary, detail, who may run it, options and examples.
  static func page(for command: Command) -> String {
    var lines = ["Usage: \(command.usageLine)", "", command.summary]
    if !command.detail.isEmpty { lines += ["", command.detail] }
    if let access = command.access { lines += ["", "Who may run it: \(access.who)."] }
    if !command.options.isEmpty {
      lines += ["", "Options:"]
      let spellings = command.options.map { "--\($0.name)" + ($0.value.map { " \($0)" } ?? "") }
      let width = spellings.map(\.count).max() ?? 0
      for (spelling, option) in zip(spellings, command.options) {
        let padding = String(repeating: " ", count: width - spelling.count)
        lines.append("  \(spelling)\(padding)  \(option.help)")
      }
    }
    if !command.examples.isEmpty {
      lines += ["", "Examples:"] + command.examples.map { "  \($0)" }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
