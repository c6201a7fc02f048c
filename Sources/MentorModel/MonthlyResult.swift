/// What a teacher recorded for one mentee in one subject in one month.
public struct MonthlyResult: Hashable, Sendable {
  /// The mentee's id.
  public let menteeID: String
  /// The subject, as the data sheet names it.
  public let subject: String
  /// The month, as a label such as `2026-10` or a period such as `G1`.
  public let month: String
  /// The target grade the school set.
  public var target: Mark
  /// The grade the student is working at now.
  public var workingAt: Mark
  /// The grade the teacher predicts.
  public var predicted: Mark
  /// Effort or attitude to learning, 1 (best) to 4, or nil when not given.
  public var effort: Int?
  /// Homework as the data sheet gives it (a score or a word), or blank.
  public var homework: String

  /// Creates a result; every mark may be missing.
  public init(
    menteeID: String, subject: String, month: String, target: Mark = .missing,
    workingAt: Mark = .missing, predicted: Mark = .missing, effort: Int? = nil,
    homework: String = ""
  ) {
    self.menteeID = menteeID
    self.subject = subject
    self.month = month
    self.target = target
    self.workingAt = workingAt
    self.predicted = predicted
    self.effort = effort
    self.homework = homework
  }

  /// The grade that counts as current: predicted where given (by default), else working-at.
  public func current(_ rule: CurrentGradeRule) -> Mark {
    switch rule {
    case .predictedFirst: return predicted.isPresent ? predicted : workingAt
    case .workingAtFirst: return workingAt.isPresent ? workingAt : predicted
    }
  }
}

/// Which recorded grade counts as the current one; a school setting.
public enum CurrentGradeRule: String, Sendable, CaseIterable {
  /// The predicted grade where given, else the working-at grade.
  case predictedFirst = "predicted"
  /// The working-at grade where given, else the predicted grade.
  case workingAtFirst = "working-at"
}
