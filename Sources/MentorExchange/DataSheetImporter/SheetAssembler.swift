import MentorModel

/// Turns the rows read from a data sheet into a data sheet, noting every problem.
///
/// Rows are taken one at a time, once their ids are known, and kept only as numbers into
/// the assembler's tables of mentees, months and grades: a sheet of a million rows holds
/// a few hundred distinct grades and months. At the end it chooses each subject's scale,
/// reads each distinct grade on it once, and checks that no mentee has two rows for one
/// subject and month.
struct SheetAssembler {
  /// One entry with the row it came from, its texts as places in the assembler's tables.
  private struct Placed {
    var line: Int
    /// The mentee's place in `sheet.people`.
    var person: Int32
    /// The month's place in `sheet.months`.
    var month: Int32
    /// The places of the three grades in `grades`.
    var target: Int32
    var workingAt: Int32
    var predicted: Int32
    var effort: Int?
    var homework: String
  }

  let layout: HeaderLayout
  let options: DataSheetOptions
  private var sheet: DataSheet
  /// Each mentee's place in `sheet.people` and the line that first gave the id.
  private var places: [String: (index: Int, line: Int)] = [:]
  /// The mentee of the row before, whose id most rows of a long sheet repeat.
  private var lastPerson: (id: String, index: Int, line: Int)?
  /// Each month's place in `sheet.months`.
  private var monthPlaces: [String: Int32] = [:]
  /// The month of the last entry and its place: a sheet's rows of one month mostly
  /// follow each other.
  private var lastMonth: (text: String, place: Int32)?
  /// The subjects in order of first appearance, each spelt as it first appears.
  private var subjects: [String] = []
  /// Each subject's place in `subjects`, by its text in the file and by its lowercase.
  private var subjectByText: [String: Int] = [:]
  /// The same as `subjectByText`, as two lists in step, for looking up a few by comparing.
  private var subjectTexts: [String] = []
  private var subjectTextPlaces: [Int] = []
  /// The place in `subjectTexts` of the last subject found there: a long sheet lists the
  /// same subjects in the same order for each mentee and month, so the next is most often
  /// the one after it.
  private var lastSubjectText = 0
  private var subjectByKey: [String: Int] = [:]
  /// The entries of each subject, in file order.
  private var entries: [[Placed]] = []
  /// The subject of every entry, in file order, to put the results back in that order.
  private var entrySubjects: [Int32] = []
  /// Every distinct grade text, and the place of each.
  private var grades: [String] = []
  private var gradePlaces: [String: Int32] = [:]

  /// An assembler of the data sheet `name`, read through `layout`.
  init(layout: HeaderLayout, options: DataSheetOptions, name: String) {
    self.layout = layout
    self.options = options
    sheet = DataSheet(name: name)
  }

  /// Takes the next row, whose id is filled in.
  ///
  /// Each mentee is added once, in file order, with attendance; an id with two names is a
  /// problem, and blank details are filled from later rows.
  mutating func take(_ row: SheetRow, problems: inout [ImportProblem]) {
    noteMonths(of: row)
    guard !row.person.id.isEmpty else { return }
    let person = addPerson(row, problems: &problems)
    // By index, so that no entry is copied whole.
    for index in row.entries.indices {
      let subject = subjectPlace(row.entries[index].subject)
      entrySubjects.append(Int32(subject))
      let month = row.entries[index].month
      entries[subject].append(
        Placed(
          line: row.line, person: Int32(person),
          month: noteMonth(month),
          target: gradePlace(row.entries[index].target),
          workingAt: gradePlace(row.entries[index].workingAt),
          predicted: gradePlace(row.entries[index].predicted), effort: row.entries[index].effort,
          homework: row.entries[index].homework))
    }
  }

