import Foundation
import MentorExchange
import MentorModel
import MentorStore

/// The shell's state: the school in memory, the store behind it, and where output goes.
///
/// Every line, typed or from a script, goes through `execute`. A command that changes the
/// school writes the change to the store in one transaction first, and only then changes
/// the school in memory, so both always agree.
public final class Shell {
  /// The school, as the store holds it.
  var school: School
  /// The database file behind the school.
  let store: Store
  /// Where results and diagnostics go.
  let console: Console
  /// Choices made when `mentor` was started; `set format` changes the output format.
  var options: ShellOptions
  /// The scripts being run, outermost first, with the line each is at.
  var frames: [ScriptFrame] = []
  /// The number of commands that failed (not counting the init file's); a `for each`
  /// counts once, however many of its rounds failed.
  var failures = 0
  /// The number of the init file's commands that failed.
  var initFileFailures = 0
  /// Set by `quit`.
  var quitRequested = false
  /// Set when a failure under `--bail` stops every script being run.
  var bailed = false
  /// The script files being run, by resolved path, to refuse a script that sources itself.
  var sourcing: Set<String> = []
  /// Reads a line from the person at the keyboard, for `pause`; nil when nobody is there.
  var readFromKeyboard: (() -> String?)?
  /// The mentee whose meeting is open in this session (`meet`), if any.
  var meetingWith: String?
  /// The time recorded on changes.
  var clock = Clock.fromEnvironment()
  /// The changes of this session that `undo` can take back, oldest first: those of each
  /// command that ended, then those of the command running now. One history for all, not
  /// an array for each command: a long script keeps a step for every command until it exits.
  var undoSteps = UndoHistory()
  /// How many of `undoSteps` are of commands that ended; the rest are the running one's.
  var endedUndoSteps = 0
  /// The command running now, with its arguments and the meeting open, for `remember`.
  var runningCommand: Origin?
  /// Under `--atomic` or `--dry-run`, the transaction the run is.
  var transaction = ScriptTransaction()
  /// Settings held for this session only, over the school's.
  var sessionSettings = SessionSettings()
  /// Whether the init file is running, where `setting` holds for this session only.
  var runningInitFile = false
  /// The variables scripts set and read as `$NAME`.
  var variables = Variables()
  /// The id of the mentee or intervention a `for each` loop is at, named in each error of
  /// its round.
  var loopRound: String?
  /// By id prefix, the highest number of an id in the school as last read, or given since:
  /// `newID` asks the school only once per reading instead of going through every record.
  var highestIDNumbers: [String: Int] = [:]
  /// The last `userName`, with the user name and staff list it was worked out from.
  var userNameFound: (user: String, staff: [String: StaffMember], name: String)?

  /// Opens a shell over a store, building the school from it.
  public init(store: Store, console: Console, options: ShellOptions) throws(ShellError) {
    self.store = store
    self.console = console
    self.options = options
    do {
      knownVersion = try store.dataVersion()
      school = try store.loadSchool()
    } catch {
      throw .store(error)
    }
  }

  /// What `read` gives of the school, read where the shell holds it.
  ///
  /// A call such as `school.standing(of: user)` first copies the whole school, retaining
  /// each of its collections, and releases them all after: every line pays for it. Given
  /// the school in place, `read` copies nothing. It must not reach `school` itself.
  func readingSchool<T>(_ read: (inout School) -> T) -> T {
    read(&school)
  }

  /// The store's data version when the school was last read.
  private var knownVersion = 0

  /// Reads the school again if another `mentor` changed the database since it was read,
  /// so a shell left open shows what others confirmed.
  ///
  /// Under `--atomic` or `--dry-run` it looks once: the run holds the write lock from then
  /// on, so no other session can commit until it ends.
  func catchUp() throws(ShellError) {
    if transaction.mode != .eachCommand && transaction.caughtUp { return }
    let version = try storing { try store.dataVersion() }
    if transaction.mode != .eachCommand { transaction.caughtUp = true }
    guard version != knownVersion else { return }
    try reloadSchool()
  }

