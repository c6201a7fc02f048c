import MentorModel

/// Reads the rows of a data sheet through its header layout, noting every problem.
///
/// A row with a problem is still returned when it can be, so that later checks (scales,
/// duplicates) can find that row's other problems too.
struct RowReader {
  /// Where each piece of the sheet is.
  let layout: HeaderLayout
  /// The subject of every row, for a sheet without a subject column.
  let subject: String?
  /// The month of the whole sheet, already a month label.
  let month: String?
  /// The columns read, whose cells may hold no `HiddenCharacters`.
  private let usedColumns: [Int]
  /// The column of each role, for finding cells without hashing.
  private let columns: RoleColumns
  /// The measure columns of each subject of a wide sheet, in header order.
  private let subjectColumns: [(subject: String, columns: RoleColumns)]
  /// The label of each month cell read so far, nil for text that is not a month: a sheet
  /// has a few months over many rows.
  private var monthLabels: [String: String?] = [:]
  /// The year group of each year cell read so far.
  private var yearGroups: [String: String] = [:]
  /// The month and year cells of the row before, which most rows repeat, and their
  /// readings.
  private var lastMonth: (text: String, label: String?)?
  private var lastYear: (text: String, group: String)?
  /// The fields of the last row read whole: as the file gave them, trimmed, and the hidden
  /// character of each used column if it had one. A field identical to the one above it
  /// (`String.isIdentical(to:)`) is the same text, so it is taken as read there.
  private var lastGiven: [String] = []
  private var lastTrimmed: [String] = []
  private var lastHidden: [String?] = []

  /// A reader of rows laid out as `layout` says.
  init(layout: HeaderLayout, subject: String?, month: String?) {
    self.layout = layout
    self.subject = subject
    self.month = month
    usedColumns = layout.usedColumns
    columns = RoleColumns(layout.roles)
    subjectColumns = layout.subjects.map { ($0.subject, RoleColumns($0.columns)) }
  }

  /// Reads one record; nil when its fields do not line up with the header.
  mutating func read(
    _ record: CSVRecord, position: Int, problems: inout [ImportProblem]
  ) -> SheetRow? {
    let given = record.fields
    let asAbove = given.count == lastGiven.count
    var fields = given
    for index in fields.indices {
      if asAbove && given[index].isIdentical(to: lastGiven[index]) {
        let trimmed = lastTrimmed[index]
        if !trimmed.isIdentical(to: given[index]) { fields[index] = trimmed }
      } else if fields[index].needsTrimming {
        fields[index] = fields[index].trimmed
      }
    }
    guard fields.count == layout.headers.count else {
      let reason = ImportProblem.Reason.wrongFieldCount(
        found: fields.count, expected: layout.headers.count)
      problems.append(ImportProblem(line: record.line, reason))
      return nil
    }

    var row = SheetRow(line: record.line, position: position)
    if lastHidden.count != usedColumns.count {
      lastHidden = Array(repeating: nil, count: usedColumns.count)
    }
    var found: [ImportProblem.Reason] = []
    for (place, column) in usedColumns.enumerated() {
      if !(asAbove && given[column].isIdentical(to: lastGiven[column])) {
        lastHidden[place] = HiddenCharacters.first(in: fields[column])
      }
      if let code = lastHidden[place] {
        found.append(.hiddenCharacter(column: layout.headers[column], code: code))
      }
    }
    lastGiven = given
    lastTrimmed = fields
    readPerson(into: &row, fields: fields, problems: &found)
    readSubjectAndMonth(into: &row, fields: fields, problems: &found)

    switch layout.shape {
    case .long: readLong(into: &row, fields: fields, problems: &found)
    case .wideBySubject: readWideBySubject(into: &row, fields: fields, problems: &found)
    case .wideByPeriod: readWideByPeriod(into: &row, fields: fields)
    }

    if !found.isEmpty { problems += found.map { ImportProblem(line: record.line, $0) } }
    return row
  }

  /// Whether every field of a record is blank, as in a row of empty cells at the end.
  static func isBlank(_ record: CSVRecord) -> Bool {
    record.fields.allSatisfy { $0.trimmed.isEmpty }
  }

  /// The cell of `role` in a row, blank when the sheet has no such column.
  private func cell(_ role: ColumnRole, _ fields: [String]) -> String {
    columns[role].map { fields[$0] } ?? ""
  }

  private mutating func readPerson(
    into row: inout SheetRow, fields: [String], problems: inout [ImportProblem.Reason]
  ) {
    if let column = columns[.upn] {
      let id = fields[column]
      if id.isEmpty { problems.append(.blankID(column: layout.headers[column])) }
      row.id = id.isEmpty ? nil : id
    }
    if !layout.idColumns.isEmpty { row.idValues = layout.idColumns.map { fields[$0] } }

    if columns[.name] != nil {
      (row.person.surname, row.person.forename) = Self.splitName(cell(.name, fields))
    } else {
      row.person.surname = cell(.surname, fields)
      row.person.forename = cell(.forename, fields)
    }
    row.person.year = yearGroup(cell(.year, fields))
    row.person.form = cell(.form, fields)
    row.person.mentor = cell(.mentor, fields)

    let attendance = cell(.attendance, fields)
    if !attendance.isEmpty {
      row.attendance = Self.percentage(attendance)
      if row.attendance == nil { problems.append(.badAttendance(attendance)) }
    }
  }

