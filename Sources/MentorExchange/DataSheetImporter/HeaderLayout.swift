/// Where each piece of a data sheet sits in its header, and so the sheet's shape.
///
/// Built once from the header line; every row is then read through it.
struct HeaderLayout: Sendable {
  /// One subject's measure columns in a sheet that is wide by subject.
  struct SubjectColumns: Sendable {
    /// The subject as the header writes it.
    var subject: String
    /// The column of each measure.
    var columns: [ColumnRole: Int]
  }

  /// One column of a sheet that is wide by period.
  struct PeriodColumn: Sendable {
    var index: Int
    /// The month label of the period.
    var month: String
  }

  /// The header names, trimmed.
  var headers: [String]
  /// The line of the header in the file.
  var line: Int
  var shape: DataSheetShape
  /// The column of each role found or given; only the roles the shape uses.
  var roles: [ColumnRole: Int] = [:]
  /// The roles that a mapping gave rather than detection found.
  var mappedRoles: Set<ColumnRole> = []
  /// The measure columns of each subject, in header order (wide by subject).
  var subjects: [SubjectColumns] = []
  /// The period columns, in header order (wide by period).
  var periods: [PeriodColumn] = []
  /// The columns whose values make ids, when given.
  var idColumns: [Int] = []

  /// Whether a mentee may have several rows: one per subject or per month.
  var hasSeveralRowsPerMentee: Bool {
    (shape != .wideBySubject && roles[.subject] != nil) || roles[.month] != nil
  }

  /// Whether some column says whose row it is besides an id: a name.
  var hasNameColumn: Bool {
    roles[.surname] != nil || roles[.forename] != nil || roles[.name] != nil
  }

  /// The columns that nothing reads, in header order.
  var unusedColumns: [Int] {
    let used = Set(usedColumns)
    return headers.indices.filter { !used.contains($0) }
  }

  /// The columns something reads, in header order.
  var usedColumns: [Int] {
    var used = Set(roles.values).union(idColumns).union(periods.map(\.index))
    for subject in subjects { used.formUnion(subject.columns.values) }
    return headers.indices.filter { used.contains($0) }
  }
}
