import MentorModel

/// `report mentor`, `report praise` and `report parents`: what was recorded, and when.
extension Report {
  /// Each mentor's meetings in `month` (`YYYY-MM`), with checks and escalations as they
  /// stand today.
  public static func mentors(_ figures: [MentorFigure], month: String) -> Report {
    var table = Table(columns: [
      .init("mentor", "Mentor", shrinks: true), .init("mentees", "Mentees", alignsRight: true),
      .init("meetings", "Meetings", alignsRight: true, dropOrder: 1),
      .init("met", "Met", alignsRight: true), .init("not_met", "Not met", alignsRight: true),
      .init("checks_overdue", "Checks overdue", alignsRight: true),
      .init("escalations_open", "Escalations open", alignsRight: true),
    ])
    for figure in figures {
      let notMet = figure.mentees - figure.menteesMet
      table.append([
        .init(figure.mentor), .number(figure.mentees), .number(figure.meetings),
        .number(figure.menteesMet), .number(notMet, colour: notMet > 0 ? .amber : nil),
        .number(figure.overdueChecks, colour: figure.overdueChecks > 0 ? .red : nil),
        .number(figure.openEscalations),
      ])
    }
    var chart = Chart(
      kind: .bars, title: "Caseload met in \(PrintedDate.month(month))",
      labels: figures.map(\.mentor),
      series: [
        Chart.Series(
          name: "Met",
          values: figures.map { CohortFigure.percent($0.menteesMet, of: $0.mentees) })
      ],
      axis: "% of mentees", isPercent: true)
    chart.counts = figures.map { "\($0.menteesMet) of \($0.mentees)" }
    let printed = PrintedDate.month(month)
    return Report(
      title: "Mentors in \(printed)",
      notes: [
        "Meetings: meetings ended in \(printed) with the mentor's mentees; Met: mentees"
          + " with one. Checks overdue (open interventions whose review date has passed)"
          + " and escalations open (not yet resolved) are as they stand today."
      ],
      sections: [Section(key: "mentors", title: "Caseloads", table: table, chart: chart)])
  }

  /// Praise given, by month and group.
  public static func praise(_ figures: [PraiseFigure], by grouping: PraiseGrouping) -> Report {
    let grouped = grouping != .month
    var columns: [Table.Column] = []
    if grouped {
      columns.append(.init(grouping.rawValue, grouping.rawValue.capitalized, shrinks: true))
    }
    columns += [
      .init("month", "Month"), .init("praise", "Praise", alignsRight: true),
      .init("mentees", "Mentees praised", alignsRight: true),
    ]
    var table = Table(columns: columns)
    for figure in figures {
      let cells: [Table.Cell] = [
        .init(figure.month), .number(figure.praise), .number(figure.mentees),
      ]
      table.append(grouped ? [.init(figure.group)] + cells : cells)
    }
    let months = unique(figures.map(\.month)).sorted()
    let series = unique(figures.map(\.group)).map { group in
      Chart.Series(
        name: group,
        values: months.map { month in
          Double(figures.first { $0.group == group && $0.month == month }?.praise ?? 0)
        })
    }
    let by = grouped ? ", by \(grouping.rawValue)" : ""
    return Report(
      title: "Praise given\(by)",
      notes: [
        "Praise recorded at meetings, by the month each meeting was held"
          + (grouping == .mentor ? "; the mentor is the mentee's mentor." : ".")
      ],
      sections: [
        Section(
          key: "praise", title: "By month", table: table,
          chart: Chart(
            kind: .lines, title: "Praise given", labels: months, series: series,
            axis: "pieces of praise", isPercent: false))
      ])
  }

  /// Parents brought in, by month.
  public static func parents(_ figures: [ParentFigure]) -> Report {
    var table = Table(columns: [
      .init("month", "Month"),
      .init("parent_interventions", "Parent interventions", alignsRight: true),
      .init("escalations", "Escalations to parents", alignsRight: true),
      .init("sent", "Sent to parents", alignsRight: true),
    ])
    for figure in figures {
      table.append([
        .init(figure.month), .number(figure.interventions), .number(figure.escalations),
        .number(figure.sent),
      ])
    }
    let values = { (count: (ParentFigure) -> Int) in figures.map { Double(count($0)) } }
    let chart = Chart(
      kind: .lines, title: "Parents contacted", labels: figures.map(\.month),
      series: [
        Chart.Series(name: "Parent interventions", values: values(\.interventions)),
        Chart.Series(name: "Escalations to parents", values: values(\.escalations)),
        Chart.Series(name: "Sent to parents", values: values(\.sent)),
      ],
      axis: "number", isPercent: false)
    return Report(
      title: "Parents contacted",
      notes: [
        "By the month each was recorded: interventions of the Parent category agreed,"
          + " escalations to parents raised, and escalations whose message went to the"
          + " parents (one for each escalation, however many parents it went to)."
      ],
      sections: [Section(key: "parents", title: "By month", table: table, chart: chart)])
  }
}
