import MentorModel

/// `--atomic` and `--dry-run`: the whole run as one transaction, kept only if every
/// command succeeds, or never.
extension Shell {
  /// Runs `body`, the scripts and commands of the command line, as one transaction.
  ///
  /// Under `--atomic` it commits only if no command failed, then does the work held for
  /// the commit (messages, files); otherwise it rolls back, drops the held work, and reads
  /// the school back from the store so that memory and file agree. Under `--dry-run` it
  /// always rolls back. Either way it says on standard error what happened.
  func runAsOneTransaction(_ body: () -> Void) {
    transaction = ScriptTransaction(mode: options.dryRun ? .dryRun : .atomic)
    let failuresBefore = failures
    let initFileFailuresBefore = initFileFailures
    var kept = false
    do {
      kept = try store.oneTransaction(keepingIf: {
        body()
        return transaction.mode == .atomic && failures == failuresBefore
      })
    } catch {
      fail(.store(error))
    }
    var ended = transaction
    ended.initFileFailures = initFileFailures - initFileFailuresBefore
    transaction = ScriptTransaction()
    if kept {
      console.printError(Self.commitReport(ended))
      for work in ended.held {
        do throws(ShellError) {
          try work.run(self)
        } catch {
          fail(error)
        }
      }
      return
    }
    forgetUndoSteps()
    meetingWith = nil
    do throws(ShellError) {
      try reloadSchool()
    } catch {
      fail(error)
    }
    console.printError(Self.rollBackReport(ended, failed: failures - failuresBefore))
  }

  /// What standard error says after a commit: that every command of the run succeeded,
  /// and how many of the init file's failed, since those roll nothing back.
  static func commitReport(_ ended: ScriptTransaction) -> String {
    let whose = ended.initFileFailures > 0 ? "every command of the run" : "every command"
    return "mentor: committed: \(whose) succeeded, and all is stored" + initFileText(ended)
  }

  /// `; 1 command of the init file failed (...)`, or nothing when none did.
  private static func initFileText(_ ended: ScriptTransaction) -> String {
    guard ended.initFileFailures > 0 else { return "" }
    return "; \(counted(ended.initFileFailures, "command")) of the init file failed (the"
      + " init file's failures roll nothing back)"
  }

  /// How many commands failed, counting a `for each` once however many rounds failed:
  /// `2 commands failed (5 rounds failed in 'for each' loops)`.
  private static func failedText(_ failed: Int, _ ended: ScriptTransaction) -> String {
    let rounds = ended.failedRounds
    return "\(counted(failed, "command")) failed"
      + (rounds == 0 ? "" : " (\(counted(rounds, "round")) failed in 'for each' loops)")
  }

  /// What standard error says after a roll-back.
  static func rollBackReport(_ ended: ScriptTransaction, failed: Int) -> String {
    let failures = failed == 0 ? "" : "; " + failedText(failed, ended)
    guard ended.mode == .dryRun else {
      let dropped = ended.held.map(\.what).joined(separator: ", ")
      return "mentor: rolled back: \(failedText(failed, ended)), so nothing was stored"
        + initFileText(ended)
        + (dropped.isEmpty ? "" : "; dropped what waited for the commit: \(dropped)")
    }
    var would: [String] = []
    if let phrase = ChangeReport.phrase(ended.changes) { would.append(phrase) }
    if ended.wouldSend > 0 { would.append("send \(counted(ended.wouldSend, "message"))") }
    if ended.wouldWrite > 0 { would.append("write \(counted(ended.wouldWrite, "file"))") }
    let summary =
      would.isEmpty
      ? "it would change nothing"
      : "it would "
        + would.joined(
          separator: "; ")
    return "mentor: dry run: nothing was stored, sent or written\(failures); \(summary)"
      + initFileText(ended)
  }

  /// Runs one command; under `--dry-run`, then prints what it changed and adds it to the
  /// run's total. A command that runs other lines (`source`, `for each`) reports nothing
  /// itself: each of its lines does.
  func recordingChanges(
    of command: Command, _ body: () throws(ShellError) -> Void
  ) throws(ShellError) {
    guard transaction.mode == .dryRun, !command.runsOtherLines else { return try body() }
    // Shortcoming: the report compares the school in memory before and after, so lines of
    // history and id sequences, which the school does not hold, go uncounted (a saved
    // column mapping is noted by `load`).
    let before = schoolAsStored
    let undoneBefore = transaction.undoneRunForgotten
    transaction.noted = SchoolChanges()
    defer {
      // A write failing half-way read the school again as stored: nothing to report.
      if transaction.undoneRunForgotten == undoneBefore {
        var changes = SchoolChanges(from: before, to: schoolAsStored)
        changes.add(transaction.noted)
        if let phrase = ChangeReport.phrase(changes) {
          console.print("(dry run: would \(phrase))")
          transaction.changes.add(changes)
        }
      }
    }
    try body()
  }

  /// `Stored` or, under `--dry-run`, `Would store`, to begin a line about what a command
  /// stored; other verbs are given, as `Saved` and `Would save`.
  func stored(_ past: String = "Stored", _ would: String = "Would store") -> String {
    transaction.mode == .dryRun ? would : past
  }

  /// Work with effects outside the database (messages, files): done now, or under
  /// `--atomic` held until the commit, saying so; under `--dry-run` the caller shows what
  /// it would do instead.
  ///
  /// - Parameters:
  ///   - what: what the work is, as `the message of E3`, for the notes and reports.
  ///   - work: the work.
  /// - Returns: false under `--dry-run`, where nothing was done or held.
  @discardableResult
  func outsideTheDatabase(
    _ what: String, _ work: @escaping (Shell) throws(ShellError) -> Void
  ) throws(ShellError) -> Bool {
    switch transaction.mode {
    case .eachCommand: try work(self)
    case .atomic:
      transaction.held.append(ScriptTransaction.HeldWork(what: what, run: work))
      console.print("Held until the script commits: \(what).")
    case .dryRun: return false
    }
    return true
  }
}

extension Command {
  /// Whether the command runs other lines, each reported on its own by a dry run.
  var runsOtherLines: Bool { name == "source" || name == "for each" }
}