  /// Catches up with other sessions, then runs `body`, a command, so that what it writes
  /// was decided on the school as stored.
  ///
  /// Between catching up and the command's first write another session may commit (two
  /// mentors checking the same intervention, say). The store then refuses the write (see
  /// `Store.expectedVersion`), and the command runs again holding the write lock from
  /// catching up to its end (`runHoldingWriteLock`), so that it cannot lose again and
  /// refuses what the other session made wrong, as it would have a moment later.
  /// Commands that run other lines are not guarded: each of their lines is.
  ///
  // Shortcoming: a command that prints before its first write (`load` prints what it found
  // in the sheet) prints that again when it runs again; rare, as it needs another session
  // to commit in the moment between the two.
  func runUpToDate(
    _ command: Command, _ body: () throws(ShellError) -> Void
  ) throws(ShellError) {
    let guarded = transaction.mode == .eachCommand && !command.runsOtherLines
    let outerVersion = store.expectedVersion
    defer { store.expectedVersion = outerVersion }
    try catchUp()
    store.expectedVersion = guarded ? knownVersion : outerVersion
    do {
      try body()
    } catch .store(.changedElsewhere) where guarded {
      store.expectedVersion = nil
      try runHoldingWriteLock(body)
    }
  }

  /// Runs `body` in one transaction that holds the write lock from catching up to its end,
  /// keeping back what it prints until the transaction has committed or rolled back.
  private func runHoldingWriteLock(_ body: () throws(ShellError) -> Void) throws(ShellError) {
    try console.holdingBack { () throws(ShellError) in
      do {
        try store.holdingWriteLock {
          try catchUp()
          try body()
        }
      } catch let error as ShellError {
        try reloadSchool()
        throw error
      } catch {
        try reloadSchool()
        throw .store(error as? DatabaseError ?? .sqlite(code: 1, message: "\(error)"))
      }
    }
  }

  /// Reads the school from the store again, as after a roll-back.
  ///
  /// The data version is read first: a change committed while the school is read then
  /// moves it again, and the next command reads the school once more.
  func reloadSchool() throws(ShellError) {
    knownVersion = try storing { try store.dataVersion() }
    school = try storing { try store.loadSchool() }
    highestIDNumbers = [:]
    applySessionSettings()
    if let id = meetingWith, school.openMeeting(of: id) == nil {
      // The mentee by id: this goes to standard error, which may be a log.
      console.printError("The meeting with \(id) was ended in another session.")
      meetingWith = nil
    }
  }

  /// Runs one line; returns false when the command failed.
  @discardableResult
  public func execute(_ line: String) -> Bool {
    do {
      try run(line)
      return true
    } catch {
      fail(error)
      return false
    }
  }

  /// Counts a failed command and reports its error.
  func fail(_ error: ShellError) {
    failures += 1
    report(error)
  }

  /// Splits a line into words, finds its command and runs it.
  ///
  /// A line that fails clears `$LAST`, however far it got.
  func run(_ line: String) throws(ShellError) {
    do {
      try runWords(of: line)
    } catch {
      variables.commandFailed()
      throw error
    }
  }

