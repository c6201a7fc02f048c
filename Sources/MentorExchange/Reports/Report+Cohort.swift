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
      .init("mentees_on_or_above", "On or above", alignsRight: true),
      .init("mentee_share", "%", alignsRight: true),
      .init("mentee_change", "Change", alignsRight: true),
      .init("results", "Results", alignsRight: true, dropOrder: 4),
      .init("results_on_or_above", "On or above", alignsRight: true, dropOrder: 3),
      .init("result_share", "%", alignsRight: true, dropOrder: 2),
      .init("result_change", "Change", alignsRight: true, dropOrder: 1),
    ]
    var table = Table(columns: columns)
    for figure in figures {
      var cells: [Table.Cell] = grouped ? [.init(figure.group)] : []
      cells += [
        .init(figure.month), .init(String(figure.mentees)),
        .init(String(figure.menteesOnOrAbove)), .init(ReportNumber.percent(figure.menteeShare)),
        changeCell(figure.menteeChange), .init(String(figure.results)),
        .init(String(figure.resultsOnOrAbove)), .init(ReportNumber.percent(figure.resultShare)),
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
    return Report(
      title: "Mentees on or above target\(by)",
      notes: [
        "A mentee is on or above target in a month when every subject with a target and a"
          + " grade that month is on target or above; subjects without either are left out.",
        "Results: each subject result with a target and a grade, on target or above.",
        "% is the share; Change is in percentage points since the group's previous month.",
      ],
      sections: [Section(key: "cohort", title: "By month", table: table, chart: chart)])
  }

  /// A change in points, green when up and red when down on a terminal.
  static func changeCell(_ change: Double?) -> Table.Cell {
    let text = ReportNumber.points(change)
    guard let change, text != "0.0" else { return .init(text) }
    return .init(text, colour: change > 0 ? .green : .red)
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
