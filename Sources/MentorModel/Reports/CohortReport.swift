import Foundation

/// How `report cohort` groups mentees: the whole school, or by year, form, subject or mentor.
public enum CohortGrouping: String, CaseIterable, Hashable, Sendable {
  case school, year, form, subject, mentor
}

/// One group's figures for one month: how many mentees, and how many subject results, were
/// on or above target.
///
/// Each month counts what was known as of that month, as a feedback sheet shows it: a
/// subject with no result in the month counts its latest earlier result, so that a data
/// sheet for one form and two subjects does not make a month of fifteen mentees on two
/// subjects, compared with a month of everyone. `menteesReported` says how many of the
/// mentees counted had a result recorded in the month itself.
///
/// A mentee counts in a month when at least one subject has both a target and a current
/// grade; such a mentee is on or above target when every one of those subjects is on
/// target or above. Subjects without a target or a grade are left out. A result counts
/// when it has both, and is on or above target by its status.
public struct CohortFigure: Hashable, Sendable {
  /// The group: a year, a form, a subject, a mentor, or `All mentees`.
  public var group: String
  public var month: String
  /// Mentees judged in the month, and those on or above target in every subject.
  public var mentees = 0
  public var menteesOnOrAbove = 0
  /// Of `mentees`, those with a result that counts recorded in this month itself; the
  /// others' latest earlier results carry forward.
  public var menteesReported = 0
  /// Subject results judged in the month, and those on or above target.
  public var results = 0
  public var resultsOnOrAbove = 0
  /// Change in percentage points of each share since the group's previous month loaded;
  /// nil in the first month, or when the group had nobody judged in the month before.
  public var menteeChange: Double?
  public var resultChange: Double?

  public init(group: String, month: String) {
    self.group = group
    self.month = month
  }

  /// The share of mentees on or above target, in percent; nil when nobody was judged.
  public var menteeShare: Double? { Self.percent(menteesOnOrAbove, of: mentees) }

  /// The share of subject results on or above target, in percent.
  public var resultShare: Double? { Self.percent(resultsOnOrAbove, of: results) }

  /// `part` as a percentage of `whole`, or nil when the whole is nothing.
  public static func percent(_ part: Int, of whole: Int) -> Double? {
    whole == 0 ? nil : Double(part) * 100 / Double(whole)
  }
}

extension School {
  /// The names of the groups a mentee falls in for a grouping; a blank year, form or
  /// mentor is named `(none)`.
  static let noGroup = "(none)"

  /// The share of mentees and of results on or above target, for each group and month.
  ///
  /// Shortcoming: a mentee first loaded in a month joins that month's figures, so its
  /// change mixes one more mentee into the comparison; only `menteesReported` hints at it.
  /// Pairing each month with the mentees judged in both would make the change differ
  /// from the difference of the shares printed beside it.
  ///
  /// Rows go by group (years and forms in number order), then by month as loaded. A month
  /// in which a group has nobody judged has no row for it.
  public func cohortReport(by grouping: CohortGrouping) -> [CohortFigure] {
    var figures: [String: [String: CohortFigure]] = [:]
    for month in months {
      for mentee in mentees.values {
        let judged = judgedStatuses(of: mentee.id, month: month)
        guard !judged.isEmpty else { continue }
        if grouping == .subject {
          for judgement in judged {
            figures[judgement.subject, default: [:]][
              month, default: CohortFigure(group: judgement.subject, month: month)
            ]
            .count([judgement], month: month)
          }
          continue
        }
        let group = Self.group(of: mentee, by: grouping)
        figures[group, default: [:]][month, default: CohortFigure(group: group, month: month)]
          .count(judged, month: month)
      }
    }

    var rows: [CohortFigure] = []
    for group in figures.keys.sorted(by: Self.naturalOrder) {
      var previous: CohortFigure?
      for month in months {
        guard var figure = figures[group]?[month] else {
          previous = nil
          continue
        }
        figure.menteeChange = Self.change(figure.menteeShare, since: previous?.menteeShare)
        figure.resultChange = Self.change(figure.resultShare, since: previous?.resultShare)
        rows.append(figure)
        previous = figure
      }
    }
    return rows
  }

  /// The group a mentee falls in.
  static func group(of mentee: Mentee, by grouping: CohortGrouping) -> String {
    let name: String
    switch grouping {
    case .school, .subject: return "All mentees"
    case .year: name = mentee.year
    case .form: name = mentee.form
    case .mentor: name = mentee.mentor
    }
    return name.isEmpty ? noGroup : name
  }

  /// The subjects of a mentee that have a target and a current grade as of a month (in
  /// the month, else in their latest earlier result), with their status and the month of
  /// the result.
  func judgedStatuses(of menteeID: String, month: String) -> [Judgement] {
    results(of: menteeID).compactMap { subject, byMonth in
      guard let result = latestResult(in: byMonth, asOf: month) else { return nil }
      let status = status(of: result)
      guard status.isOnOrAbove || status.isUnderTarget else { return nil }
      return Judgement(subject: subject, status: status, month: result.month)
    }
  }

  /// The difference of two shares in percentage points, when both are known.
  static func change(_ now: Double?, since before: Double?) -> Double? {
    guard let now, let before else { return nil }
    return now - before
  }

  /// Names in the order a person expects: numbers inside them compared as numbers, so
  /// `9` comes before `10` and `10A` before `11B`, ignoring case.
  public static func naturalOrder(_ left: String, _ right: String) -> Bool {
    let order = left.compare(
      right, options: [.numeric, .caseInsensitive, .diacriticInsensitive])
    return order == .orderedSame ? left < right : order == .orderedAscending
  }
}

/// One subject of a mentee judged in the cohort report: its status, and the month of the
/// result it comes from.
struct Judgement {
  var subject: String
  var status: SubjectStatus
  var month: String
}

extension CohortFigure {
  /// Adds one mentee, judged on these subjects as of `month`, to the counts.
  mutating func count(_ judged: [Judgement], month: String) {
    mentees += 1
    if judged.allSatisfy(\.status.isOnOrAbove) { menteesOnOrAbove += 1 }
    if judged.contains(where: { $0.month == month }) { menteesReported += 1 }
    results += judged.count
    resultsOnOrAbove += judged.filter(\.status.isOnOrAbove).count
  }
}
