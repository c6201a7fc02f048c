import MentorExchange

/// Choices made when `mentor` starts that change how the shell behaves.
public struct ShellOptions: Sendable, Equatable {
  /// Stop a script at its first failing command.
  public var bail = false
  /// Run everything as one transaction, kept only if every command succeeds.
  public var atomic = false
  /// Run everything, report what it would change, and keep, send and write nothing.
  public var dryRun = false
  /// Print each command before running it.
  public var echo = false
  /// Print extra detail on standard error (never rows of personal data).
  public var verbose = false
  /// The output format for records; nil picks a table on a terminal and CSV elsewhere.
  public var format: OutputFormat?

  /// The person at the keyboard, recorded on every change: `--as`, else `MENTOR_USER`,
  /// else the login name.
  public var user = ""

  /// The folder `notify` and `escalate` write messages to when no `--outbox` is given:
  /// `$MENTOR_OUTBOX`, else `outbox` beside the database file. Nil for a database in
  /// memory, which has no folder: messages then wait until one is named.
  public var outbox: String?

  /// The mail program `--sendmail` hands messages to: `$MENTOR_SENDMAIL`, else the
  /// system's `sendmail`.
  public var sendmail = ShellOptions.systemSendmail

  /// Where the system's `sendmail` is.
  public static let systemSendmail = "/usr/sbin/sendmail"

  /// The defaults.
  public init() {}
}
