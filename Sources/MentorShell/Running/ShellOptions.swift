import MentorExchange

/// Choices made when `mentor` starts that change how the shell behaves.
public struct ShellOptions: Sendable, Equatable {
  /// Stop a script at its first failing command.
  public var bail = false
  /// Print each command before running it.
  public var echo = false
  /// Print extra detail on standard error (never rows of personal data).
  public var verbose = false
  /// The output format for records; nil picks a table on a terminal and CSV elsewhere.
  public var format: OutputFormat?

  /// The person at the keyboard, recorded on every change: `--as`, else `MENTOR_USER`,
  /// else the login name.
  public var user = ""

  /// The defaults.
  public init() {}
}
