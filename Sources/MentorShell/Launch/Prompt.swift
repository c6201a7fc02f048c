import MentorExchange
import MentorStore

/// The interactive prompt: libedit line editing, history and completion over a shell.
struct Prompt {
  let shell: Shell
  let historyPath: String

  /// Reads and runs lines until Ctrl-D or `quit`; the editor restores the terminal on exit.
  func run() {
    let editor: LineEditor
    do {
      editor = try LineEditor(programName: "mentor")
    } catch {
      shell.console.printError("mentor: error: cannot start line editing: \(error.description)")
      return
    }
    let completer = Completer(shell: shell)
    editor.completer = { line, word, inQuotes in completer.candidates(line, word, inQuotes) }
    do {
      try editor.useHistoryFile(historyPath)
    } catch {
      shell.warn("History will not be kept: \(error.description)")
    }
    shell.console.writeProse(banner + "\n")
    Interruption.catchRequests()
    StatementInterruption.allow(shell.store)
    defer { StatementInterruption.forbid() }
    var warnedAboutHistory = false
    while !shell.quitRequested {
      let result: LineReadResult
      do {
        shell.console.flush()
        result = try editor.readLine(prompt: promptText)
      } catch {
        shell.console.printError("mentor: error: \(error.description)")
        return
      }
      switch result {
      case .line(let line):
        let succeeded = shell.execute(line)
        // A command stopped by Ctrl-C has said so in its error.
        if Interruption.takeRequest() && succeeded { shell.console.printError("Interrupted.") }
      case .interrupted, .invalidText: continue
      case .endOfInput:
        shell.console.print()
        remindOfOpenMeeting()
        return
      }
      if let failure = editor.historySaveFailure, !warnedAboutHistory {
        shell.warn("History could not be saved: \(failure.description)")
        warnedAboutHistory = true
      }
    }
    remindOfOpenMeeting()
  }

  /// Says so when the session ends with a meeting still open; it is kept for `meet`.
  private func remindOfOpenMeeting() {
    guard let id = shell.meetingWith, let meeting = shell.school.openMeeting(of: id),
      let mentee = shell.school.mentees[id]
    else { return }
    shell.console.print(
      "Meeting \(meeting.id) with \(mentee.displayName) is still open; 'meet' resumes it.")
  }

  /// `mentor> `, or `mentor (Zoë Brontë)> ` while a meeting is open.
  private var promptText: String {
    guard let id = shell.meetingWith, let mentee = shell.school.mentees[id] else {
      return "mentor> "
    }
    return "mentor (\(mentee.displayName))> "
  }

  /// The line printed when the prompt opens: what is loaded, and how to get help.
  private var banner: String {
    let school = shell.school
    var loaded = counted(school.mentees.count, "mentee")
    if let latest = school.latestMonth {
      loaded +=
        ", \(counted(school.subjects.count, "subject")),"
        + " \(counted(school.months.count, "month")) (latest \(latest))"
    }
    let place = shell.store.path.map { "in '\($0)'" } ?? "in memory"
    return "mentor \(Launcher.version): \(loaded) \(place).\n"
      + shell.standingLine + "\n"
      + "Type 'help' for the commands, Tab to complete, Ctrl-D to leave."
  }
}
