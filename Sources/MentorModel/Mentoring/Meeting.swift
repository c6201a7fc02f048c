/// A one-to-one meeting of a mentor and a mentee about one month's data.
public struct Meeting: Hashable, Sendable, Identifiable {
  /// Praise given, for a subject or in general.
  public struct Praise: Hashable, Sendable {
    public var subject: String?
    public var note: String
    public init(subject: String?, note: String) {
      self.subject = subject
      self.note = note
    }
  }

  /// An excuse the mentee gave, rejected, and what was agreed instead.
  public struct Excuse: Hashable, Sendable {
    public var said: String
    public var answer: String
    public init(said: String, answer: String) {
      self.said = said
      self.answer = answer
    }
  }

  /// A short id, such as `M4`.
  public let id: String
  public let menteeID: String
  /// The month whose data sheet the meeting went through.
  public let month: String
  /// Who held it, and when it was opened and ended (ISO 8601; nil while open).
  public var mentor: String
  public var openedAt: String
  public var endedAt: String?
  public var praise: [Praise] = []
  public var excuses: [Excuse] = []
  /// The mentor's record that the mentee understands the data.
  public var understood = false
  /// The mentor's record that the mentee takes it seriously.
  public var serious = false
  public var notes: [String] = []
  /// The interventions agreed at the meeting, by id.
  public var agreed: [String] = []
  /// The next meeting's date (`YYYY-MM-DD`), when the mentor set one.
  public var nextMeeting: String?

  public init(id: String, menteeID: String, month: String, mentor: String, openedAt: String) {
    self.id = id
    self.menteeID = menteeID
    self.month = month
    self.mentor = mentor
    self.openedAt = openedAt
  }

  /// Whether the meeting has not been ended yet.
  public var isOpen: Bool { endedAt == nil }
}
