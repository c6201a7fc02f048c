/// One line of a mentee's history: what was recorded, by whom and when.
public struct HistoryEvent: Hashable, Sendable {
  public var menteeID: String
  /// When, as an ISO 8601 time.
  public var at: String
  /// Who made the record: the person at the keyboard.
  public var by: String
  /// What happened, in words: "Agreed I3 (Student) for Maths: ...".
  public var text: String

  public init(menteeID: String, at: String, by: String, text: String) {
    self.menteeID = menteeID
    self.at = at
    self.by = by
    self.text = text
  }
}
