import MentorModel

/// `report cohort`: the share of mentees and of results on or above target, by month.
extension Report {
  /// The cohort report of a school, grouped as asked.
  public static func cohort(_ school: School, by grouping: CohortGrouping) -> Report {
    let figures = school.cohortReport(by: grouping)
    let grouped = grouping != .school
    var columns: [Table.Column] = []
    if grouped { columns.append(.init(grouping.rawValue, grouping.title, shrinks: true)) }
    columns += [
      .init("month", "Month"), .init("mentees", "Mentees", alignsRight: true),
      .init("mentees_reported", "With results", alignsRight: true, dropOrder: 2),
      .init("mentees_on_or_above", "On or above", alignsRight: true, dropOrder: 4),
      .init("mentee_share", "Mentees %", alignsRight: true),
      .init("mentee_change", "Change", alignsRight: true),
      .init("results", "Results", alignsRight: true, dropOrder: 1),
      .init("results_on_or_above", "On or above", alignsRight: true, dropOrder: 3),
      .init("result_share", "Results %", alignsRight: true),
      .init("result_change", "Change", alignsRight: true),
    ]
    var table = Table(columns: columns)
    for figure in figures {
      var cells: [Table.Cell] = grouped ? [.init(figure.group)] : []
      let partial = figure.menteesReported < figure.mentees
      cells += [
        .init(figure.month), .number(figure.mentees),
        .number(figure.menteesReported, colour: partial ? .amber : nil),
        .number(figure.menteesOnOrAbove), ReportNumber.percentCell(figure.menteeShare),
        changeCell(figure.menteeChange), .number(figure.results),
        .number(figure.resultsOnOrAbove), ReportNumber.percentCell(figure.resultShare),
        changeCell(figure.resultChange),
      ]
      table.append(cells)
    }

    let groups = unique(figures.map(\.group))
    let series = groups.map { group in
      Chart.Series(
        name: group,
        values: school.months.map { month in
          figures.first { $0.group == group && $0.month == month }?.menteeShare
        })
    }
    let chart = Chart(
      kind: .lines, title: "Mentees on or above target in every subject",
      labels: school.months, series: series, axis: "% of mentees", isPercent: true)
    let by = grouped ? ", by \(grouping.rawValue)" : ""
    var report = Report(
      title: "Mentees on or above target\(by)",
      notes: [
        "A mentee is on or above target in a month when every subject with a target and a"
          + " grade that month is on target or above; subjects without either are left out.",
        "Results: each subject result with a target and a grade, on target or above.",
        "% is the share; Change is in percentage points since the group's previous month.",
        "Each month counts what was known then: a subject with no result that month counts"
          + " its latest earlier one. With results: mentees with a result recorded that month.",
      ] + partialMonths(school),
      sections: [Section(key: "cohort", title: "By month", table: table, chart: chart)])
    report.terminalNotes = ["A narrow terminal leaves out the counts first; the shares stay."]
    return report
  }

  /// A note for each month in which some mentees counted had no result recorded that
  /// month, so that a data sheet for part of the school is seen for what it is: `2026-12
  /// is partial: 15 of 120 mentees have results that month`. Whatever the grouping, the
  /// counts are the whole school's.
  static func partialMonths(_ school: School) -> [String] {
    school.cohortReport(by: .school).compactMap { figure in
      guard figure.menteesReported < figure.mentees else { return nil }
      return "\(figure.month) is partial: \(figure.menteesReported) of \(figure.mentees)"
        + " mentees have results that month; the rest carry forward from earlier months."
    }
  }

  /// A change in points, green when up and red when down on a terminal; a number in JSON.
  static func changeCell(_ change: Double?) -> Table.Cell {
    let cell = ReportNumber.pointsCell(change)
    guard let change, cell.text != "0.0" else { return cell }
    var coloured = cell
    coloured.colour = change > 0 ? .green : .red
    return coloured
  }

  /// The names in the order first seen, each once.
  static func unique(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }
  }
}

extension CohortGrouping {
  /// The column title for the group.
  var title: String {
    switch self {
    case .school: return "Group"
    case .year: return "Year"
    case .form: return "Form"
    case .subject: return "Subject"
    case .mentor: return "Mentor"
    }
  }
}
