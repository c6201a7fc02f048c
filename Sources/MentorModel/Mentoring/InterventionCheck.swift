/// One check recorded on an intervention: the state it was found in, on what evidence,
/// by whom and when.
///
/// Checks are kept in the order they were made, so an intervention's life can be read back
/// step by step, including a check later corrected by another.
public struct InterventionCheck: Hashable, Sendable {
  /// The state the check recorded: understood, implemented, working...
  public var state: InterventionState
  /// What the person checking saw or was told, in their words; empty when none was given.
  public var evidence: String
  /// Who made the check: the person at the keyboard.
  public var by: String
  /// When, as an ISO 8601 time.
  public var at: String

  public init(state: InterventionState, evidence: String, by: String, at: String) {
    self.state = state
    self.evidence = evidence
    self.by = by
    self.at = at
  }
}
