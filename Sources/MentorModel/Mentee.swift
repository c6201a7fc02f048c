/// A student with a mentor, identified by a stable id (a UK school uses the UPN).
public struct Mentee: Hashable, Sendable {
  /// The stable id; names repeat, ids do not.
  public let id: String
  /// The family name.
  public var surname: String
  /// The given name.
  public var forename: String
  /// The year group, such as `11`.
  public var year: String
  /// The form or tutor group, such as `11B`.
  public var form: String
  /// The mentor's name, or the empty string when none is assigned.
  public var mentor: String
  /// Attendance in percent, by month.
  public var attendance: [String: Double]
  /// Whether this is what is left of a mentee whose personal data was erased: an anonymous
  /// key for an id, no name, and records kept only for the school's counts.
  public var isErased = false

  /// Creates a mentee; every field but the id may be blank.
  public init(
    id: String, surname: String = "", forename: String = "", year: String = "",
    form: String = "", mentor: String = "", attendance: [String: Double] = [:],
    isErased: Bool = false
  ) {
    self.id = id
    self.surname = surname
    self.forename = forename
    self.year = year
    self.form = form
    self.mentor = mentor
    self.attendance = attendance
    self.isErased = isErased
  }

  /// Forename then surname, or the id when the data sheet gave no name.
  public var displayName: String {
    let name = [forename, surname].filter { !$0.isEmpty }.joined(separator: " ")
    return name.isEmpty ? id : name
  }

  /// Surname first, for sorted lists: `Brontë, Zoë`.
  public var sortName: String {
    if surname.isEmpty { return forename.isEmpty ? id : forename }
    return forename.isEmpty ? surname : "\(surname), \(forename)"
  }
}