  // Shortcoming: the whole sheet is held as results until it is stored (259 MB at its peak
  // for a sheet of 1,000,000 results), since scales are chosen from every grade of a
  // subject and a sheet with any problem is stored not at all; streaming checked rows to
  // the store would need a second pass over the file or a store that can take them back.
  /// The data sheet of the rows taken, and the scale of each subject.
  ///
  /// Subjects are checked one at a time, but the results come out in file order: the order
  /// the store keeps them in, so that storing a sheet appends.
  func assemble(problems: inout [ImportProblem]) -> (
    sheet: DataSheet, scales: [ImportReport.ScaleChoice]
  ) {
    var choices: [ImportReport.ScaleChoice] = []
    var marks: [[Mark??]] = []
    var kept: [[Bool]] = []
    let monthCount = sheet.months.count
    var firstLines = FirstLines(keys: sheet.people.count * monthCount, entries: entrySubjects.count)
    for (place, subject) in subjects.enumerated() {
      let choice = chooseScale(for: subject, entries[place], problems: &problems)
      if let choice { choices.append(choice) }

      firstLines.clear()
      var subjectMarks = [Mark??](repeating: nil, count: grades.count)
      var subjectKept = [Bool](repeating: false, count: entries[place].count)
      for (index, placed) in entries[place].enumerated() {
        let key = Int(placed.person) * monthCount + Int(placed.month)
        if let first = firstLines.line(of: key) {
          let reason = ImportProblem.Reason.duplicateRow(
            id: sheet.people[Int(placed.person)].id, subject: subject,
            month: sheet.months[Int(placed.month)], firstLine: first)
          problems.append(ImportProblem(line: placed.line, reason))
          continue
        }
        firstLines.note(placed.line, of: key)

        guard let scale = choice?.scale else { continue }
        subjectKept[index] = readMarks(
          of: placed, subject: subject, on: scale, marks: &subjectMarks, problems: &problems)
      }
      marks.append(subjectMarks)
      kept.append(subjectKept)
    }

    var sheet = sheet
    for choice in choices { sheet.scales[choice.subject] = choice.scale }
    // A sheet with a problem is not stored, so it needs no results.
    guard problems.isEmpty else { return (sheet, choices) }
    sheet.results.reserveCapacity(entrySubjects.count)
    var next = [Int](repeating: 0, count: subjects.count)
    for subject in entrySubjects.lazy.map(Int.init) {
      let index = next[subject]
      next[subject] += 1
      guard kept[subject][index] else { continue }
      let placed = entries[subject][index]
      let mark = { (place: Int32) in marks[subject][Int(place)]!! }
      sheet.results.append(
        MonthlyResult(
          menteeID: sheet.people[Int(placed.person)].id, subject: subjects[subject],
          month: sheet.months[Int(placed.month)], target: mark(placed.target),
          workingAt: mark(placed.workingAt), predicted: mark(placed.predicted),
          effort: placed.effort, homework: placed.homework))
    }
    return (sheet, choices)
  }

  /// Adds the row's mentee, or checks and completes the one added before; returns the
  /// mentee's place in `sheet.people`.
  private mutating func addPerson(_ row: SheetRow, problems: inout [ImportProblem]) -> Int {
    let id = row.person.id
    let place: (index: Int, line: Int)
    if let last = lastPerson, last.id == id {
      place = (last.index, last.line)
      checkPerson(at: place.index, firstLine: place.line, against: row, problems: &problems)
    } else if let known = places[id] {
      place = known
      checkPerson(at: place.index, firstLine: place.line, against: row, problems: &problems)
    } else {
      place = (sheet.people.count, row.line)
      places[id] = place
      sheet.people.append(row.person)
    }
    lastPerson = (id, place.index, place.line)

    if let attendance = row.attendance, let month = row.month ?? layout.periods.last?.month {
      sheet.attendance[id, default: [:]][month] = attendance
    }
    return place.index
  }

