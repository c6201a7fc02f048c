import MentorModel

/// Turns the rows read from a data sheet into a data sheet, noting every problem.
///
/// It chooses each subject's scale, reads every grade on it, and checks that no mentee has
/// two names or two rows for one subject and month.
struct SheetAssembler {
  /// One entry with the row it came from.
  private struct Placed {
    var line: Int
    var id: String
    var entry: SheetRow.Entry
  }

  let layout: HeaderLayout
  let options: DataSheetOptions

  /// The data sheet of `rows`, whose ids are filled in, and the scale of each subject.
  func assemble(
    _ rows: [SheetRow], name: String, problems: inout [ImportProblem]
  ) -> (sheet: DataSheet, scales: [ImportReport.ScaleChoice]) {
    var sheet = DataSheet(name: name)
    addPeople(rows, to: &sheet, problems: &problems)
    sheet.months = months(of: rows)

    let (subjects, entries) = group(rows)
    var choices: [ImportReport.ScaleChoice] = []
    var firstLines: [ResultKey: Int] = [:]
    for subject in subjects {
      let choice = chooseScale(for: subject, entries[subject]!, problems: &problems)
      if let choice {
        choices.append(choice)
        sheet.scales[subject] = choice.scale
      }

      for placed in entries[subject]! {
        let key = ResultKey(menteeID: placed.id, subject: subject, month: placed.entry.month)
        if let first = firstLines[key] {
          let reason = ImportProblem.Reason.duplicateRow(
            id: placed.id, subject: subject, month: placed.entry.month, firstLine: first)
          problems.append(ImportProblem(line: placed.line, reason))
          continue
        }
        firstLines[key] = placed.line

        guard let scale = choice?.scale else { continue }
        if let result = result(of: placed, on: scale, problems: &problems) {
          sheet.results.append(result)
        }
      }
    }
    return (sheet, choices)
  }

  /// Adds each mentee once, in file order, with attendance; an id with two names is a
  /// problem, and blank details are filled from later rows.
  private func addPeople(
    _ rows: [SheetRow], to sheet: inout DataSheet, problems: inout [ImportProblem]
  ) {
    var places: [String: (index: Int, line: Int)] = [:]
    for row in rows where !row.person.id.isEmpty {
      let id = row.person.id
      if let place = places[id] {
        var known = sheet.people[place.index]
        let earlier = [known.forename, known.surname].filter { !$0.isEmpty }.joined(separator: " ")
        let name = row.displayName
        // Folding is slow and names repeat exactly on every row of a mentee.
        if !earlier.isEmpty, !name.isEmpty, earlier != name,
          School.fold(earlier) != School.fold(name)
        {
          let reason = ImportProblem.Reason.sameIDDifferentName(
            id: id, name: name, firstName: earlier, firstLine: place.line)
          problems.append(ImportProblem(line: row.line, reason))
        }
        fillBlanks(of: &known, from: row.person)
        sheet.people[place.index] = known
      } else {
        places[id] = (sheet.people.count, row.line)
        sheet.people.append(row.person)
      }

      if let attendance = row.attendance, let month = row.month ?? layout.periods.last?.month {
        sheet.attendance[id, default: [:]][month] = attendance
      }
    }
  }

  private func fillBlanks(of person: inout DataSheet.Person, from other: DataSheet.Person) {
    if person.surname.isEmpty { person.surname = other.surname }
    if person.forename.isEmpty { person.forename = other.forename }
    if person.year.isEmpty { person.year = other.year }
    if person.form.isEmpty { person.form = other.form }
    if person.mentor.isEmpty { person.mentor = other.mentor }
  }

  /// The months of the rows and their entries, in order of first appearance.
  private func months(of rows: [SheetRow]) -> [String] {
    var months: [String] = []
    for row in rows {
      for month in [row.month].compactMap({ $0 }) + row.entries.map(\.month)
      where !months.contains(month) {
        months.append(month)
      }
    }
    return months
  }

  /// The subjects in order of first appearance, each spelt as it first appears (case is
  /// ignored), and the entries of each.
  private func group(_ rows: [SheetRow]) -> ([String], [String: [Placed]]) {
    var subjects: [String] = []
    var spelling: [String: String] = [:]
    var entries: [String: [Placed]] = [:]
    for row in rows where !row.person.id.isEmpty {
      for var entry in row.entries {
        let key = entry.subject.lowercased()
        if spelling[key] == nil {
          spelling[key] = entry.subject
          subjects.append(entry.subject)
        }
        entry.subject = spelling[key]!
        entries[entry.subject, default: []].append(
          Placed(line: row.line, id: row.person.id, entry: entry))
      }
    }
    return (subjects, entries)
  }

  /// The scale given for a subject, else the one its grades fit; when none fits, a problem
  /// with some of the grades that the nearest scale does not accept.
  private func chooseScale(
    for subject: String, _ entries: [Placed], problems: inout [ImportProblem]
  ) -> ImportReport.ScaleChoice? {
    if let given = options.givenScale(for: subject) {
      return ImportReport.ScaleChoice(subject: subject, scale: given, given: true)
    }

    let grades = entries.flatMap { [$0.entry.target, $0.entry.workingAt, $0.entry.predicted] }
    if let scale = GradeScale.detect(grades) {
      return ImportReport.ScaleChoice(subject: subject, scale: scale, given: false)
    }

    var distinct: [String] = []
    for grade in grades where !grade.isEmpty && !distinct.contains(grade) { distinct.append(grade) }
    var nearest = GradeScale.named[0]
    var most = -1
    for scale in GradeScale.named {
      let fitting = distinct.filter { Mark($0, on: scale) != nil }.count
      if fitting > most { (nearest, most) = (scale, fitting) }
    }

    let examples = Array(distinct.filter { Mark($0, on: nearest) == nil }.prefix(3))
    let line = entries.first { placed in
      let grades = [placed.entry.target, placed.entry.workingAt, placed.entry.predicted]
      return examples.first.map(grades.contains) ?? false
    }?.line
    problems.append(ImportProblem(line: line, .noScaleFits(subject: subject, examples: examples)))
    return nil
  }

  /// The result of one entry, or nil when one of its grades is not on the scale.
  private func result(
    of placed: Placed, on scale: GradeScale, problems: inout [ImportProblem]
  ) -> MonthlyResult? {
    let entry = placed.entry
    var marks: [Mark] = []
    for text in [entry.target, entry.workingAt, entry.predicted] {
      guard let mark = Mark(text, on: scale) else {
        let reason = ImportProblem.Reason.unknownGrade(
          grade: text, subject: entry.subject, scale: scale)
        problems.append(ImportProblem(line: placed.line, reason))
        continue
      }
      marks.append(mark)
    }
    guard marks.count == 3 else { return nil }

    return MonthlyResult(
      menteeID: placed.id, subject: entry.subject, month: entry.month, target: marks[0],
      workingAt: marks[1], predicted: marks[2], effort: entry.effort, homework: entry.homework)
  }
}
