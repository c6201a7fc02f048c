import MentorModel
import MentorStore

/// Taking back changes made in this session, a command at a time.
extension Shell {
  /// Notes how to take back a change the running command just stored.
  func remember(
    _ what: String, about menteeID: String? = nil, before: String? = nil,
    after: String? = nil, takeBack: @escaping (Shell) throws(ShellError) -> Void
  ) {
    remember(
      .other(
        OtherChange(
          what: what, menteeID: menteeID, before: before, after: after, takeBack: takeBack)))
  }

  /// Notes a change the running command just stored, as one of its steps for `undo`.
  func remember(_ change: Change) {
    undoSteps.append(
      UndoStep(
        change: change, beginsCommand: undoSteps.count == endedUndoSteps,
        origin: runningCommand))
  }

  /// Notes that the running command changed what `undo` cannot take back (a data sheet
  /// loaded, targets or settings changed, messages sent): `undo` stops there and says so.
  /// The command's other steps go: there is no taking them back past the stop.
  func blockUndo(_ what: String) {
    undoSteps.removeSteps(from: endedUndoSteps)
    undoSteps.append(UndoStep(change: .stop(what), beginsCommand: true, origin: nil))
  }

  /// Closes the running command's changes into one group that `undo` takes back whole.
  func closeUndoGroup() {
    endedUndoSteps = undoSteps.count
  }

  /// Forgets every change `undo` could take back, as after a roll-back.
  func forgetUndoSteps() {
    undoSteps = UndoHistory()
    endedUndoSteps = 0
  }

  /// Takes back the last command's changes, newest first; returns what they were.
  ///
  /// - Throws: `.nothingToUndo`, or `.cannotUndo` at a change that cannot be taken back,
  ///   which stays where it is so that earlier changes stay too; `.undoRefused` when the
  ///   rule of the command that made the change refuses the person at the keyboard now
  ///   (its mentee has since gone to another mentor), and the change stays.
  func undoLast() throws(ShellError) -> [String] {
    guard endedUndoSteps > 0 else { throw .nothingToUndo }
    let ended = endedUndoSteps
    let start = undoSteps.lastIndex(before: ended, where: \.beginsCommand) ?? 0
    let group = undoSteps.steps(from: start, to: ended)
    if let block = group.first(where: \.blocks) {
      throw block.what == Self.erasureStep ? .cannotUndoErasure : .cannotUndo(block.what)
    }
    for origin in group.compactMap(\.origin) { try authoriseAgain(origin) }
    undoSteps.removeSteps(from: start, to: ended)
    endedUndoSteps = start
    try takeBackWhole(group)
    undoSteps.removeSteps(from: endedUndoSteps)
    return group.map(\.what)
  }

  /// Takes back a command's steps, newest first, in one transaction: when one is refused
  /// (changed since in another session) or fails, those before it are put back too, in
  /// the file and in the school, so that a refused `undo` changes nothing.
  private func takeBackWhole(_ group: [UndoStep]) throws(ShellError) {
    let schoolBefore = school
    let meetingBefore = meetingWith
    var refusal: ShellError?
    do {
      // Savepoints even inside an `--atomic` run, so that rolling back this undo leaves
      // the run's earlier changes stored.
      try store.keepingSavepoints { () throws(DatabaseError) in
        try store.transaction {
          do throws(ShellError) {
            for step in group.reversed() { try takeBack(step) }
          } catch {
            refusal = error
            throw error
          }
        }
      }
    } catch {
      school = schoolBefore
      meetingWith = meetingBefore
      throw refusal ?? .store(error)
    }
  }

  /// Takes back one step and records its undoing in the history, or in the audit.
  private func takeBack(_ step: UndoStep) throws(ShellError) {
    try step.takeBack(self)
    if let menteeID = step.menteeID {
      var undone = event(menteeID, "Undid: \(step.what)")
      undone.kind = "undo"
      undone.before = step.after
      undone.after = step.before
      try storing { try store.record(undone) }
    } else {
      try audited("undo", "Undid: \(step.what)", before: step.after, after: step.before) {}
    }
  }

  /// Checks the rule of the command that made a change against the school as it is now,
  /// with the meeting that was open when it ran.
  private func authoriseAgain(_ origin: Origin) throws(ShellError) {
    let open = meetingWith
    meetingWith = origin.meetingWith
    defer { meetingWith = open }
    do throws(ShellError) {
      guard let command = CommandTable.byName[origin.commandName] else {
        throw .noAccessRule(origin.commandName)
      }
      try authorise(command, origin.ruleWords.arguments)
    } catch {
      throw .undoRefused(error.message)
    }
  }
}
