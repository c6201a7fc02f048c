/// One mentee's data for a month, as a mentor feeds it back: each subject and its status.
public struct FeedbackSheet: Sendable {
  /// One subject's line.
  public struct Line: Hashable, Sendable {
    public var subject: String
    public var scale: GradeScale
    public var target: Mark
    public var workingAt: Mark
    public var predicted: Mark
    /// The grade that counts as current.
    public var current: Mark
    public var status: SubjectStatus
    /// Steps gained (positive) or lost since the previous month loaded, if both are graded.
    public var change: Double?
    public var effort: Int?
    public var homework: String
  }

  public var mentee: Mentee
  /// The month shown.
  public var month: String
  /// The month the change is counted from.
  public var previousMonth: String?
  public var lines: [Line]
  public var flags: MenteeFlags
}

extension School {
  /// The feedback sheet of a mentee for a month; when nil, the latest month that has
  /// results for this mentee (a sheet for one form must not blank everyone else's).
  public func feedback(for menteeID: String, month: String? = nil) -> FeedbackSheet? {
    guard let mentee = mentees[menteeID],
      let month = month ?? latestMonth(of: menteeID) ?? latestMonth
    else { return nil }
    let previous = self.month(before: month)
    var lines: [FeedbackSheet.Line] = []
    for (subject, byMonth) in results(of: menteeID) {
      guard let result = byMonth[month], let scale = subjects[subject] else { continue }
      lines.append(line(for: result, earlier: previous.flatMap { byMonth[$0] }, scale: scale))
    }
    lines.sort { $0.subject.lowercased() < $1.subject.lowercased() }
    let flags = self.flags(of: mentee, month: month, lines: lines)
    return FeedbackSheet(
      mentee: mentee, month: month, previousMonth: previous, lines: lines, flags: flags)
  }

  /// The latest month in which a mentee has any result.
  public func latestMonth(of menteeID: String) -> String? {
    let byMonth = results(of: menteeID).values
    return months.last { month in byMonth.contains { $0[month] != nil } }
  }

  /// The latest month in which a subject has any result.
  public func latestMonth(in subject: String) -> String? {
    let monthsWithResults = Set(allResults(in: subject).map(\.month))
    return months.last { monthsWithResults.contains($0) }
  }

  /// The status of a result under the school's settings.
  public func status(of result: MonthlyResult) -> SubjectStatus {
    guard let scale = subjects[result.subject] else { return .noGrade }
    return SubjectStatus.judge(
      current: result.current(settings.currentGrade), target: result.target, on: scale,
      settings: settings)
  }

  private func line(
    for result: MonthlyResult, earlier: MonthlyResult?, scale: GradeScale
  ) -> FeedbackSheet.Line {
    let current = result.current(settings.currentGrade)
    var change: Double?
    if let now = current.position(on: scale),
      let before = earlier?.current(settings.currentGrade).position(on: scale)
    {
      change = now - before
    }
    return FeedbackSheet.Line(
      subject: result.subject, scale: scale, target: result.target,
      workingAt: result.workingAt, predicted: result.predicted, current: current,
      status: status(of: result), change: change, effort: result.effort,
      homework: result.homework)
  }

  private func flags(
    of mentee: Mentee, month: String, lines: [FeedbackSheet.Line]
  ) -> MenteeFlags {
    var flags = MenteeFlags()
    if let attendance = mentee.attendance[month] {
      flags.attendance = attendance
      flags.attendanceConcern = attendance < settings.attendanceConcern
      flags.persistentAbsence = attendance < settings.persistentAbsence
    }
    flags.poorEffort = lines.filter { ($0.effort ?? 0) >= 3 }.map(\.subject)
    flags.subjectsUnderTarget = lines.filter { $0.status.isUnderTarget }.count
    return flags
  }
}
