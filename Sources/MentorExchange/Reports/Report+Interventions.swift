import MentorModel

/// `report interventions`: counts by category and state, who has which, and how often each
/// category was followed by improvement.
extension Report {
  /// The parts of the interventions report, in the order printed.
  public static let interventionParts = ["counts", "list", "improvement"]

  /// The interventions report over those agreed from `from` to `to` (both may be nil).
  ///
  /// - Parameters:
  ///   - today: the day (`YYYY-MM-DD`) on which flags are judged, as `list interventions`
  ///     shows them.
  ///   - parts: the parts to include, from `interventionParts`.
  public static func interventions(
    _ school: School, from: String?, to: String?, today: String,
    parts: [String] = interventionParts
  ) -> Report {
    let chosen = school.interventions(agreedFrom: from, to: to)
    var sections: [Section] = []
    if parts.contains("counts") { sections.append(countSection(chosen, today: today)) }
    if parts.contains("list") { sections.append(listSection(chosen, in: school)) }
    if parts.contains("improvement") {
      sections.append(improvementSection(school.improvement(after: chosen)))
    }
    var range = ""
    switch (from, to) {
    case (let from?, let to?): range = ", agreed \(from) to \(to)"
    case (let from?, nil): range = ", agreed from \(from)"
    case (nil, let to?): range = ", agreed up to \(to)"
    case (nil, nil): break
    }
    return Report(
      title: "Interventions\(range)",
      notes: [
        "\(chosen.count) interventions. Staff: the member of staff named, else the mentor.",
        "The states add up to the total. The flagged rows count open interventions by the"
          + " flag 'list interventions' shows: not working (checked so, or no improvement"
          + " since agreed), else review due (its review date has passed).",
        "Improvement compares the current grade of the intervention's subject (or the mean of"
          + " every subject, when it has none) in the first month loaded after the month it"
          + " was agreed on with that month, in steps of the subject's scale.",
      ],
      sections: sections)
  }

  /// One row per state, one column per category, with totals, then a row for each flag.
  static func countSection(_ interventions: [Intervention], today: String) -> Section {
    let counts = School.counts(of: interventions)
    let categories = InterventionCategory.allCases
    var table = Table(
      columns: [.init("state", "State")]
        + categories.map { .init($0.rawValue.lowercased(), $0.rawValue, alignsRight: true) }
        + [.init("total", "Total", alignsRight: true)])
    for state in InterventionState.allCases {
      let row = categories.map { counts[$0]?[state] ?? 0 }
      table.append(
        [.init(state.rawValue)] + row.map { .number($0) } + [.number(row.reduce(0, +))])
    }
    let totals = categories.map { category in counts[category]?.values.reduce(0, +) ?? 0 }
    table.append(
      [.init("total")] + totals.map { .number($0) } + [.number(interventions.count)])
    for (keyword, title) in [
      ("not-working", "flagged not working"), ("review-due", "flagged review due"),
    ] {
      let row = categories.map { category in
        interventions.filter {
          $0.category == category && $0.flag(today: today)?.keyword == keyword
        }.count
      }
      table.append([.init(title)] + row.map { .number($0) } + [.number(row.reduce(0, +))])
    }
    let chart = Chart(
      kind: .bars, title: "Interventions by category", labels: categories.map(\.rawValue),
      series: [Chart.Series(name: "Interventions", values: totals.map(Double.init))],
      axis: "interventions", isPercent: false)
    return Section(key: "counts", title: "By category and state", table: table, chart: chart)
  }

  /// One row per intervention: the mentee, what it is, who carries it out and its state.
  static func listSection(_ interventions: [Intervention], in school: School) -> Section {
    var table = Table(columns: [
      .init("id", "Id"), .init("mentee_id", "Mentee id", dropOrder: 1),
      .init("mentee", "Mentee", shrinks: true), .init("form", "Form", dropOrder: 2),
      .init("category", "Category"), .init("subject", "Subject", shrinks: true),
      .init("staff", "Staff", shrinks: true), .init("state", "State"),
      .init("agreed", "Agreed"), .init("change", "Change", alignsRight: true),
    ])
    for intervention in interventions {
      let mentee = school.mentees[intervention.menteeID]
      table.append([
        .init(intervention.id), .init(intervention.menteeID), .init(mentee?.displayName ?? ""),
        .init(mentee?.form ?? ""), .init(intervention.category.rawValue),
        .init(intervention.subject ?? ""), .init(school.carrierOut(of: intervention)),
        .init(intervention.state.rawValue), .init(String(intervention.agreedAt.prefix(10))),
        ReportNumber.stepsCell(school.changeAfter(intervention)),
      ])
    }
    return Section(key: "list", title: "Who has which intervention", table: table)
  }

  /// One row per category: followed by a month, improved, the share and the mean change.
  static func improvementSection(_ rows: [CategoryImprovement]) -> Section {
    var table = Table(columns: [
      .init("category", "Category"), .init("interventions", "Interventions", alignsRight: true),
      .init("followed", "With a next month", alignsRight: true),
      .init("improved", "Improved", alignsRight: true), .init("share", "%", alignsRight: true),
      .init("mean_change", "Mean change", alignsRight: true),
    ])
    for row in rows {
      table.append([
        .init(row.category.rawValue), .number(row.interventions), .number(row.followed),
        .number(row.improved), ReportNumber.percentCell(row.share),
        ReportNumber.stepsCell(row.meanChange),
      ])
    }
    var chart = Chart(
      kind: .bars, title: "Followed by improvement the next month",
      labels: rows.map(\.category.rawValue),
      series: [Chart.Series(name: "Improved", values: rows.map(\.share))],
      axis: "% of those with a next month", isPercent: true)
    chart.counts = rows.map { "\($0.improved) of \($0.followed)" }
    return Section(
      key: "improvement", title: "Improvement in the next month", table: table, chart: chart)
  }
}
