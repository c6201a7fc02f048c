/// Which mentees a `list mentees` asks for; every condition given must hold.
public struct MenteeFilter: Hashable, Sendable {
  /// The mentor's name, matched ignoring case and accents.
  public var mentor: String?
  /// The year group.
  public var year: String?
  /// The form.
  public var form: String?
  /// Subjects the mentee takes, every one of them; when any are named, `status` and
  /// `belowAtLeast` judge these subjects only.
  public var subjects: [String] = []
  /// A status that some subject (of `subjects`, when named) has in the month.
  public var status: SubjectStatus?
  /// At least this many subjects (of `subjects`, when named) below or well below target.
  public var belowAtLeast: Int?
  /// Flagged for attendance (concern or persistent absence).
  public var attendanceFlagged = false
  /// Flagged for poor effort in some subject.
  public var effortFlagged = false
  /// With an open intervention that is not working (checked so, or flagged by the rule
  /// that finds interventions not working).
  public var notWorking = false
  /// With at least this many open interventions.
  public var openInterventionsAtLeast: Int?
  /// With no open intervention at all.
  public var noOpenInterventions = false
  /// With at least this many open escalations (not yet resolved).
  public var openEscalationsAtLeast: Int?
  /// With no open escalation at all.
  public var noOpenEscalations = false

  /// Whether the filter asks about escalations, so a caseload counts them.
  public var judgesEscalations: Bool { openEscalationsAtLeast != nil || noOpenEscalations }

  /// Creates a filter that lets everyone through.
  public init() {}

  /// Whether a mentee's feedback sheet for the month passes the filter.
  public func admits(_ sheet: FeedbackSheet) -> Bool {
    let mentee = sheet.mentee
    if let mentor, !School.mentor(mentee.mentor, matches: mentor) { return false }
    if let year, mentee.year.lowercased() != year.lowercased() { return false }
    if let form, mentee.form.lowercased() != form.lowercased() { return false }
    var lines = sheet.lines
    if !subjects.isEmpty {
      let named = Set(subjects.map { $0.lowercased() })
      lines = lines.filter { named.contains($0.subject.lowercased()) }
      if lines.count < named.count { return false }
    }

    if let status, !lines.contains(where: { $0.status == status }) { return false }
    let underTarget = lines.filter(\.status.isUnderTarget).count
    if let belowAtLeast, underTarget < belowAtLeast { return false }
    if attendanceFlagged, !sheet.flags.attendanceConcern { return false }
    if effortFlagged, sheet.flags.poorEffort.isEmpty { return false }
    return true
  }

  /// Whether a mentee's interventions pass the conditions about them.
  public func admits(interventions: [Intervention]) -> Bool {
    let open = interventions.filter(\.state.isOpen)
    if notWorking, !open.contains(where: \.isNotWorking) { return false }
    if let openInterventionsAtLeast, open.count < openInterventionsAtLeast { return false }
    if noOpenInterventions, !open.isEmpty { return false }
    return true
  }

  /// Whether a mentee with this many open escalations passes the conditions about them.
  public func admits(openEscalations: Int) -> Bool {
    if let openEscalationsAtLeast, openEscalations < openEscalationsAtLeast { return false }
    if noOpenEscalations, openEscalations > 0 { return false }
    return true
  }
}

extension Escalation {
  /// Whether it still stands: open or acknowledged, not yet resolved.
  public var isOpen: Bool { state != .resolved }
}

extension Intervention {
  /// Whether it is open and checked not working, or flagged so by the not-working rule.
  public var isNotWorking: Bool {
    state.isOpen && (state == .notWorking || notWorkingFlag != nil)
  }
}

extension School {
  /// The feedback sheets of every mentee the filter admits, sorted by name.
  public func caseload(_ filter: MenteeFilter, month: String? = nil) -> [FeedbackSheet] {
    var openEscalations: [String: Int] = [:]
    if filter.judgesEscalations {
      for escalation in escalations.values where escalation.isOpen {
        openEscalations[escalation.menteeID, default: 0] += 1
      }
    }
    return menteesByName.compactMap { feedback(for: $0.id, month: month) }.filter {
      filter.admits($0) && filter.admits(interventions: interventions(of: $0.mentee.id))
        && filter.admits(openEscalations: openEscalations[$0.mentee.id] ?? 0)
    }
  }
}
