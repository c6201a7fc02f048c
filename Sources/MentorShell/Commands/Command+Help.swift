/// The `help` command, generated from the command table.
extension Command {
  static let help = Command(
    "help", usage: "[COMMAND]",
    summary: "List the commands, or explain one with its options and examples",
    examples: ["help", "help show mentee"],
    completions: [.command]
  ) { shell, arguments throws(ShellError) in
    guard !arguments.words.isEmpty else {
      shell.console.write(HelpText.overview())
      return
    }
    let group = CommandTable.all.filter {
      $0.name.hasPrefix(arguments.words[0].lowercased() + " ")
    }
    if arguments.words.count == 1, !group.isEmpty {
      shell.console.write(group.map(HelpText.page(for:)).joined(separator: "\n"))
      return
    }
    let (command, rest) = try CommandTable.find(arguments.words)
    guard rest.isEmpty else {
      throw .unknownCommand(arguments.words.joined(separator: " "), suggestion: command.name)
    }
    shell.console.write(HelpText.page(for: command))
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

  /// One command: usage, summary, detail, options and examples.
  static func page(for command: Command) -> String {
    var lines = ["Usage: \(command.usageLine)", "", command.summary]
    if !command.detail.isEmpty { lines += ["", command.detail] }
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
