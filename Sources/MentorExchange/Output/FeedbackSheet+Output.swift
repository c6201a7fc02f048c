import MentorModel

/// Printing a mentee's feedback sheet: a heading and a table, CSV rows or one JSON object.
extension FeedbackSheet {
  /// The colour a status is shown in on a terminal.
  public static func colour(of status: SubjectStatus) -> Colour? {
    switch status {
    case .above: return .blue
    case .onTarget: return .green
    case .below: return .amber
    case .wellBelow: return .red
    case .noTarget, .noGrade: return .dim
    }
  }

  /// A change in steps with its sign: `+1`, `-1/3`, `0`; blank when unknown.
  public static func formatChange(_ change: Double?) -> String {
    guard let change else { return "" }
    if abs(change) < 1e-9 { return "0" }
    return (change > 0 ? "+" : "-") + GradeScale.formatSteps(abs(change))
  }

  /// How a mark is shown: the grade, `X (absent)`, `U`, or blank.
  public static func show(_ mark: Mark) -> String {
    mark == .absent ? "X (absent)" : mark.text
  }

  /// The columns of the table a person reads: one line per subject.
  public static let columns: [Table.Column] = [
    .init("subject", "Subject"), .init("target", "Target"),
    .init("working_at", "Working at", dropOrder: 3),
    .init("predicted", "Predicted", dropOrder: 4), .init("current", "Current"),
    .init("status", "Status"),
    .init("change", "Change", alignsRight: true), .init("effort", "Effort", dropOrder: 2),
    .init("homework", "Homework", shrinks: true, dropOrder: 1),
  ]

  /// The columns of the sheet as records: the mentee's id and the month, then `columns`,
  /// then `from`, the month of a result carried forward from before the sheet's month.
  public static let recordColumns: [Table.Column] =
    [.init("id", "Id"), .init("month", "Month")] + columns + [.init("from", "From")]

  /// One line per subject, for a person to read; when some result is carried forward from
  /// an earlier month, a From column after the subject gives that month.
  public var table: Table {
    let carries = lines.contains { carriedFrom($0) != nil }
    var columns = Self.columns
    if carries { columns.insert(.init("from", "From"), at: 1) }
    var table = Table(columns: columns)
    for line in lines {
      var cells = cells(line)
      if carries { cells.insert(.init(carriedFrom(line) ?? ""), at: 1) }
      table.append(cells)
    }
    return table
  }

  /// A line's subject, with the month its result is from when that is earlier than the
  /// sheet's month: `Art (from 2026-11)`, for documents that have no From column.
  public func subjectLabel(_ line: Line) -> String {
    carriedFrom(line).map { "\(line.subject) (from \($0))" } ?? line.subject
  }

  /// The cells of a line under `columns`.
  private func cells(_ line: Line) -> [Table.Cell] {
    [
      .init(line.subject), .init(Self.show(line.target)), .init(Self.show(line.workingAt)),
      .init(Self.show(line.predicted)), .init(Self.show(line.current)),
      .init(line.status.rawValue, colour: Self.colour(of: line.status)),
      .init(Self.formatChange(line.change)), .number(line.effort.map(Double.init)),
      .init(line.homework),
    ]
  }

  /// The heading above the table: who, which month, attendance and flags.
  public var heading: [String] {
    var details = ["id \(mentee.id)"]
    if !mentee.year.isEmpty { details.append("year \(mentee.year)") }
    if !mentee.form.isEmpty { details.append("form \(mentee.form)") }
    details.append(mentee.mentor.isEmpty ? "no mentor assigned" : "mentor \(mentee.mentor)")
    var month = "Month \(self.month)"
    if let previousMonth { month += " (change since \(previousMonth))" }
    var attendance = flags.attendance.map { "Attendance \(GradeScale.format($0))%" }
    if let from = attendanceCarriedFrom { attendance? += " (from \(from))" }
    var heading = [
      "\(mentee.displayName)  (\(details.joined(separator: ", ")))",
      [month, attendance ?? "Attendance not given"].joined(separator: "   "),
    ]
    let carried = lines.filter { carriedFrom($0) != nil }.count
    if carried > 0 {
      heading.append(
        "No \(self.month) result in \(carried) of \(lines.count) subjects; the latest is shown.")
    }
    return heading
  }

