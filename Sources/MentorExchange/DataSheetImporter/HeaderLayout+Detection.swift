/// Finding the layout of a data sheet from its header line and the user's options.
extension HeaderLayout {
  /// Reads the header; nil, with the reasons added to `problems`, when it cannot be used.
  ///
  /// A mapping given wins over detection; then each role takes the first header that is
  /// one of its synonyms, best synonym first. Headers left over are tried as a subject's
  /// measure (`Maths - Target`) and as periods (`G1`, `2026-09`); the shape is the one
  /// given, else the one these columns suggest.
  init?(header: CSVRecord, options: DataSheetOptions, problems: inout [ImportProblem]) {
    let headers = header.fields.map(\.trimmed)
    let before = problems.count
    let found = Self.findRoles(
      headers, mapping: options.columns, line: header.line, problems: &problems)

    var idColumns: [Int] = []
    for name in options.idColumns {
      guard let index = Self.column(named: name, in: headers) else {
        problems.append(ImportProblem(line: header.line, .unknownIDColumn(name)))
        continue
      }
      idColumns.append(index)
    }

    let open = headers.indices.filter { !found.values.contains($0) }
    let subjects = Self.subjectColumns(headers, among: open)
    let periods = open.compactMap { index in
      HeaderPattern.period(headers[index]).map { (index, $0) }
    }
    let shape =
      options.shape
      ?? Self.detectShape(bySubject: !subjects.isEmpty, byPeriod: !periods.isEmpty, roles: found)

    self.init(headers: headers, line: header.line, shape: shape)
    mappedRoles = Set(options.columns.headers.keys)
    self.idColumns = idColumns
    roles = Self.rolesUsed(found, shape: shape, options: options)
    switch shape {
    case .long: break
    case .wideBySubject: self.subjects = subjects
    case .wideByPeriod: self.periods = takePeriods(periods, problems: &problems)
    }

    check(options: options, problems: &problems)
    if problems.count > before { return nil }
  }

  /// The column of each role: as the mapping gives it, else the first header that is one
  /// of the role's synonyms, best synonym first; no column serves two roles.
  private static func findRoles(
    _ headers: [String], mapping: ColumnMapping, line: Int, problems: inout [ImportProblem]
  ) -> [ColumnRole: Int] {
    var roles: [ColumnRole: Int] = [:]
    for role in ColumnRole.allCases {
      guard let name = mapping[role] else { continue }
      guard let index = column(named: name, in: headers) else {
        problems.append(ImportProblem(line: line, .unknownMappedHeader(role: role, header: name)))
        continue
      }
      roles[role] = index
    }

    let keys = headers.map { HeaderKey($0).text }
    var claimed = Set(roles.values)
    for role in ColumnRole.allCases where mapping[role] == nil {
      let index = role.synonyms.lazy.compactMap { synonym in
        keys.indices.first { keys[$0] == synonym && !claimed.contains($0) }
      }.first
      if let index {
        roles[role] = index
        claimed.insert(index)
      }
    }
    return roles
  }

  /// Wide by subject when such columns exist, else wide by period when period columns
  /// exist and no working-at or predicted column, else long.
  private static func detectShape(
    bySubject: Bool, byPeriod: Bool, roles: [ColumnRole: Int]
  ) -> DataSheetShape {
    if bySubject { return .wideBySubject }
    if byPeriod, roles[.workingAt] == nil, roles[.predicted] == nil { return .wideByPeriod }
    return .long
  }

  /// The column of a header name: the same text first, else the same header key.
  static func column(named name: String, in headers: [String]) -> Int? {
    let text = name.trimmed
    if let index = headers.firstIndex(of: text) { return index }

    let key = HeaderKey(text).text
    return headers.firstIndex { HeaderKey($0).text == key }
  }

  /// Groups headers such as `Maths - Target` by subject, in header order.
  private static func subjectColumns(_ headers: [String], among open: [Int]) -> [SubjectColumns] {
    var subjects: [SubjectColumns] = []
    for index in open {
      guard let (subject, role) = HeaderPattern.subjectAndMeasure(headers[index]) else { continue }

      let key = subject.lowercased()
      if let found = subjects.firstIndex(where: { $0.subject.lowercased() == key }) {
        if subjects[found].columns[role] == nil { subjects[found].columns[role] = index }
      } else {
        subjects.append(SubjectColumns(subject: subject, columns: [role: index]))
      }
    }
    return subjects
  }

  /// Keeps only the roles the shape reads: one name form, the measures it has columns for.
  private static func rolesUsed(
    _ found: [ColumnRole: Int], shape: DataSheetShape, options: DataSheetOptions
  ) -> [ColumnRole: Int] {
    var roles = found
    if roles[.surname] != nil || roles[.forename] != nil { roles[.name] = nil }
    if !options.idColumns.isEmpty { roles[.upn] = nil }
    if options.month != nil || shape == .wideByPeriod { roles[.month] = nil }

    switch shape {
    case .long:
      break
    case .wideBySubject:
      for role in ColumnRole.measures { roles[role] = nil }
      roles[.subject] = nil
    case .wideByPeriod:
      for role in ColumnRole.measures where role != .target { roles[role] = nil }
    }
    return roles
  }

  /// The period columns with their months; a period that cannot be a month is a problem.
  private func takePeriods(
    _ found: [(Int, HeaderPattern.Period)], problems: inout [ImportProblem]
  ) -> [PeriodColumn] {
    var periods: [PeriodColumn] = []
    for (index, period) in found {
      switch period {
      case .month(let month):
        periods.append(PeriodColumn(index: index, month: month))
      case .invalid(let text):
        problems.append(ImportProblem(line: line, .badMonth(text)))
      }
    }
    return periods
  }

  /// Adds a problem for each thing the shape needs and the header lacks.
  private func check(options: DataSheetOptions, problems: inout [ImportProblem]) {
    let needsSubject = shape != .wideBySubject && roles[.subject] == nil && options.subject == nil
    if needsSubject { problems.append(ImportProblem(line: line, .missingColumn(.subject))) }

    switch shape {
    case .long where !ColumnRole.grades.contains(where: { roles[$0] != nil }):
      problems.append(ImportProblem(line: line, .noGradeColumns(.long)))
    case .wideBySubject where subjects.isEmpty:
      problems.append(ImportProblem(line: line, .noGradeColumns(.wideBySubject)))
    case .wideByPeriod where periods.isEmpty:
      problems.append(ImportProblem(line: line, .noPeriodColumns))
    default:
      break
    }

    if shape != .wideByPeriod, options.month == nil, options.monthFromName == nil,
      roles[.month] == nil
    {
      problems.append(ImportProblem(line: nil, .noMonth))
    }
    let identified = roles[.upn] != nil || !idColumns.isEmpty || hasNameColumn
    if hasSeveralRowsPerMentee, !identified, options.idColumns.isEmpty {
      problems.append(ImportProblem(line: line, .cannotTellMenteesApart))
    }
  }
}
