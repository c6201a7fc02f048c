import MentorModel

/// Taking back changes made in this session, a command at a time.
extension Shell {
  // Shortcoming: the steps of a long script are kept until the process ends, about 490
  // bytes a command: the command line's words (for `undo` to check the command's rule
  // again), the closure with the record as it was and as it is, and an array of its own for
  // each command's steps. A script of 100,000 `agree` and `check` commands peaks at 120 MB,
  // 71 MB of it without the steps. Freeing the oldest steps cost more than it saved.
  /// One change and how to take it back.
  struct UndoStep {
    /// What the change was, in words, as `undo` says it and the audit row of its undoing.
    var what: String { words.text }
    /// The words of `what`, as text or as the parts they are made of.
    let words: ChangeWords
    /// The mentee the change was about, whose history records the undoing.
    let menteeID: String?
    /// Whether this marks a change that cannot be taken back, where `undo` stops.
    var blocks = false
    /// The command that made the change, whose rule `undo` checks again.
    var origin: Origin?
    /// What the change found and left (a state, a day, a mentor), for the audit: the row
    /// of its undoing holds them the other way round.
    var before: String?
    var after: String?
    let takeBack: (Shell) throws(ShellError) -> Void
  }

  /// What a change was, in words: its text, or the parts of a check's text, which is made
  /// only when `undo` asks for it. A check's parts are texts the step holds anyway (its
  /// evidence is a word of the command line), where its text was a string of its own for
  /// each of a long script's checks: about 7 MB for 75,000.
  enum ChangeWords {
    case text(String)
    case check(id: String, state: InterventionState, evidence: String)

    /// The change in words.
    var text: String {
      switch self {
      case .text(let text): text
      case .check(let id, let state, let evidence):
        Command.checkWords(id: id, state: state, evidence: evidence)
      }
    }
  }

  /// The command line that made a change, and the meeting open when it ran.
  ///
  /// The command is kept by name, looked up again in `CommandTable` when `undo` needs its
  /// rule: a whole `Command` in every undo step of a long script cost a copy of a dozen
  /// references each time a step was copied, and over 100 bytes a step.
  struct Origin {
    let commandName: String
    let arguments: Arguments
    let meetingWith: String?
  }

  /// Notes how to take back a change the running command just stored.
  func remember(
    _ what: String, about menteeID: String? = nil, before: String? = nil,
    after: String? = nil, takeBack: @escaping (Shell) throws(ShellError) -> Void
  ) {
    remember(.text(what), about: menteeID, before: before, after: after, takeBack: takeBack)
  }

  /// Notes how to take back a change the running command just stored, said in `words`.
  func remember(
    _ words: ChangeWords, about menteeID: String?, before: String?, after: String?,
    takeBack: @escaping (Shell) throws(ShellError) -> Void
  ) {
    pendingUndo.append(
      UndoStep(
        words: words, menteeID: menteeID, origin: runningCommand, before: before, after: after,
        takeBack: takeBack))
  }

  /// Notes that the running command changed what `undo` cannot take back (a data sheet
  /// loaded, targets or settings changed, messages sent): `undo` stops there and says so.
  func blockUndo(_ what: String) {
    pendingUndo = [
      UndoStep(words: .text(what), menteeID: nil, blocks: true) { _ throws(ShellError) in }
    ]
  }

  /// Closes the running command's changes into one step that `undo` takes back whole.
  func closeUndoGroup() {
    guard !pendingUndo.isEmpty else { return }
    undoGroups.append(pendingUndo)
    pendingUndo = []
  }

  /// Takes back the last command's changes, newest first; returns what they were.
  ///
  /// - Throws: `.nothingToUndo`, or `.cannotUndo` at a change that cannot be taken back,
  ///   which stays where it is so that earlier changes stay too; `.undoRefused` when the
  ///   rule of the command that made the change refuses the person at the keyboard now
  ///   (its mentee has since gone to another mentor), and the change stays.
  func undoLast() throws(ShellError) -> [String] {
    guard let group = undoGroups.last else { throw .nothingToUndo }
    if let block = group.first(where: \.blocks) {
      throw block.what == Self.erasureStep ? .cannotUndoErasure : .cannotUndo(block.what)
    }
    for origin in group.compactMap(\.origin) { try authoriseAgain(origin) }
    undoGroups.removeLast()
    for step in group.reversed() {
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
    pendingUndo = []
    return group.map(\.what)
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
      try authorise(command, origin.arguments)
    } catch {
      throw .undoRefused(error.message)
    }
  }
}
