import EditLineShim
import Foundation
import MentorStore

/// Starts a session from the command line: opens the store, runs scripts, opens the prompt.
public enum Launcher {
  /// The version printed by `--version`.
  public static let version = "0.1.0"

  /// Runs `mentor` with parsed options; returns the exit status.
  ///
  /// 0 when every command succeeded, 1 when any failed, 2 when the database could not be
  /// opened. For the process's `main`, which exits with the status straight after: the
  /// database is closed, but the shell and its school are left for the process's end to
  /// take back.
  public static func run(_ options: LaunchOptions, console: Console = .standard()) -> Int32 {
    defer { console.flush() }
    if options.help {
      console.write(LaunchOptions.usage)
      return 0
    }
    if options.version {
      console.print("mentor \(version)")
      return 0
    }
    let environment = ProcessEnvironment.all()
    var options = options
    // Shortcoming: the name at the keyboard is taken on trust, so roles guard against
    // mistakes, not against someone who types --as or can read the database file; proving
    // who someone is would need the system's accounts or a login of mentor's own.
    if options.shell.user.isEmpty {
      // Shortcoming: NSUserName, the last resort, asks the system's accounts, which the
      // static release build can do only with the C library it was built against.
      options.shell.user =
        environment["MENTOR_USER"].flatMap { $0.isEmpty ? nil : $0 }
        ?? environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? NSUserName()
    }
    let database = options.inMemory ? nil : options.databasePath ?? Paths.database(environment)
    options.shell.outbox = Paths.outbox(environment, database: database)
    options.shell.sendmail = Paths.sendmail(environment)
    let shell: Shell
    do {
      let store = try openStore(options, environment)
      shell = try Shell(store: store, console: console, options: options.shell)
    } catch let error as DatabaseError {
      console.printError("mentor: error: " + error.message)
      return 2
    } catch let error as ShellError {
      console.printError("mentor: error: " + error.message)
      return 2
    } catch {
      console.printError("mentor: error: \(error)")
      return 2
    }
    // The store refuses a database others can change; one they can only read is opened,
    // since nothing is at risk of being changed, with a warning that says how to fix it.
    if let path = shell.store.path, let mode = SystemCalls.permissions(of: path),
      mode & 0o044 != 0
    {
      console.printError(
        "mentor: warning: " + ShellError.databaseReadableByOthers(path).message)
    }
    if options.shell.verbose {
      let school = shell.school
      console.printError(
        "mentor: database \(shell.store.path.map { "'\($0)'" } ?? "in memory"):"
          + " \(school.mentees.count) mentees, \(school.resultCount) results,"
          + " \(school.months.count) months")
    }
    let status = run(shell, options, environment: environment)
    // Freeing every record of the school one at a time cost a script of 100,000 `agree`
    // and `check` commands 2.7% of its instructions, to give back memory that the
    // process's end gives back at once. The file is closed as releasing the store would.
    shell.store.closeForExit()
    _ = Unmanaged.passRetained(shell)
    return status
  }

  private static func openStore(_ options: LaunchOptions, _ environment: [String: String])
    throws(DatabaseError) -> Store
  {
    if options.inMemory { return try Store.inMemory() }
    let path = options.databasePath ?? Paths.database(environment)
    if options.databasePath == nil { Paths.makeParentFolder(of: path) }
    return try Store(path: path)
  }

  /// A line typed at the keyboard in answer to a question, or nil at Ctrl-D. Ctrl-D marks
  /// standard input as ended; the mark is cleared, so that the next question waits for
  /// its answer afresh instead of failing at once.
  static func readAnswer() -> String? {
    if let line = Swift.readLine() { return line }
    mentor_clear_input_end()
    return nil
  }

  private static func run(
    _ shell: Shell, _ options: LaunchOptions, environment: [String: String]
  ) -> Int32 {
    let terminal = standardInputIsTerminal()
    if terminal { shell.readFromKeyboard = readAnswer }
    let ranSomething = !options.steps.isEmpty
    guard options.shell.atomic || options.shell.dryRun else {
      if runInitFile(shell, options, environment) == 2 { return 2 }
      if runSteps(shell, options, ranSomething: ranSomething) == 2 { return 2 }
      if !shell.stopped, terminal && (!ranSomething || options.interactive) {
        Prompt(shell: shell, historyPath: Paths.history(environment)).run()
      }
      return shell.failures > 0 ? 1 : 0
    }
    guard ranSomething || !terminal else {
      let option = options.shell.dryRun ? "--dry-run" : "--atomic"
      shell.console.printError(
        "mentor: error: " + LaunchOptions.Failure.transactionAtPrompt(option).message)
      return 2
    }
    // The init file runs inside the transaction, so that what it stores is rolled back
    // with the rest and the closing report counts it.
    var status: Int32 = 0
    shell.runAsOneTransaction {
      status = runInitFile(shell, options, environment)
      guard status != 2 else { return }
      status = runSteps(shell, options, ranSomething: ranSomething)
    }
    return status == 2 ? 2 : shell.failures > 0 ? 1 : 0
  }

  /// Runs the init file, unless `--no-init`; returns 2 when the file named cannot be read.
  private static func runInitFile(
    _ shell: Shell, _ options: LaunchOptions, _ environment: [String: String]
  ) -> Int32 {
    guard !options.noInit else { return 0 }
    let path = options.initFile ?? Paths.initFile(environment)
    guard options.initFile != nil || SystemCalls.status(of: path).kind != .missing else {
      return 0
    }
    do {
      try shell.runInitFile(path)
    } catch {
      shell.fail(error)
      return 2
    }
    return 0
  }

  /// Runs the scripts and commands of the command line, or standard input when there are
  /// none and it is not a terminal; returns 2 when a script named cannot be read.
  private static func runSteps(
    _ shell: Shell, _ options: LaunchOptions, ranSomething: Bool
  ) -> Int32 {
    for step in options.steps where !shell.stopped {
      switch step {
      case .command(let command):
        if !shell.execute(command), options.shell.bail { shell.bailed = true }
      case .file("-"):
        runStandardInput(shell)
      case .file(let path):
        do {
          try shell.runScriptFile(path)
        } catch {
          // A script named on the command line that cannot be read is a usage error.
          shell.fail(error)
          return 2
        }
      }
    }
    if !shell.stopped, !ranSomething, !standardInputIsTerminal() {
      runStandardInput(shell)
    }
    return 0
  }

  /// Runs standard input as a script, reading line by line as it arrives.
  private static func runStandardInput(_ shell: Shell) {
    let reader = PlainLineReader(fileDescriptor: 0)
    shell.runScript(named: "<stdin>") {
      // Whatever feeds standard input may wait for the answer to the line before.
      shell.console.flush()
      switch try? reader.readLine(prompt: "") {
      case .line(let text): return .text(text)
      case .invalidText: return .notUTF8
      case .interrupted: return .text("")
      case .endOfInput, nil: return nil
      }
    }
  }
}

extension Shell {
  /// Whether the session should stop: `quit`, or a failure under `--bail`.
  var stopped: Bool { quitRequested || bailed }
}
