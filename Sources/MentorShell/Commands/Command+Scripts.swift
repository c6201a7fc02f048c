import Foundation

/// Commands for scripts and demos: `source`, `echo`, `pause` and `quit`.
extension Command {
  static let source = Command(
    "source", usage: "FILE",
    summary: "Run the commands in a script file, as if typed here",
    detail: """
      Lines run one at a time; '#' starts a comment; quotes group words. An error names the
      file and line, and the chain of files when one script sources another. With --bail
      the first failing command stops every script. A script must be UTF-8 text: one saved
      in another encoding is refused whole, with one error, before any line runs.
      """,
    examples: ["source scripts/examples/targets.mentor"],
    completions: [.file],
    access: .anyone,
  ) { shell, arguments throws(ShellError) in
    guard arguments.words.count == 1, let path = arguments.word(0) else {
      throw .usage(command: "source", usage: "FILE")
    }
    try shell.runScriptFile(shell.resolve(path))
  }

  static let echo = Command(
    "echo", usage: "TEXT...",
    summary: "Print text, for demo scripts to explain what comes next",
    examples: ["echo 'Next: the feedback sheet of one mentee'"],
    access: .anyone,
  ) { shell, arguments throws(ShellError) in
    shell.console.print(arguments.words.joined(separator: " "))
  }

  static let pause = Command(
    "pause", usage: "[SECONDS]",
    summary: "Wait for Enter, or a number of seconds, so a trainer can talk",
    detail: """
      Without a number it waits for Enter when a person is at the keyboard, and does nothing
      when nobody is (a script run from a pipe or in a test).
      """,
    examples: ["pause 0"],
    access: .anyone,
  ) { shell, arguments throws(ShellError) in
    if let text = arguments.word(0) {
      guard let seconds = Double(text), seconds >= 0, seconds <= 3600 else {
        throw .badNumber(text)
      }
      let end = Date().addingTimeInterval(seconds)
      shell.console.flush()
      while Date() < end, !Interruption.isRequested {
        Thread.sleep(forTimeInterval: min(0.05, max(end.timeIntervalSinceNow, 0)))
      }
      return
    }
    guard let read = shell.readFromKeyboard else { return }
    shell.console.write("Press Enter to go on... ")
    shell.console.flush()
    if read() == nil { shell.console.print() }
  }

  static let quit = Command(
    "quit", summary: "Leave mentor (also 'exit', or Ctrl-D at the prompt)",
    detail: """
      Everything confirmed is already in the database; nothing more is written. In a
      script it ends the whole run, scripts that sourced it included. Inside a 'for each'
      loop, in its command or a file that sources, it is refused as an error of that
      round: it would end the run after one round.
      """,
    examples: [],
    access: .anyone,
  ) { shell, _ throws(ShellError) in
    guard shell.variables.loop.isEmpty else { throw .quitInLoop }
    shell.quitRequested = true
  }
}