  private mutating func readSubjectAndMonth(
    into row: inout SheetRow, fields: [String], problems: inout [ImportProblem.Reason]
  ) {
    if layout.shape != .wideBySubject {
      if columns[.subject] != nil {
        let text = cell(.subject, fields)
        row.subject = text
        if text.isEmpty { problems.append(.blankSubject) }
      } else {
        row.subject = subject
      }
    }

    if let month {
      row.month = month
    } else if columns[.month] != nil {
      let text = cell(.month, fields)
      if let label = monthLabel(text) {
        row.month = label
      } else {
        problems.append(text.isEmpty ? .noMonth : .badMonth(text))
      }
    }
  }

  /// The month label of a month cell, nil when it is not a month; read once per text.
  private mutating func monthLabel(_ text: String) -> String? {
    if let last = lastMonth, last.text == text { return last.label }
    let label: String?
    if let known = monthLabels[text] {
      label = known
    } else {
      label = try? Month.label(text)
      monthLabels[text] = label
    }
    lastMonth = (text, label)
    return label
  }

  /// The year group of a year cell (see ``yearGroup(_:)``), read once per text.
  private mutating func yearGroup(_ text: String) -> String {
    if let last = lastYear, last.text == text { return last.group }
    let group: String
    if let known = yearGroups[text] {
      group = known
    } else {
      group = Self.yearGroup(text)
      yearGroups[text] = group
    }
    lastYear = (text, group)
    return group
  }

  private func readLong(
    into row: inout SheetRow, fields: [String], problems: inout [ImportProblem.Reason]
  ) {
    guard let subject = row.subject, !subject.isEmpty, let month = row.month else { return }

    var entry = SheetRow.Entry(subject: subject, month: month)
    entry.target = cell(.target, fields)
    entry.workingAt = cell(.workingAt, fields)
    entry.predicted = cell(.predicted, fields)
    entry.homework = cell(.homework, fields)
    entry.effort = Self.effort(cell(.effort, fields), subject: subject, problems: &problems)
    row.entries.append(entry)
  }

  /// One entry for each subject that has something in its columns; blank means not taken.
  private func readWideBySubject(
    into row: inout SheetRow, fields: [String], problems: inout [ImportProblem.Reason]
  ) {
    guard let month = row.month else { return }

    for (subject, columns) in subjectColumns {
      let value: (ColumnRole) -> String = { role in columns[role].map { fields[$0] } ?? "" }
      if ColumnRole.measures.allSatisfy({ value($0).isEmpty }) { continue }

      var entry = SheetRow.Entry(subject: subject, month: month)
      entry.target = value(.target)
      entry.workingAt = value(.workingAt)
      entry.predicted = value(.predicted)
      entry.homework = value(.homework)
      entry.effort = Self.effort(value(.effort), subject: subject, problems: &problems)
      row.entries.append(entry)
    }
  }

  /// One entry for each period with a grade; the target column, if any, goes with each.
  private func readWideByPeriod(into row: inout SheetRow, fields: [String]) {
    guard let subject = row.subject, !subject.isEmpty else { return }

    for period in layout.periods where !fields[period.index].isEmpty {
      var entry = SheetRow.Entry(subject: subject, month: period.month)
      entry.workingAt = fields[period.index]
      entry.target = cell(.target, fields)
      row.entries.append(entry)
    }
  }
}

extension RowReader {
  /// Effort or attitude to learning: 1 to 4, or nil when blank (or wrong, with a problem).
  static func effort(
    _ text: String, subject: String, problems: inout [ImportProblem.Reason]
  ) -> Int? {
    guard !text.isEmpty else { return nil }
    guard let value = Int(text), (1...4).contains(value) else {
      problems.append(.badEffort(text, subject: subject))
      return nil
    }
    return value
  }

  /// A percentage written `96.5` or `96.5%`, or nil when it is not one from 0 to 100.
  static func percentage(_ text: String) -> Double? {
    var number = Substring(text)
    if number.last == "%" { number = number.dropLast() }
    guard let value = Double(String(number).trimmed), value >= 0, value <= 100 else { return nil }
    return value
  }

  /// The year group as a number where it is written `Year 11`, `Yr 11` or `Y11`.
  static func yearGroup(_ text: String) -> String {
    let lower = text.lowercased()
    for prefix in ["year", "yr", "y"] where lower.hasPrefix(prefix) {
      let rest = String(lower.dropFirst(prefix.count)).trimmed
      if let number = Int(rest), (1...14).contains(number) { return String(number) }
    }
    return text
  }

  /// Surname and forename from `Surname, Forename` or `Forename Surname`.
  ///
  /// Without a comma the last word is taken as the surname, which is wrong for some
  /// surnames of several words (`de la Cruz`); a comma in the file avoids that.
  static func splitName(_ text: String) -> (surname: String, forename: String) {
    if let comma = text.firstIndex(of: ",") {
      let surname = String(text[..<comma]).trimmed
      let forename = String(text[text.index(after: comma)...]).trimmed
      return (surname, forename)
    }

    let words = text.split(whereSeparator: \.isWhitespace)
    guard words.count > 1 else { return (text, "") }
    return (String(words.last!), words.dropLast().joined(separator: " "))
  }
}
