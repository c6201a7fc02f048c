/// One mentee's data for a month, as a mentor feeds it back: each subject and its status.
///
/// A sheet shows what is known as of its month: a subject with no result that month shows
/// its latest earlier result, marked with that result's month, and attendance likewise
/// comes from the latest month that gave it. A data sheet for one form and two subjects
/// then adds to a mentee's picture rather than replacing it.
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
    /// The month of the result: the sheet's month, or an earlier one when the subject had
    /// no result in the sheet's month and its latest earlier result carries forward.
    public var month: String
  }

  public var mentee: Mentee
  /// The month shown.
  public var month: String
  /// The month the change is counted from.
  public var previousMonth: String?
  public var lines: [Line]
  public var flags: MenteeFlags
  /// The month the attendance in `flags` was given for, when it was given.
  public var attendanceMonth: String?

  /// The month a line's result is from, when it is earlier than the sheet's month.
  public func carriedFrom(_ line: Line) -> String? {
    line.month == month ? nil : line.month
  }

  /// The month the attendance is from, when it is earlier than the sheet's month.
  public var attendanceCarriedFrom: String? {
    attendanceMonth == month ? nil : attendanceMonth
  }
}

extension School {
  /// The feedback sheet of a mentee as of a month; when nil, the latest month that has
  /// results for this mentee (a sheet for one form must not blank everyone else's).
  ///
  /// Each subject shows its result of the month, else its latest earlier one (never a
  /// later one); its change counts from what was known in the month before. A result
  /// carried forward has no change: nothing new was recorded.
  public func feedback(for menteeID: String, month: String? = nil) -> FeedbackSheet? {
    guard let mentee = mentees[menteeID],
      let month = month ?? latestMonth(of: menteeID) ?? latestMonth
    else { return nil }
    let previous = self.month(before: month)
    var lines: [FeedbackSheet.Line] = []
    for (subject, byMonth) in results(of: menteeID) {
      guard let result = latestResult(in: byMonth, asOf: month), let scale = subjects[subject]
      else { continue }
      let earlier =
        result.month == month ? previous.flatMap { latestResult(in: byMonth, asOf: $0) } : nil
      lines.append(line(for: result, earlier: earlier, scale: scale))
    }
    lines.sort { $0.subject.lowercased() < $1.subject.lowercased() }
    let attendance = latestKnown(mentee.attendance, asOf: month)
    let flags = self.flags(attendance: attendance?.value, lines: lines)
    return FeedbackSheet(
      mentee: mentee, month: month, previousMonth: previous, lines: lines, flags: flags,
      attendanceMonth: attendance?.month)
  }

  /// The latest of a mentee's results in one subject (keyed by month) in `month` or before
  /// it, in the order months were loaded.
  public func latestResult(in byMonth: [String: MonthlyResult], asOf month: String)
    -> MonthlyResult?
  {
    latestKnown(byMonth, asOf: month)?.value
  }

  /// The latest value keyed by a month in `month` or before it, with its month; only
  /// `month` itself when it is not a month loaded.
  ///
  /// Shortcoming: a value carries forward however old it is, so a subject dropped in
  /// September still shows its September grade in June (marked with its month). Schools
  /// differ in how long a grade stands, and no setting limits it yet.
  func latestKnown<Value>(_ byMonth: [String: Value], asOf month: String) -> (
    month: String, value: Value
  )? {
    guard let end = months.firstIndex(of: month) else {
      return byMonth[month].map { (month, $0) }
    }
    for candidate in months[...end].reversed() {
      if let value = byMonth[candidate] { return (candidate, value) }
    }
    return nil
  }

  /// The latest month in which a mentee has any result.
  ///
  /// Results still on disk are looked for a month at a time, newest first: a mentee usually
  /// has results in the latest month, which one search of the results' key finds, where
  /// listing all their months read every one of their results (about 93,000 instructions,
  /// a fifth of a short script of `agree` commands).
  public func latestMonth(of menteeID: String) -> String? {
    months.last { hasResults(of: menteeID, in: $0) }
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
      homework: result.homework, month: result.month)
  }

  private func flags(attendance: Double?, lines: [FeedbackSheet.Line]) -> MenteeFlags {
    var flags = MenteeFlags()
    if let attendance {
      flags.attendance = attendance
      flags.attendanceConcern = attendance < settings.attendanceConcern
      flags.persistentAbsence = attendance < settings.persistentAbsence
    }
    flags.poorEffort = lines.filter { ($0.effort ?? 0) >= 3 }.map(\.subject)
    flags.subjectsUnderTarget = lines.filter { $0.status.isUnderTarget }.count
    return flags
  }
}
