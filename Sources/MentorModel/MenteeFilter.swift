/// Which mentees a `list mentees` asks for; every condition given must hold.
public struct MenteeFilter: Hashable, Sendable {
  /// The mentor's name, matched ignoring case and accents.
  public var mentor: String?
  /// The year group.
  public var year: String?
  /// The form.
  public var form: String?
  /// A subject the mentee takes; with `status`, the subject whose status counts.
  public var subject: String?
  /// A status that some subject (or `subject`) has in the month.
  public var status: SubjectStatus?
  /// At least this many subjects below or well below target.
  public var belowAtLeast: Int?
  /// Flagged for attendance (concern or persistent absence).
  public var attendanceFlagged = false

  /// Creates a filter that lets everyone through.
  public init() {}

  /// Whether a mentee's feedback sheet for the month passes the filter.
  public func admits(_ sheet: FeedbackSheet) -> Bool {
    let mentee = sheet.mentee
    if let mentor, School.fold(mentee.mentor) != School.fold(mentor) { return false }
    if let year, mentee.year.lowercased() != year.lowercased() { return false }
    if let form, mentee.form.lowercased() != form.lowercased() { return false }
    var lines = sheet.lines
    if let subject {
      lines = lines.filter { $0.subject.lowercased() == subject.lowercased() }
      if lines.isEmpty { return false }
    }
    if let status, !lines.contains(where: { $0.status == status }) { return false }
    if let belowAtLeast, sheet.flags.subjectsUnderTarget < belowAtLeast { return false }
    if attendanceFlagged, !sheet.flags.attendanceConcern { return false }
    return true
  }
}

extension School {
  /// The feedback sheets of every mentee the filter admits, sorted by name.
  public func caseload(_ filter: MenteeFilter, month: String? = nil) -> [FeedbackSheet] {
    menteesByName.compactMap { feedback(for: $0.id, month: month) }.filter(filter.admits)
  }
}
