/// What makes a mentee stand out in a month, beyond each subject's status.
public struct MenteeFlags: Hashable, Sendable {
  /// Attendance this month, in percent, when the data sheet gave it.
  public var attendance: Double?
  /// Attendance is under the concern threshold (95 % by default).
  public var attendanceConcern = false
  /// Attendance is under the persistent-absence threshold (90 % by default).
  public var persistentAbsence = false
  /// Subjects with effort or attitude to learning of 3 or 4.
  public var poorEffort: [String] = []
  /// How many subjects are below or well below target.
  public var subjectsUnderTarget = 0

  /// The flags as short phrases for a feedback sheet, most serious first.
  public var phrases: [String] {
    var phrases: [String] = []
    if persistentAbsence {
      phrases.append("persistent absence")
    } else if attendanceConcern {
      phrases.append("attendance concern")
    }
    if !poorEffort.isEmpty {
      phrases.append("effort 3 or 4 in \(poorEffort.joined(separator: ", "))")
    }
    if subjectsUnderTarget > 0 {
      let noun = subjectsUnderTarget == 1 ? "subject" : "subjects"
      phrases.append("\(subjectsUnderTarget) \(noun) below target")
    }
    return phrases
  }
}
