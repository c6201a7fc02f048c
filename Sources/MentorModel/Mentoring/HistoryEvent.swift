/// One line of a mentee's history: what was recorded, by whom and when.
///
/// It is stored as a row of the audit, with the kind of change and, where the change has
/// them, the values before and after.
public struct HistoryEvent: Hashable, Sendable {
  public var menteeID: String
  /// When, as an ISO 8601 time.
  public var at: String
  /// Who made the record: the person at the keyboard.
  public var by: String
  /// What happened, in words: "Agreed I3 (Student) for Maths: ...".
  public var text: String
  /// The kind of change, one word for the audit: `record` unless a caller says more.
  public var kind: String
  /// The value before the change, where it has one.
  public var before: String?
  /// The value after the change, where it has one.
  public var after: String?

  public init(
    menteeID: String, at: String, by: String, text: String, kind: String = "record",
    before: String? = nil, after: String? = nil
  ) {
    self.menteeID = menteeID
    self.at = at
    self.by = by
    self.text = text
    self.kind = kind
    self.before = before
    self.after = after
  }
}
