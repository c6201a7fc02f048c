/// One row of the audit: a change, who made it and when, about a mentee or the school.
///
/// Once a mentee is erased, the rows about them keep when, who and the kind of change,
/// and refer to them by an anonymous key; their words and values are gone (nil).
public struct AuditEntry: Hashable, Sendable {
  /// When, as an ISO 8601 time.
  public var at: String
  /// Who made the change: the person at the keyboard.
  public var by: String
  /// The kind of change, one word: `record`, `load`, `targets`, `setting`, `erase`...
  public var kind: String
  /// The mentee it was about (their id, or their anonymous key once erased); nil for a
  /// change to the whole school.
  public var menteeID: String?
  /// What happened, in words; nil once its mentee was erased.
  public var what: String?
  /// The value before the change, where it has one.
  public var before: String?
  /// The value after the change, where it has one.
  public var after: String?

  public init(
    at: String, by: String, kind: String, menteeID: String? = nil, what: String?,
    before: String? = nil, after: String? = nil
  ) {
    self.at = at
    self.by = by
    self.kind = kind
    self.menteeID = menteeID
    self.what = what
    self.before = before
    self.after = after
  }
}