  /// Notes a problem if a later row gives a known id another name, and fills the mentee's
  /// blank details from it.
  private mutating func checkPerson(
    at index: Int, firstLine: Int, against row: SheetRow, problems: inout [ImportProblem]
  ) {
    let known = sheet.people[index]
    let sameName =
      known.forename == row.person.forename && known.surname == row.person.surname
    if !sameName {
      let earlier = [known.forename, known.surname].filter { !$0.isEmpty }.joined(separator: " ")
      let name = row.displayName
      // Folding is slow and names repeat exactly on every row of a mentee.
      if !earlier.isEmpty, !name.isEmpty, earlier != name,
        School.fold(earlier) != School.fold(name)
      {
        let reason = ImportProblem.Reason.sameIDDifferentName(
          id: known.id, name: name, firstName: earlier, firstLine: firstLine)
        problems.append(ImportProblem(line: row.line, reason))
      }
    }
    let hasBlank =
      known.surname.isEmpty || known.forename.isEmpty || known.year.isEmpty
      || known.form.isEmpty || known.mentor.isEmpty
    if hasBlank { fillBlanks(of: &sheet.people[index], from: row.person) }
  }

  private func fillBlanks(of person: inout DataSheet.Person, from other: DataSheet.Person) {
    if person.surname.isEmpty { person.surname = other.surname }
    if person.forename.isEmpty { person.forename = other.forename }
    if person.year.isEmpty { person.year = other.year }
    if person.form.isEmpty { person.form = other.form }
    if person.mentor.isEmpty { person.mentor = other.mentor }
  }

  /// Adds the months of a row and its entries, in order of first appearance.
  private mutating func noteMonths(of row: SheetRow) {
    if let month = row.month { noteMonth(month) }
    for index in row.entries.indices { noteMonth(row.entries[index].month) }
  }

  /// Adds a month not seen before; returns its place in `sheet.months`.
  @discardableResult
  private mutating func noteMonth(_ month: String) -> Int32 {
    if let last = lastMonth, last.text == month { return last.place }
    let place: Int32
    if let known = monthPlaces[month] {
      place = known
    } else {
      place = Int32(sheet.months.count)
      monthPlaces[month] = place
      sheet.months.append(month)
    }
    lastMonth = (month, place)
    return place
  }

  /// The place of a subject, spelt as it first appears (case is ignored); a new subject is
  /// added.
  private mutating func subjectPlace(_ text: String) -> Int {
    if !subjectTexts.isEmpty {
      let next = (lastSubjectText + 1) % subjectTexts.count
      if subjectTexts[next] == text {
        lastSubjectText = next
        return subjectTextPlaces[next]
      }
      if subjectTexts[lastSubjectText] == text { return subjectTextPlaces[lastSubjectText] }
    }
    if subjectTexts.count <= Self.fewTexts {
      if let index = subjectTexts.firstIndex(of: text) {
        lastSubjectText = index
        return subjectTextPlaces[index]
      }
    } else if let place = subjectByText[text] {
      return place
    }
    let key = text.lowercased()
    let place: Int
    if let known = subjectByKey[key] {
      place = known
    } else {
      place = subjects.count
      subjectByKey[key] = place
      subjects.append(text)
      entries.append([])
    }
    subjectByText[text] = place
    lastSubjectText = subjectTexts.count
    subjectTexts.append(text)
    subjectTextPlaces.append(place)
    return place
  }

  /// The place of a grade text in `grades`, added if new.
  private mutating func gradePlace(_ text: String) -> Int32 {
    // A sheet has a handful of grades, found quicker by comparing than by hashing.
    if grades.count <= Self.fewTexts {
      // The reader gives each repeat of a text the same string, so most are found by
      // identity before any is compared.
      let index =
        grades.firstIndex { $0.isIdentical(to: text) } ?? grades.firstIndex(of: text)
      return index.map(Int32.init) ?? addGrade(text)
    }
    return gradePlaces[text] ?? addGrade(text)
  }

  /// How many distinct texts are looked up by comparing each rather than by hashing.
  private static let fewTexts = 16

  /// Adds a grade text not seen before; returns its place.
  private mutating func addGrade(_ text: String) -> Int32 {
    let place = Int32(grades.count)
    gradePlaces[text] = place
    grades.append(text)
    return place
  }

  /// The three grade texts of an entry.
  private func texts(of placed: Placed) -> [String] {
    [grades[Int(placed.target)], grades[Int(placed.workingAt)], grades[Int(placed.predicted)]]
  }

