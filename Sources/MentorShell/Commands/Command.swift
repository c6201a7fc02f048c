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
  var name: String { box.fields.name }
  /// The arguments, such as `WHO [--month MONTH]`.
  var usage: String { box.fields.usage }
  /// One sentence that says what the command does.
  var summary: String { box.fields.summary }
  /// More detail, as lines of text.
  var detail: String { box.fields.detail }
  /// Lines that show the command in use; each runs against the demo school.
  var examples: [String] { box.fields.examples }
  /// Lines that bring the demo school to where the examples make sense (an intervention
  /// agreed before it is checked); the help test runs them first.
  var exampleSetup: [String] { box.fields.exampleSetup }
  /// The options the command takes, with whether each takes a value.
  var options: [Option] { box.fields.options }
  /// What each position after the name completes to; the last applies to the rest.
  var completions: [Completion] { box.fields.completions }
  /// The stable names of the columns of the records the command prints with `--format csv`
  /// and `--format json`; empty for a command that prints prose. The README lists them.
  var columns: [String] { box.fields.columns }
  /// Who may run the command; nil, which the shell refuses to run, only for a command
  /// added without a rule (a test catches that).
  var access: Access? { box.fields.access }
  /// Does the work.
  var run: @Sendable (Shell, Arguments) throws(ShellError) -> Void { box.fields.run }

  /// The fields, in one shared box: a line's command is passed from the table to its
  /// handler and kept while it runs, and each copy of a dozen references retained every
  /// one of them, where a copy of the box retains one.
  private let box: Box

  /// What a command is made of; see the properties of the same names.
  private struct Fields: Sendable {
    let name: String
    let usage: String
    let summary: String
    let detail: String
    let examples: [String]
    let exampleSetup: [String]
    let options: [Option]
    let completions: [Completion]
    let columns: [String]
    let access: Access?
    let run: @Sendable (Shell, Arguments) throws(ShellError) -> Void
  }

  /// The one copy of a command's fields that all copies of the command share.
  private final class Box: Sendable {
    let fields: Fields

    init(_ fields: Fields) {
      self.fields = fields
    }
  }

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
    box = Box(
      Fields(
        name: name, usage: usage, summary: summary, detail: detail, examples: examples,
        exampleSetup: exampleSetup, options: options, completions: completions,
        columns: columns, access: access, run: run))
  }

  /// The whole usage line: name then arguments.
  var usageLine: String { usage.isEmpty ? name : "\(name) \(usage)" }

  /// The number of words in the name.
  var nameWordCount: Int { name.split(separator: " ").count }
}
