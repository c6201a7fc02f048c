import MentorModel

/// Messages sent: what `notify` and `escalate` record once a message is out.
extension Store {
  /// Records, in one transaction, what a run of messages told people.
  ///
  /// Each intervention moves to `communicated`, with a check that says to whom it went;
  /// each escalation is saved as given, with the time its message was sent; and each
  /// mentee's history gets its lines. All of it is kept, or none.
  ///
  /// - Parameters:
  ///   - communicated: the interventions sent, each with the evidence for its check, such
  ///     as "sent to Mrs Fletcher <fletcher@demo-school.example>".
  ///   - escalations: the escalations sent, with `notifiedAt` set.
  ///   - by: who sent them: the person at the keyboard.
  ///   - at: when, as an ISO 8601 time.
  ///   - events: the lines of history to add.
  public func recordSent(
    communicated: [(intervention: Intervention, evidence: String)],
    escalations: [Escalation], by: String, at: String, events: [HistoryEvent]
  ) throws(DatabaseError) {
    try write {
      for (intervention, evidence) in communicated {
        try saveCheck(
          intervention, state: .communicated, evidence: evidence, by: by, at: at, event: nil)
      }
      for escalation in escalations {
        try save(escalation, event: nil)
      }
      for event in events {
        try append(event)
      }
    }
  }
}
