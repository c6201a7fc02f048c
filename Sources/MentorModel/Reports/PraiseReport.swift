/// How `report praise` groups praise: by month alone, or by mentor or subject as well.
public enum PraiseGrouping: String, CaseIterable, Hashable, Sendable {
  case month, mentor, subject
}

/// Praise given in one calendar month, for one group.
public struct PraiseFigure: Hashable, Sendable {
  /// The mentee's mentor, the subject (`(general)` for praise of the work as a whole), or
  /// `All mentees`.
  public var group: String
  /// The calendar month the meeting was opened in, as `YYYY-MM`.
  public var month: String
  /// Pieces of praise recorded.
  public var praise = 0
  /// Mentees praised at least once, counted once.
  public var mentees = 0

  public init(group: String, month: String) {
    self.group = group
    self.month = month
  }
}

extension School {
  /// Praise given at meetings, by the calendar month the meeting was opened in, and by
  /// group: the mentee's mentor, or the subject praised.
  public func praiseReport(by grouping: PraiseGrouping) -> [PraiseFigure] {
    var counts: [String: [String: (praise: Int, mentees: Set<String>)]] = [:]
    for meeting in meetings.values {
      let month = String(meeting.openedAt.prefix(7))
      for praise in meeting.praise {
        let group: String
        switch grouping {
        case .month: group = "All mentees"
        case .mentor:
          let mentor = mentees[meeting.menteeID]?.mentor ?? ""
          group = mentor.isEmpty ? Self.noGroup : mentor
        case .subject: group = praise.subject ?? "(general)"
        }
        counts[group, default: [:]][month, default: (0, [])].praise += 1
        counts[group, default: [:]][month, default: (0, [])].mentees.insert(meeting.menteeID)
      }
    }
    return counts.keys.sorted(by: Self.naturalOrder).flatMap { group in
      counts[group, default: [:]].keys.sorted().map { month in
        var figure = PraiseFigure(group: group, month: month)
        figure.praise = counts[group]?[month]?.praise ?? 0
        figure.mentees = counts[group]?[month]?.mentees.count ?? 0
        return figure
      }
    }
  }
}