  /// The scale given for a subject, else the one its grades fit; when none fits, a problem
  /// with some of the grades that the nearest scale does not accept.
  private func chooseScale(
    for subject: String, _ entries: [Placed], problems: inout [ImportProblem]
  ) -> ImportReport.ScaleChoice? {
    if let given = options.givenScale(for: subject) {
      return ImportReport.ScaleChoice(subject: subject, scale: given, given: true)
    }

    // Each distinct grade once, in order of first appearance: detection looks at which
    // grades there are, not how often.
    var seen = [Bool](repeating: false, count: grades.count)
    var distinct: [String] = []
    func see(_ place: Int32) {
      guard !seen[Int(place)] else { return }
      seen[Int(place)] = true
      distinct.append(grades[Int(place)])
    }
    for placed in entries {
      see(placed.target)
      see(placed.workingAt)
      see(placed.predicted)
    }
    if let scale = GradeScale.detect(distinct) {
      return ImportReport.ScaleChoice(subject: subject, scale: scale, given: false)
    }

    distinct.removeAll { $0.isEmpty }
    var nearest = GradeScale.named[0]
    var most = -1
    for scale in GradeScale.named {
      let fitting = distinct.filter { Mark($0, on: scale) != nil }.count
      if fitting > most { (nearest, most) = (scale, fitting) }
    }

    let examples = Array(distinct.filter { Mark($0, on: nearest) == nil }.prefix(3))
    let line = entries.first { placed in
      examples.first.map(texts(of: placed).contains) ?? false
    }?.line
    problems.append(ImportProblem(line: line, .noScaleFits(subject: subject, examples: examples)))
    return nil
  }

  /// Reads the grades of one entry on its subject's scale, each distinct grade text once
  /// per subject (in `marks`); returns whether all three are on the scale, and notes a
  /// problem for each that is not.
  private func readMarks(
    of placed: Placed, subject: String, on scale: GradeScale, marks: inout [Mark??],
    problems: inout [ImportProblem]
  ) -> Bool {
    func mark(_ place: Int32) -> Mark? {
      let slot = Int(place)
      if marks[slot] == nil { marks[slot] = .some(Mark(grades[slot], on: scale)) }
      guard let mark = marks[slot]! else {
        let reason = ImportProblem.Reason.unknownGrade(
          grade: grades[slot], subject: subject, scale: scale)
        problems.append(ImportProblem(line: placed.line, reason))
        return nil
      }
      return mark
    }
    // All three are read, so that each grade off the scale is reported.
    let target = mark(placed.target)
    let workingAt = mark(placed.workingAt)
    let predicted = mark(placed.predicted)
    return target != nil && workingAt != nil && predicted != nil
  }
}

/// The first line of each mentee and month of one subject, to find a second row for the
/// same: in a list by key when the keys are not many more than the entries, which is
/// cheaper than hashing each, and in a dictionary otherwise.
private struct FirstLines {
  /// The line of each key, 0 for none.
  private var dense: [Int]
  private var sparse: [Int: Int] = [:]
  /// The keys noted in `dense`, to clear them again.
  private var noted: [Int] = []
  private let usesList: Bool

  /// Room for keys from 0 to `keys - 1`, for a sheet of `entries` entries.
  init(keys: Int, entries: Int) {
    usesList = keys <= 4 * max(entries, 1024)
    dense = usesList ? [Int](repeating: 0, count: keys) : []
  }

  /// The line noted for `key`, if any.
  func line(of key: Int) -> Int? {
    guard usesList else { return sparse[key] }
    let line = dense[key]
    return line == 0 ? nil : line
  }

  mutating func note(_ line: Int, of key: Int) {
    guard usesList else { return sparse[key] = line }
    dense[key] = line
    noted.append(key)
  }

  /// Forgets every line, for the next subject.
  mutating func clear() {
    sparse.removeAll(keepingCapacity: true)
    for key in noted { dense[key] = 0 }
    noted.removeAll(keepingCapacity: true)
  }
}
