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

  /// One line per subject, with the mentee's id and the month on every row for CSV.
  public var table: Table {
    var table = Table(columns: [
      .init("subject", "Subject"), .init("target", "Target"),
      .init("working_at", "Working at", dropOrder: 3),
      .init("predicted", "Predicted", dropOrder: 4), .init("current", "Current"),
      .init("status", "Status"),
      .init("change", "Change", alignsRight: true), .init("effort", "Effort", dropOrder: 2),
      .init("homework", "Homework", shrinks: true, dropOrder: 1),
    ])
    for line in lines {
      table.append([
        .init(line.subject), .init(Self.show(line.target)), .init(Self.show(line.workingAt)),
        .init(Self.show(line.predicted)), .init(Self.show(line.current)),
        .init(line.status.rawValue, colour: Self.colour(of: line.status)),
        .init(Self.formatChange(line.change)), .init(line.effort.map(String.init) ?? ""),
        .init(line.homework),
      ])
    }
    return table
  }

  /// The heading above the table: who, which month, attendance and flags.
  public var heading: [String] {
    var details = ["id \(mentee.id)"]
    if !mentee.year.isEmpty { details.append("year \(mentee.year)") }
    if !mentee.form.isEmpty { details.append("form \(mentee.form)") }
    details.append(mentee.mentor.isEmpty ? "no mentor assigned" : "mentor \(mentee.mentor)")
    var month = "Month \(self.month)"
    if let previousMonth { month += " (change since \(previousMonth))" }
    let attendance = flags.attendance.map { "Attendance \(GradeScale.format($0))%" }
    return [
      "\(mentee.displayName)  (\(details.joined(separator: ", ")))",
      [month, attendance ?? "Attendance not given"].joined(separator: "   "),
    ]
  }

  /// The flags line, or a line saying there are none.
  public var flagLine: String {
    let phrases = flags.phrases
    return phrases.isEmpty ? "Flags: none" : "Flags: " + phrases.joined(separator: "; ")
  }

  /// The sheet as CSV: one row per subject with the mentee and month repeated.
  public func csv() -> String {
    var rows = Table(columns: [.init("id", "Id"), .init("month", "Month")] + table.columns)
    for row in table.rows {
      rows.append([.init(mentee.id), .init(month)] + row)
    }
    return rows.csv()
  }

  /// The sheet as one JSON object.
  public func json() -> String {
    let subjects = lines.map { line in
      JSON.object([
        ("subject", JSON.quote(line.subject)), ("scale", JSON.quote(line.scale.name)),
        ("target", JSON.quote(line.target.text)), ("working_at", JSON.quote(line.workingAt.text)),
        ("predicted", JSON.quote(line.predicted.text)), ("current", JSON.quote(line.current.text)),
        ("status", JSON.quote(line.status.rawValue)),
        ("change", line.change.map { GradeScale.format(($0 * 1000).rounded() / 1000) } ?? "null"),
        ("effort", line.effort.map(String.init) ?? "null"),
        ("homework", JSON.quote(line.homework)),
      ])
    }
    let fields: [(String, String)] = [
      ("id", JSON.quote(mentee.id)), ("surname", JSON.quote(mentee.surname)),
      ("forename", JSON.quote(mentee.forename)), ("year", JSON.quote(mentee.year)),
      ("form", JSON.quote(mentee.form)), ("mentor", JSON.quote(mentee.mentor)),
      ("month", JSON.quote(month)), ("previous_month", previousMonth.map(JSON.quote) ?? "null"),
      ("attendance", flags.attendance.map { GradeScale.format($0) } ?? "null"),
      ("flags", JSON.array(flags.phrases.map(JSON.quote))),
      ("subjects", "[\n    " + subjects.joined(separator: ",\n    ") + "\n  ]"),
    ]
    return "{\n" + fields.map { "  \(JSON.quote($0.0)): \($0.1)" }.joined(separator: ",\n")
      + "\n}\n"
  }
}
