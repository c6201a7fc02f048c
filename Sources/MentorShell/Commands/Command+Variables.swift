import MentorExchange

/// Variables for scripts: `set` and `unset`.
extension Command {
  static let set = Command(
    "set", usage: "[NAME VALUE... | format table|csv|json]",
    summary: "Set a variable for later lines to use as $NAME, or list them",
    detail: """
      'set NAME VALUE' keeps VALUE (the words after NAME, joined by spaces) for this
      session; later lines, typed or in scripts and files they source, read it as $NAME or
      ${NAME} (the braces let letters follow: '${who}s'). The value stands in one word,
      spaces and all: 'set who Zoë Brontë' then 'meet $who' meets Zoë Brontë. Inside
      double quotes $NAME is replaced too; single quotes, or a backslash ('\\$NAME'), keep
      a '$' as typed. A name that is not set is an error, never an empty word. Names are
      letters, digits and _, not starting with a digit, and case counts: $who is not $WHO.
      Set by mentor, and read-only:
        $LAST  the id of what the last command created (an intervention, a meeting, an
               escalation), as in 'agree zoe student ...' then 'check $LAST understood'.
               A command that fails clears it, and so does one made to create ('agree',
               'revise', 'escalate', 'meet', 'for each') that created nothing: reading
               it then is an error, never an older id.
        $MENTEE, $INTERVENTION  the id a 'for each' loop is at; an error outside one.
      'set format table|csv|json' chooses how records print for the rest of the session,
      as --format does when mentor starts; 'unset format' goes back to the default.
      'set' alone lists the variables and the format.
      """,
    examples: [
      "set who 'Zoë Brontë'", "set note '$5 a week, the $ kept as typed'", "set format csv",
      "set",
    ],
    completions: [.words(["format"]), .words([])],
    access: .anyone,
  ) { shell, arguments throws(ShellError) in
    guard let name = arguments.word(0) else {
      shell.listVariables()
      return
    }
    guard arguments.words.count > 1 else { throw .setNeedsValue(name) }
    let value = arguments.rest(from: 1)
    if name.lowercased() == "format" {
      guard let format = OutputFormat(rawValue: value.lowercased()) else {
        throw .badFormat(value)
      }
      shell.options.format = format
      if !shell.runningInitFile { shell.console.print("format \(format.rawValue)") }
      return
    }
    try shell.variables.set(name, to: value)
  }

  static let unset = Command(
    "unset", usage: "NAME",
    summary: "Remove a variable set with 'set', or the format it chose",
    examples: ["unset who"],
    exampleSetup: ["set who zoe"],
    completions: [.words(["format"])],
    access: .anyone,
  ) { shell, arguments throws(ShellError) in
    guard arguments.words.count == 1, let name = arguments.word(0) else {
      throw .usage(command: "unset", usage: "NAME")
    }
    if name.lowercased() == "format" {
      shell.options.format = nil
      return
    }
    try shell.variables.unset(name)
  }
}

extension Shell {
  /// Prints each variable as `NAME value`, then the output format.
  func listVariables() {
    for variable in variables.listed {
      let by = variable.builtIn ? "   (set by mentor)" : ""
      console.print("\(variable.name) \(Self.quoted(variable.value))\(by)")
    }
    let format = options.format.map(\.rawValue) ?? "table on a terminal, else csv"
    console.print("format \(format)")
  }

  /// A value as `set` would take it back: quoted when it holds a space, a quote or a `$`;
  /// in double quotes, with `\` before `"`, `\` and `$`, when it holds a `'`.
  static func quoted(_ value: String) -> String {
    guard value.isEmpty || value.contains(where: { " '\"$#\t\\".contains($0) }) else {
      return value
    }
    guard value.contains("'") else { return "'\(value)'" }
    let escaped = value.reduce(into: "") { text, character in
      if "\"\\$".contains(character) { text.append("\\") }
      text.append(character)
    }
    return "\"\(escaped)\""
  }
}
