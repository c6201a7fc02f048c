import MentorModel

/// Putting together the report of a data sheet that was read without a problem.
extension ImportReport {
  /// The report of a sheet read in `format` through `layout`.
  init(
    format: CSVFormat, layout: HeaderLayout, options: DataSheetOptions, sheet: DataSheet,
    rowCount: Int, scales: [ScaleChoice],
    identity: (source: MenteeIDMaker.Source, numbered: Int), monthFromName: String?
  ) {
    var columns: [Int: Use] = [:]
    for (role, index) in layout.roles {
      columns[index] = .role(role, given: layout.mappedRoles.contains(role))
    }
    for subject in layout.subjects {
      for (role, index) in subject.columns {
        columns[index] = .measure(subject: subject.subject, role)
      }
    }
    for period in layout.periods { columns[period.index] = .period(month: period.month) }
    for index in layout.idColumns { columns[index] = .idPart }

    self.init(
      name: sheet.name, shape: layout.shape, shapeGiven: options.shape != nil,
      encoding: format.encoding, delimiter: format.delimiter,
      columns: columns.keys.sorted().map { Column(header: layout.headers[$0], use: columns[$0]!) },
      unusedColumns: layout.unusedColumns.map { layout.headers[$0] },
      menteeCount: sheet.people.count, rowCount: rowCount, resultCount: sheet.results.count,
      subjects: scales.map(\.subject), months: sheet.months, scales: scales,
      notes: Self.encodingNotes(format: format, options: options) + Self.notes(identity: identity)
        + (monthFromName.map { [.monthFromFileName($0)] } ?? [])
    )
  }

  /// A note when detection fell back to Windows-1252, which the user did not ask for.
  private static func encodingNotes(format: CSVFormat, options: DataSheetOptions) -> [Note] {
    format.encoding == .windows1252 && options.encoding == nil ? [.readAsWindows1252] : []
  }

  /// The notes on how ids were made.
  private static func notes(identity: (source: MenteeIDMaker.Source, numbered: Int)) -> [Note] {
    var notes: [Note] = []
    switch identity.source {
    case .column: break
    case .values(let columns): notes.append(.idsFromValues(columns: columns))
    case .rowNumbers(let prefix): notes.append(.idsFromRowNumbers(prefix: prefix))
    case .names(let prefix): notes.append(.idsFromNames(prefix: prefix))
    }
    if identity.numbered > 0 { notes.append(.rowsNumbered(identity.numbered)) }
    return notes
  }
}
