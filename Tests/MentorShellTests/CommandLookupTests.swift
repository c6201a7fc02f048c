import Testing

@testable import MentorShell

@Suite("A line's first words find its command")
struct CommandLookupTests {
  @Test("Every command is found by its name as typed, in any case, and its words follow")
  func everyName() throws {
    for command in CommandTable.all {
      for name in [command.name, command.name.uppercased()] {
        let words = name.split(separator: " ").map(String.init) + ["B000001", "--x"]
        let (found, rest) = try CommandTable.find(words)
        #expect(found.name == command.name, "\(name)")
        #expect(rest == ["B000001", "--x"], "\(name)")
      }
    }
  }

  @Test("A name of two words given as one word, quoted or from a variable, finds its command")
  func wholeNameAsOneWord() throws {
    for command in CommandTable.all where command.name.contains(" ") {
      let (found, rest) = try CommandTable.find([command.name.uppercased(), "zoe"])
      #expect(found.name == command.name)
      #expect(rest == ["zoe"])
    }
  }

  @Test("A command's name kept in a variable runs that command, as does a quoted name")
  func nameInVariable() throws {
    let shell = try TestShell()
    let quoted = shell.run("'list months'")
    #expect(quoted.succeeded)
    #expect(shell.run("set s 'list months'").succeeded)
    let fromVariable = shell.run("$s")
    #expect(fromVariable.succeeded)
    #expect(fromVariable.output == quoted.output)
    #expect(shell.run("help 'show mentee'").output.contains("show mentee"))
  }

  @Test("An alias finds the command it stands for", arguments: [("exit", "quit"), ("?", "help")])
  func alias(typed: String, name: String) throws {
    #expect(try CommandTable.find([typed]).0.name == name)
    #expect(try CommandTable.find([typed.uppercased(), "x"]).1 == ["x"])
  }

  @Test(
    "A word that begins no name, or names only with another second word, is refused",
    arguments: [["lsit", "months"], ["list"], ["list", "nothing"], ["zoë"], ["é"], ["CHECKS"]])
  func refused(words: [String]) {
    #expect(throws: ShellError.self) { try CommandTable.find(words) }
  }
}
