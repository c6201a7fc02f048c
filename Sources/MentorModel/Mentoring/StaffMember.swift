/// A member of staff: a mentor, a subject teacher or a Progress Leader.
public struct StaffMember: Hashable, Sendable {
  /// What a member of staff does in Assertive Mentoring.
  public enum Role: String, CaseIterable, Hashable, Sendable {
    case mentor
    case subjectTeacher = "subject teacher"
    case progressLeader = "progress leader"

    /// A role from the words a staff list uses: `Mentor`, `Teacher`, `Progress Leader`...
    public init?(words: String) {
      let key = words.lowercased().filter(\.isLetter)
      switch key {
      case "mentor", "tutor", "formtutor": self = .mentor
      case "teacher", "subjectteacher", "classteacher": self = .subjectTeacher
      case "progressleader", "leader", "headofyear", "pl": self = .progressLeader
      default: return nil
      }
    }
  }

  public var name: String
  public var email: String
  public var roles: Set<Role>
  /// Subjects or classes taught.
  public var subjects: [String]

  public init(name: String, email: String, roles: Set<Role>, subjects: [String] = []) {
    self.name = name
    self.email = email
    self.roles = roles
    self.subjects = subjects
  }
}

/// A parent or carer of a mentee.
public struct Carer: Hashable, Sendable {
  public var menteeID: String
  public var name: String
  public var relationship: String
  public var email: String

  public init(menteeID: String, name: String, relationship: String, email: String) {
    self.menteeID = menteeID
    self.name = name
    self.relationship = relationship
    self.email = email
  }
}
