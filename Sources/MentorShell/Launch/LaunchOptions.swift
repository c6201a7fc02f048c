import MentorExchange

/// What `mentor` was asked to do on its command line.
public struct LaunchOptions: Sendable, Equatable {
  /// The database file given with `--db`, if any.
  public var databasePath: String?
  /// `--memory`: keep nothing.
  public var inMemory = false
  /// What to run, in the order given: `-c` commands and script files.
  public var steps: [Step] = []
  /// `-i`: open the prompt after running commands and files.
  public var interactive = false
  /// The file `--init` names, run before anything else instead of the user's init file.
  public var initFile: String?
  /// `--no-init`: run no init file.
  public var noInit = false
  /// `--help` or `--version`.
  public var help = false
  public var version = false
  /// How the shell behaves.
  public var shell = ShellOptions()

  /// One thing to run: a command given with `-c`, or a script file (`-` for standard input).
  public enum Step: Sendable, Equatable {
    case command(String)
    case file(String)
  }

  /// Commands given with `-c`, in order.
  public var commands: [String] {
    steps.compactMap { if case .command(let text) = $0 { text } else { nil } }
  }

  /// Script files to run, in order.
  public var files: [String] {
    steps.compactMap { if case .file(let path) = $0 { path } else { nil } }
  }

  /// A problem with the command line; `mentor` then exits with status 2.
  public enum Failure: Error, Equatable {
    case unknownOption(String)
    case missingValue(String)
    case badFormat(String)
    case memoryAndDatabase
    /// `--atomic` or `--dry-run` with `-i`: a transaction held open while a person types.
    case transactionAtPrompt(String)

    /// The message: sentence case, the user's words in single quotes, no full stop.
    public var message: String {
      switch self {
      case .unknownOption(let option):
        return "Unknown option '\(option)'; 'mentor --help' lists the options"
      case .missingValue(let option): return "Option '\(option)' needs a value"
      case .badFormat(let name): return "Unknown format '\(name)'; use table, csv or json"
      case .memoryAndDatabase:
        return "Give --memory or --db, not both: --memory keeps nothing in any file"
      case .transactionAtPrompt(let option):
        return "\(option) is for scripts, -c and piped input, not the prompt: it holds the"
          + " database's write lock until it ends"
      }
    }
  }

  public init() {}

  /// Reads the arguments after the program's name.
  public static func parse(_ arguments: [String]) -> Result<LaunchOptions, Failure> {
    var options = LaunchOptions()
    var remaining = arguments[...]
    while var argument = remaining.popFirst() {
      if !argument.hasPrefix("-") || argument == "-" {
        options.steps.append(.file(argument))
        continue
      }
      var inline: String?
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        inline = String(argument[argument.index(after: equals)...])
        argument = String(argument[..<equals])
      }
      func value() -> String? {
        if let given = inline {
          inline = nil
          return given
        }
        return remaining.popFirst()
      }
      switch argument {
      case "--db":
        guard let path = value() else { return .failure(.missingValue(argument)) }
        options.databasePath = path
      case "--memory": options.inMemory = true
      case "--as":
        guard let name = value() else { return .failure(.missingValue(argument)) }
        options.shell.user = name
      case "-c", "--command":
        guard let command = value() else { return .failure(.missingValue(argument)) }
        options.steps.append(.command(command))
      case "-i", "--interactive": options.interactive = true
      case "--init":
        guard let path = value() else { return .failure(.missingValue(argument)) }
        options.initFile = path
      case "--no-init": options.noInit = true
      case "--bail": options.shell.bail = true
      case "--atomic": options.shell.atomic = true
      case "--dry-run": options.shell.dryRun = true
      case "--echo": options.shell.echo = true
      case "--verbose", "-v": options.shell.verbose = true
      case "--format":
        guard let name = value() else { return .failure(.missingValue(argument)) }
        guard let format = OutputFormat(rawValue: name.lowercased()) else {
          return .failure(.badFormat(name))
        }
        options.shell.format = format
      case "--help", "-h": options.help = true
      case "--version": options.version = true
      case "--":
        options.steps += remaining.map { .file($0) }
        remaining = []
      default: return .failure(.unknownOption(argument))
      }
      if inline != nil { return .failure(.unknownOption(argument + "=")) }
    }
    if options.inMemory && options.databasePath != nil { return .failure(.memoryAndDatabase) }
    if options.interactive, options.shell.atomic || options.shell.dryRun {
      return .failure(.transactionAtPrompt(options.shell.dryRun ? "--dry-run" : "--atomic"))
    }
    return .success(options)
  }

  /// The text of `mentor --help`.
  public static let usage = """
    Usage: mentor [OPTIONS] [SCRIPT...]

    Assertive Mentoring: load each month's data sheets, see every mentee against target,
    and work through the caseload. With no script and a terminal, opens the prompt;
    with a script, a pipe or -c, runs the commands and leaves.

    Options:
      --db PATH        the database file (default: $MENTOR_DB, else
                       $XDG_DATA_HOME/mentor/mentor.db, i.e. ~/.local/share/mentor/mentor.db)
      --memory         use a database in memory: nothing is written to disk
      --as NAME        who is at the keyboard, recorded on every change (default:
                       $MENTOR_USER, else the login name)
      -c COMMAND       run one command (may be given more than once), then leave
      -i               open the prompt after running the scripts and commands
      --init FILE      run FILE first, instead of the init file
                       ($XDG_CONFIG_HOME/mentor/init.mentor, i.e.
                       ~/.config/mentor/init.mentor, run when it exists)
      --no-init        run no init file
      --bail           stop at the first command that fails
      --atomic         run everything as one transaction: store it all if every command
                       succeeds, else nothing (with --bail, stop and roll back at once);
                       messages and files wait for the commit
      --dry-run        run everything, say what it would change, and store, send and
                       write nothing
      --echo           print each command before running it
      --format FORMAT  print records as table, csv or json (default: table on a terminal,
                       csv otherwise)
      --verbose        print more detail on standard error
      --help           print this help
      --version        print the version

    Messages from 'notify' and 'escalate' go to $MENTOR_OUTBOX, else the folder outbox
    beside the database; 'notify --sendmail' runs $MENTOR_SENDMAIL, else
    /usr/sbin/sendmail.

    The init file holds one person's choices: 'setting NAME VALUE' there holds for their
    sessions only, and 'set format json' or other variables apply to every session. Its
    errors are reported and do not stop mentor.

    --atomic and --dry-run hold the database's write lock while they run, so they take
    scripts, -c or piped input, not the prompt.

    Exit status: 0 when every command succeeded, 1 when any failed, 2 for a bad command
    line or a database that cannot be opened. Type 'help' at the prompt for the commands.

    """
}