  /// The flags line, or a line saying there are none.
  public var flagLine: String {
    let phrases = flags.phrases
    return phrases.isEmpty ? "Flags: none" : "Flags: " + phrases.joined(separator: "; ")
  }

  /// The sheet as records, for CSV: one row per subject with the mentee and month repeated.
  public var records: Table {
    var rows = Table(columns: Self.recordColumns)
    for line in lines {
      rows.append(
        [.init(mentee.id), .init(month)] + cells(line) + [.init(carriedFrom(line) ?? "")])
    }
    return rows
  }

  /// The fields of the JSON object, in order; `subjects` holds one object per subject with
  /// `subjectFields`.
  public static let jsonFields = [
    "id", "surname", "forename", "year", "form", "mentor", "month", "previous_month",
    "attendance", "attendance_from", "flags", "subjects",
  ]

  /// The fields of each subject in the JSON object, in order.
  public static let subjectFields = [
    "subject", "scale", "target", "working_at", "predicted", "current", "status", "change",
    "effort", "homework", "from",
  ]

  /// Homework as JSON: a number when the sheet gave a plain number (`85`, `7.5`), so that
  /// it reads as effort does, else the text as given (`85%`, `good`), or `null` if blank.
  static func homeworkJSON(_ text: String) -> String {
    let plain = text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    guard plain, text.first?.isNumber == true, let value = Double(text) else {
      return JSON.text(text)
    }
    return GradeScale.format(value)
  }

  /// The sheet as one JSON object; text that is blank, such as a missing grade, is `null`,
  /// and a change is a number of steps (`0.667` for two thirds). `from` and
  /// `attendance_from` name the month of a result or attendance carried forward from before
  /// the sheet's month, else `null`.
  public func json() -> String {
    let subjects = lines.map { line in
      JSON.object([
        ("subject", JSON.quote(line.subject)), ("scale", JSON.quote(line.scale.name)),
        ("target", JSON.text(line.target.text)), ("working_at", JSON.text(line.workingAt.text)),
        ("predicted", JSON.text(line.predicted.text)), ("current", JSON.text(line.current.text)),
        ("status", JSON.quote(line.status.rawValue)),
        ("change", line.change.map { GradeScale.format(($0 * 1000).rounded() / 1000) } ?? "null"),
        ("effort", line.effort.map(String.init) ?? "null"),
        ("homework", Self.homeworkJSON(line.homework)),
        ("from", carriedFrom(line).map(JSON.quote) ?? "null"),
      ])
    }
    let fields: [(String, String)] = [
      ("id", JSON.quote(mentee.id)), ("surname", JSON.text(mentee.surname)),
      ("forename", JSON.text(mentee.forename)), ("year", JSON.text(mentee.year)),
      ("form", JSON.text(mentee.form)), ("mentor", JSON.text(mentee.mentor)),
      ("month", JSON.quote(month)), ("previous_month", previousMonth.map(JSON.quote) ?? "null"),
      ("attendance", flags.attendance.map { GradeScale.format($0) } ?? "null"),
      ("attendance_from", attendanceCarriedFrom.map(JSON.quote) ?? "null"),
      ("flags", JSON.array(flags.phrases.map(JSON.quote))),
      ("subjects", "[\n    " + subjects.joined(separator: ",\n    ") + "\n  ]"),
    ]
    return "{\n" + fields.map { "  \(JSON.quote($0.0)): \($0.1)" }.joined(separator: ",\n")
      + "\n}\n"
  }
}
