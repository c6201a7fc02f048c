import Testing

@testable import MentorShell

/// `help WORD` for a word that begins several commands, and `COMMAND --help`.
@Suite("Help for a command is found by its name, by its first word, and by --help")
struct HelpPagesTests {
  /// The first words that begin more than one command, or a command and others.
  static let sharedWords = Set(
    CommandTable.all.filter { $0.nameWordCount == 2 }.map {
      String($0.name.split(separator: " ")[0])
    })

  @Test("'help load' shows the data-sheet loader's page, options and all, then the others")
  func helpLoad() throws {
    let page = try HelpText.pages(for: ["load"])
    let load = try #require(CommandTable.all.first { $0.name == "load" })

    #expect(page.hasPrefix(HelpText.page(for: load)))
    for option in ["--map", "--month", "--save-mapping", "--mapping", "--id-prefix"] {
      #expect(page.contains(option), "'help load' does not show \(option)")
    }
    #expect(page.contains("'load staff'") && page.contains("'load parents'"))
  }

  @Test("'help WORD' shows every command that WORD begins", arguments: sharedWords.sorted())
  func helpWord(word: String) throws {
    let page = try HelpText.pages(for: [word])

    for command in CommandTable.all where command.name.hasPrefix(word + " ") {
      #expect(page.contains(command.name), "'help \(word)' does not name '\(command.name)'")
    }
    if let alone = CommandTable.all.first(where: { $0.name == word }) {
      #expect(page.hasPrefix(HelpText.page(for: alone)))
    }
  }

  @Test("'help load x' names the commands that begin with 'load', not 'load' alone")
  func helpUnknownSecondWord() {
    #expect {
      _ = try HelpText.pages(for: ["load", "x"])
    } throws: { error in
      (error as? ShellError)?.message
        == "Unknown command 'load x'; the commands beginning 'load' are 'load', 'load staff',"
        + " 'load parents'"
    }
  }

  @Test(
    "'COMMAND --help' prints that command's help and runs nothing",
    arguments: CommandTable.all.map(\.name))
  func dashDashHelp(name: String) throws {
    let test = try TestShell()
    let command = try #require(CommandTable.all.first { $0.name == name })

    let run = test.run("\(name) --help")

    #expect(run.succeeded)
    #expect(run.output == HelpText.page(for: command))
  }

  @Test(
    "Each option of a command is in its usage line, or the line ends '[options]'",
    arguments: CommandTable.all.map(\.name))
  func usageNamesOptions(name: String) throws {
    let command = try #require(CommandTable.all.first { $0.name == name })
    guard !command.usage.hasSuffix("[options]") else { return }

    for option in command.options {
      #expect(
        command.usage.contains("--\(option.name)"),
        "'\(name)' takes --\(option.name) but its usage line does not show it")
    }
  }
}
