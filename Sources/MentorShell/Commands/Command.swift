/// A command of the shell: its words, its help, what its words complete to, and its handler.
///
/// Help is data: `help` and the README's tour are generated from these fields, and a test
/// runs every example.
struct Command: Sendable {
  /// What a word after the command's name completes to.
  enum Completion: Sendable {
    case mentee, file, subject, month, scale, setting, command, intervention, escalation, staff
    /// After `for`, `with` or `review`: subjects, staff, nothing; else those words.
    case clause
    /// `leader`, `parent` or a member of staff.
    case recipient
    /// Filter words, and after one of them its values: subjects, mentors, forms...
    case filter
    case words([String])
  }

  /// One or two words, such as `load` or `show mentee`.
  let name: String
  /// The arguments, such as `WHO [--month MONTH]`.
  let usage: String
  /// One sentence that says what the command does.
  let summary: String
  /// More detail, as lines of text.
  let detail: String
  /// Lines that show the command in use; each runs against the demo school.
  let examples: [String]
  /// Lines that bring the demo school to where the examples make sense (an intervention
  /// agreed before it is checked); the help test runs them first.
  let exampleSetup: [String]
  /// The options the command takes, with whether each takes a value.
  let options: [Option]
  /// What each position after the name completes to; the last applies to the rest.
  let completions: [Completion]
  /// The stable names of the columns of the records the command prints with `--format csv`
  /// and `--format json`; empty for a command that prints prose. The README lists them.
  let columns: [String]
  /// Who may run the command; nil, which the shell refuses to run, only for a command
  /// added without a rule (a test catches that).
  let access: Access?
  /// Does the work.
  let run: @Sendable (Shell, Arguments) throws(ShellError) -> Void

  /// An option such as `--month MONTH` or `--replace`, with a line of help.
  struct Option: Sendable {
    let name: String
    let value: String?
    let help: String

    /// An option followed by a value, shown in usage as `--name VALUE`.
    static func value(_ name: String, _ value: String, _ help: String) -> Option {
      Option(name: name, value: value, help: help)
    }

    /// An option on its own.
    static func flag(_ name: String, _ help: String) -> Option {
      Option(name: name, value: nil, help: help)
    }

    /// `--format table|csv|json`, taken by every command that prints records.
    static let format = Option.value(
      "format", "table|csv|json", "how to print: a table on a terminal, else CSV")

    /// `--out FILE`, taken by every command that prints records: see `Shell.emit`.
    static let out = Option.value(
      "out", "FILE", "write to FILE (owner-only), in the format its extension names")

    /// `--format` and `--out`, the options of every command that prints records.
    static let records = [format, out]

    /// `--count`, taken by every command that lists things (`list ...`, `escalations`,
    /// `due`, `suggest`): see `Shell.printCount`.
    static let count = Option.flag("count", "print only how many there are")

    /// The options of a command that lists things: `--count` and those of `records`.
    static let listing = [count] + records
  }

  init(
    _ name: String, usage: String = "", summary: String, detail: String = "",
    examples: [String], exampleSetup: [String] = [], options: [Option] = [],
    completions: [Completion] = [], columns: [String] = [], access: Access? = nil,
    run: @escaping @Sendable (Shell, Arguments) throws(ShellError) -> Void
  ) {
    self.name = name
    self.usage = usage
    self.summary = summary
    self.detail = detail
    self.examples = examples
    self.exampleSetup = exampleSetup
    self.options = options
    self.completions = completions
    self.columns = columns
    self.access = access
    self.run = run
  }

  /// The whole usage line: name then arguments.
  var usageLine: String { usage.isEmpty ? name : "\(name) \(usage)" }

  /// The number of words in the name.
  var nameWordCount: Int { name.split(separator: " ").count }
}
