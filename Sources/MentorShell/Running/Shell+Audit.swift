import MentorModel
import MentorStore

/// Writing changes to the whole school into the audit, with the change itself.
extension Shell {
  /// Runs a store change and adds its row to the audit in the same transaction: both are
  /// kept, or neither. For changes that have no mentee's history line (a load, targets, a
  /// setting, staff, parents, a mapping); one row per command, however many rows it
  /// changes, with its counts in `what`.
  func audited(
    _ kind: String, _ what: String, before: String? = nil, after: String? = nil,
    _ change: () throws -> Void
  ) throws(ShellError) {
    let entry = AuditEntry(
      at: clock.now, by: userName, kind: kind, what: what, before: before, after: after)
    try storing {
      try store.transaction {
        try change()
        try store.audit(entry)
      }
    }
  }

  /// Refuses `audit WHO` when WHO fits nobody on the staff list and nobody who ever made
  /// a change, so that a slip in the name does not pass for "no changes".
  func checkAuditPerson(_ person: String) throws(ShellError) {
    if school.staff.values.contains(where: { recorded($0.name, isBy: person) }) {
      return
    }
    let everyone = try storing { try store.auditEntries() }
    guard !everyone.contains(where: { recorded($0.by, isBy: person) }) else { return }
    throw .auditNobody(person)
  }
}
