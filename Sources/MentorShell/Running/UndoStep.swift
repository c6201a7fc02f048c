import MentorModel

extension Shell {
  // Shortcoming: the steps of a long script are kept until the process ends, 120 bytes a
  // step in `UndoHistory`, plus what a step needs beyond that: a check's evidence when it
  // is too long to sit inside its string (over 15 bytes), and for any other change (an
  // `agree`) a box with its words and a closure holding the record, over 200 bytes more.
  // The P3 script peaks at 98 MB, 71 MB of it without the steps. Freeing the oldest steps
  // cost more than it saved.
  /// One change and how to take it back, kept in `Shell.undoSteps`.
  ///
  /// A long script keeps one for each change it makes, so it holds only what `undo` needs:
  /// a check, most of such a script, as a small value; any other change in a box.
  struct UndoStep {
    /// What the change was and how to take it back.
    let change: Change
    /// Whether this is the first step of its command's: `undo` takes back, at once, the
    /// steps from the last such one on. (Declared here, it fits in the change's padding.)
    let beginsCommand: Bool
    /// The command that made the change, whose rule `undo` checks again; nil for a stop.
    let origin: Origin?

    /// What the change was, in words, as `undo` says it and the audit row of its undoing.
    var what: String {
      switch change {
      case .check(let check):
        Command.checkWords(id: check.previous.id, state: check.state, evidence: check.evidence)
      case .other(let other): other.what
      case .stop(let what): what
      }
    }

    /// The mentee the change was about, whose history records the undoing.
    var menteeID: String? {
      switch change {
      case .check(let check): check.previous.menteeID
      case .other(let other): other.menteeID
      case .stop: nil
      }
    }

    /// What the change found, for the audit: the row of its undoing holds it as `after`.
    var before: String? {
      switch change {
      case .check(let check): check.previous.state.rawValue
      case .other(let other): other.before
      case .stop: nil
      }
    }

    /// What the change left, for the audit: the row of its undoing holds it as `before`.
    var after: String? {
      switch change {
      case .check(let check): check.state.rawValue
      case .other(let other): other.after
      case .stop: nil
      }
    }

    /// Whether this marks a change that cannot be taken back, where `undo` stops.
    var blocks: Bool {
      if case .stop = change { return true }
      return false
    }

    /// Takes the change back, in the store and in the school.
    func takeBack(_ shell: Shell) throws(ShellError) {
      switch change {
      case .check(let check): try check.takeBack(shell)
      case .other(let other): try other.takeBack(shell)
      case .stop: break
      }
    }
  }

  /// What a change was and how to take it back.
  enum Change {
    /// A check of an intervention.
    case check(CheckChange)
    /// Any other change, with a closure that takes it back.
    case other(OtherChange)
    /// A change that cannot be taken back (a data sheet loaded, messages sent), in words.
    case stop(String)
  }

  /// A check of an intervention, as its undo step keeps it: the intervention as it was,
  /// from which the checked one is made again (`Intervention.afterCheck`), the state
  /// checked, the evidence as typed, and the row the check wrote.
  struct CheckChange {
    let previous: Intervention
    let row: Int64
    let evidence: String
    let state: InterventionState

    /// Removes the check's row and puts the intervention back as it was, unless it changed
    /// since (`.changedSince`), or its mentee was erased elsewhere since.
    func takeBack(_ shell: Shell) throws(ShellError) {
      let checked = previous.afterCheck(state)
      guard shell.school.interventions[checked.id] == checked else {
        try shell.refuseUndoOfErased(checked.menteeID, record: checked.id)
        throw .changedSince(checked.id)
      }
      // The check's row goes too: a subject access export must not show it as made.
      try shell.storing { try shell.store.removeCheck(row: row, restoring: previous) }
      shell.school.interventions[checked.id] = previous
    }
  }

  /// Any change but a check: its words, its mentee, what it found and left for the audit,
  /// and a closure that takes it back. A box, so that the steps of checks stay small.
  final class OtherChange {
    let what: String
    let menteeID: String?
    let before: String?
    let after: String?
    let takeBack: (Shell) throws(ShellError) -> Void

    init(
      what: String, menteeID: String?, before: String?, after: String?,
      takeBack: @escaping (Shell) throws(ShellError) -> Void
    ) {
      self.what = what
      self.menteeID = menteeID
      self.before = before
      self.after = after
      self.takeBack = takeBack
    }
  }

  /// The command line that made a change, and the meeting open when it ran.
  ///
  /// The command is kept by name, looked up again in `CommandTable` when `undo` needs its
  /// rule, and of its words only those its rule reads (`RuleWords`): a whole `Command` or
  /// all the words in every step of a long script cost over 100 bytes a step.
  struct Origin {
    let commandName: String
    let ruleWords: RuleWords
    let meetingWith: String?

    /// The origin of a command run with `arguments`, keeping the words its rule reads.
    init(_ command: Command, _ arguments: Arguments, meetingWith: String?) {
      commandName = command.name
      ruleWords = RuleWords(command.access, arguments)
      self.meetingWith = meetingWith
    }
  }

  /// The words of a command line that its rule (`Shell.authorise`) reads: only the first,
  /// for a rule about the record it names, else all of them.
  enum RuleWords {
    case first(String?)
    case all(Arguments)

    /// The words `access` reads of `arguments`.
    init(_ access: Command.Access?, _ arguments: Arguments) {
      switch access {
      case .anyone, .staff, .progressLeader: self = .first(nil)
      case .mentee, .meetingMentee, .intervention, .escalation: self = .first(arguments.word(0))
      case .schoolSetting, .ownCaseload, nil: self = .all(arguments)
      }
    }

    /// The words as arguments for the rule, which reads no more of them than are kept.
    var arguments: Arguments {
      switch self {
      case .first(let word): Arguments(plain: word.map { [$0] } ?? [])
      case .all(let arguments): arguments
      }
    }
  }
}
