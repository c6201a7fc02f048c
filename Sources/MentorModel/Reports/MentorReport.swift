/// One mentor's caseload and how their month of mentoring stands.
public struct MentorFigure: Hashable, Sendable {
  public var mentor: String
  /// Mentees whose mentor this is.
  public var mentees = 0
  /// Meetings with those mentees ended in the calendar month reported on.
  public var meetings = 0
  /// Mentees met (a meeting ended) that month, counted once however many meetings.
  public var menteesMet = 0
  /// Open interventions of those mentees whose review date is before today.
  public var overdueChecks = 0
  /// Escalations about those mentees that are not resolved (open or acknowledged).
  public var openEscalations = 0

  public init(mentor: String) {
    self.mentor = mentor
  }
}

extension School {
  /// The mentors: every mentor a mentee has, and every member of staff with the mentor
  /// role, sorted by name.
  public var mentorNames: [String] {
    var names = Set(mentees.values.map(\.mentor).filter { !$0.isEmpty })
    for member in staff.values where member.roles.contains(.mentor) {
      if !names.contains(where: { Self.fold($0) == Self.fold(member.name) }) {
        names.insert(member.name)
      }
    }
    return names.sorted(by: Self.naturalOrder)
  }

  /// Each mentor's caseload, meetings held in a calendar month, and checks overdue and
  /// escalations not resolved as they stand on `today` (`YYYY-MM-DD`).
  ///
  /// Meetings, interventions and escalations count for the mentee's mentor, whoever was at
  /// the keyboard, so that a meeting held by someone covering counts for the caseload.
  ///
  /// - Parameter month: the calendar month (`YYYY-MM`) whose meetings count; nil for the
  ///   month of `today`.
  public func mentorReport(month: String? = nil, today: String) -> [MentorFigure] {
    let thisMonth = month ?? String(today.prefix(7))
    var figures = Dictionary(
      uniqueKeysWithValues: mentorNames.map { ($0, MentorFigure(mentor: $0)) })
    let mentorOf = { (menteeID: String) in self.mentees[menteeID]?.mentor ?? "" }

    for mentee in mentees.values where figures[mentee.mentor] != nil {
      figures[mentee.mentor]?.mentees += 1
    }
    var met: [String: Set<String>] = [:]
    for meeting in meetings.values {
      guard let ended = meeting.endedAt, ended.hasPrefix(thisMonth) else { continue }
      let mentor = mentorOf(meeting.menteeID)
      figures[mentor]?.meetings += 1
      met[mentor, default: []].insert(meeting.menteeID)
    }
    for (mentor, ids) in met { figures[mentor]?.menteesMet = ids.count }
    for intervention in interventions.values {
      guard intervention.state.isOpen, intervention.state != .working,
        let review = intervention.review, review < today
      else { continue }
      figures[mentorOf(intervention.menteeID)]?.overdueChecks += 1
    }
    for escalation in escalations.values where escalation.state != .resolved {
      figures[mentorOf(escalation.menteeID)]?.openEscalations += 1
    }
    return figures.values.sorted { Self.naturalOrder($0.mentor, $1.mentor) }
  }
}
