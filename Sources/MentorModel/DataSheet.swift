/// One data sheet read and checked, ready to be stored and added to the school.
///
/// The importer builds it; nothing of it reaches the school or the database until the whole
/// file has been read without a problem.
public struct DataSheet: Sendable {
  /// What the sheet says about one mentee; blank fields leave what is known alone.
  public struct Person: Hashable, Sendable {
    public var id: String
    public var surname = ""
    public var forename = ""
    public var year = ""
    public var form = ""
    public var mentor = ""

    public init(id: String) {
      self.id = id
    }
  }

  /// The sheet's name: its file name, so that loading it again replaces it.
  public var name: String
  /// Mentees in the order of the file.
  public var people: [Person] = []
  /// Attendance in percent, by mentee id and month.
  public var attendance: [String: [String: Double]] = [:]
  /// Every result the sheet holds.
  public var results: [MonthlyResult] = []
  /// The scale chosen for each subject.
  public var scales: [String: GradeScale] = [:]
  /// The months or periods it covers, in the order of the file.
  public var months: [String] = []

  /// Creates an empty sheet.
  public init(name: String) {
    self.name = name
  }
}

extension School {
  /// Adds a checked data sheet: new mentees, changed details, results, scales and months.
  ///
  /// Results of an earlier load of the same sheet and months must be removed first with
  /// `removeResults`; results of the same mentee, subject and month are replaced.
  public mutating func add(_ sheet: DataSheet) {
    addDetails(of: sheet)
    // Results come in runs of one mentee; each run is put at once.
    var start = sheet.results.startIndex
    while start < sheet.results.endIndex {
      let id = sheet.results[start].menteeID
      var end = start + 1
      while end < sheet.results.endIndex && sheet.results[end].menteeID == id { end += 1 }
      put(sheet.results[start..<end], of: id)
      start = end
    }
  }

  /// Adds what a checked data sheet says besides its results: new mentees, changed
  /// details, scales and months.
  public mutating func addDetails(of sheet: DataSheet) {
    for person in sheet.people {
      var mentee = mentees[person.id] ?? Mentee(id: person.id)
      if !person.surname.isEmpty { mentee.surname = person.surname }
      if !person.forename.isEmpty { mentee.forename = person.forename }
      if !person.year.isEmpty { mentee.year = person.year }
      if !person.form.isEmpty { mentee.form = person.form }
      if !person.mentor.isEmpty { mentee.mentor = person.mentor }
      mentee.attendance.merge(sheet.attendance[person.id] ?? [:]) { $1 }
      put(mentee)
    }
    for (subject, scale) in sheet.scales {
      setScale(scale, for: subject)
    }
    for month in sheet.months {
      addMonth(month)
    }
  }

  /// Removes results, for example those of an earlier load of a sheet being replaced.
  public mutating func removeResults(_ keys: [ResultKey]) {
    for key in keys {
      removeResult(of: key.menteeID, in: key.subject, month: key.month)
    }
  }
}

/// The identity of a result: mentee, subject and month.
public struct ResultKey: Hashable, Sendable {
  public var menteeID: String
  public var subject: String
  public var month: String

  public init(menteeID: String, subject: String, month: String) {
    self.menteeID = menteeID
    self.subject = subject
    self.month = month
  }
}
