import MentorModel

/// What `--atomic` and `--dry-run` keep while the whole run is one transaction.
struct ScriptTransaction {
  /// How the run's changes end.
  enum Mode {
    /// No transaction around the run: each command stores its changes as it succeeds.
    case eachCommand
    /// Kept only if every command succeeds (`--atomic`).
    case atomic
    /// Never kept (`--dry-run`).
    case dryRun
  }

  /// Work with effects outside the database, such as a message or a file, held under
  /// `--atomic` until the transaction commits and dropped if it rolls back.
  struct HeldWork {
    /// What it is, as `the message of E3`, for the report of what was dropped.
    let what: String
    let run: (Shell) throws(ShellError) -> Void
  }

  var mode = Mode.eachCommand
  /// The work held until commit, in the order the commands asked for it.
  var held: [HeldWork] = []
  /// Under `--dry-run`, what the commands so far changed in memory.
  var changes = SchoolChanges()
  /// Under `--dry-run`, what the running command changed that the school in memory does not
  /// show (a saved column mapping), added to its report.
  var noted = SchoolChanges()
  /// Under `--dry-run`, the messages and files the commands would have sent or written.
  var wouldSend = 0
  var wouldWrite = 0
  /// The rounds of `for each` loops that failed; each loop counts once among the failures.
  var failedRounds = 0
  /// The commands of the init file that failed, which roll nothing back.
  var initFileFailures = 0
  /// Whether the run has read what other sessions committed before it took the write lock.
  var caughtUp = false
  /// Whether a write failed half-way, undoing everything the run stored, and the shell has
  /// read the school again since (`Shell.forgetUndoneRun`).
  var undoneRunForgotten = false
}

/// The lines that say what a dry run would have changed.
enum ChangeReport {
  /// `add 1 intervention (I4), change 2 interventions (I1, I2)`, or nil for no change.
  static func phrase(_ changes: SchoolChanges) -> String? {
    var parts: [String] = []
    for kind in SchoolChanges.Kind.allCases {
      guard let counts = changes.byKind[kind] else { continue }
      for (verb, ids) in [
        ("add", counts.added), ("change", counts.changed), ("remove", counts.removed),
      ] where !ids.isEmpty {
        parts.append(
          "\(verb) \(counted(ids.count, kind.rawValue, plural(kind)))" + named(ids, kind))
      }
    }
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }

  /// The ids in brackets, when they are few enough to read and mean something alone.
  private static func named(_ ids: [String], _ kind: SchoolChanges.Kind) -> String {
    guard ids.count <= 6, kind != .result, kind != .carer, kind != .strategy else {
      return ""
    }
    return " (" + ids.joined(separator: ", ") + ")"
  }

  private static func plural(_ kind: SchoolChanges.Kind) -> String {
    switch kind {
    case .staff: return "members of staff"
    case .carer: return "parents or carers"
    case .strategy: return "strategies"
    default: return kind.rawValue + "s"
    }
  }
}