  // Shortcoming: a line of a bulk script still costs about 5,000 instructions before its
  // command runs, and about 1,000 more to read it from the file (measured on the first
  // 10,000 lines of the P3 script). Half is splitting it (2,600): each word is made into a
  // string of its own (about 110 instructions for a word of up to 15 bytes, 200 for a
  // longer one), which is what every command takes,
  // where slices of the line would copy nothing; the rest is finding the command, closing
  // the undo group and noting `$LAST`. Of the words, undo keeps only those the command's
  // rule reads (`RuleWords`), and a check's evidence.
  private func runWords(of line: String) throws(ShellError) {
    var words = try words(of: line)
    guard !words.isEmpty else { return }
    if options.echo { console.print(line.trimmingCharacters(in: .whitespaces)) }
    let (command, nameWords) = try CommandTable.locate(words)
    // The words are this line's alone: the name is taken off them in place.
    words.removeFirst(nameWords)
    let arguments: Arguments
    if Arguments.mayHoldOptions(words) {
      if words.prefix(while: { $0 != "--" }).contains("--help") {
        console.writeParagraphs(HelpText.page(for: command))
        return
      }
      arguments = try Arguments(words, for: command)
    } else {
      arguments = Arguments(plain: words)
    }
    defer { closeUndoGroup() }
    let started = Date()
    defer {
      if options.verbose {
        let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
        console.printError("mentor: '\(command.name)' took \(milliseconds) ms")
      }
    }
    let createdBefore = variables.created.count
    let outer = runningCommand
    runningCommand = Origin(command, arguments, meetingWith: meetingWith)
    defer { runningCommand = outer }
    // Roles are judged on the school as it is once caught up, again on a rerun.
    try runUpToDate(command) { () throws(ShellError) in
      try authorise(command, arguments)
      try recordingChanges(of: command) { () throws(ShellError) in
        try command.run(self, arguments)
      }
    }
    if let failure = readingSchool({ $0.takeResultReadFailure() }) {
      throw .resultsUnreadable(failure)
    }
    variables.commandSucceeded(command.name, createdBefore: createdBefore)
  }

  /// Prints an error where the user will see it, with the chain of scripts that led to it.
  /// Inside a `for each` loop it names the round by id, as `for I3: `.
  func report(_ error: ShellError) {
    let shown = loopRound.map { ShellError.loopRound($0, error) } ?? error
    console.printError(ErrorLocation.prefix(frames) + "error: " + shown.message)
  }

  /// How an error names a mentee: by id, as `ShellError.naming` does.
  func mentioned(_ mentee: Mentee) -> String { ShellError.naming(mentee) }

  /// Prints a warning in the same form as an error.
  func warn(_ text: String) {
    let round = loopRound.map { "for \($0): " } ?? ""
    console.printError(ErrorLocation.prefix(frames) + "warning: " + round + text)
  }

  /// The output format: the one asked for, else the one `--out`'s file name asks for
  /// (`.csv`, `.json`, `.txt`), else the session's, else a table on a terminal and CSV
  /// elsewhere (in a file too).
  func format(_ arguments: Arguments) throws(ShellError) -> OutputFormat {
    guard let name = arguments.option("format") else {
      if let out = arguments.option("out") {
        return OutputFormat(fileName: out) ?? options.format ?? .csv
      }
      return options.format ?? (console.isTerminal ? .table : .csv)
    }
    guard let format = OutputFormat(rawValue: name.lowercased()) else {
      throw .badFormat(name)
    }
    return format
  }

  /// Prints a table in the chosen format.
  func printTable(_ table: Table, format: OutputFormat) {
    console.write(table.rendered(as: format, width: console.width, colour: console.usesColour))
  }

  /// Runs a store change, turning its failure into a shell error.
  func storing<T>(_ change: () throws -> T) throws(ShellError) -> T {
    do {
      return try change()
    } catch let error as DatabaseError {
      forgetUndoneRun()
      throw .store(error)
    } catch {
      forgetUndoneRun()
      throw .store(.sqlite(code: 1, message: String(describing: error)))
    }
  }

  /// After a write failed half-way under `--atomic` or `--dry-run`, which undid everything
  /// the run stored, reads the school again as it is stored, so that the rest of the run
  /// shows what is stored and not what was undone, and forgets the run's changes: its undo
  /// steps and, for the dry run's report, what it had changed.
  private func forgetUndoneRun() {
    guard transaction.mode != .eachCommand, !transaction.undoneRunForgotten,
      store.runWasUndone
    else { return }
    transaction.undoneRunForgotten = true
    transaction.changes = SchoolChanges()
    transaction.noted = SchoolChanges()
    forgetUndoSteps()
    do throws(ShellError) {
      try reloadSchool()
    } catch {
      report(error)
    }
  }
}
