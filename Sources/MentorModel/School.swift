/// The whole of one school's mentoring data, held in memory.
///
/// The shell keeps one `School` and changes it only after the store has written the same
/// change to the database, so what is in memory is always what the file holds.
public struct School: Sendable {
  /// How the school judges its data.
  public var settings = Settings()
  /// Every mentee, by id.
  public private(set) var mentees: [String: Mentee] = [:]
  /// Every subject loaded, with the scale its grades are written on.
  public private(set) var subjects: [String: GradeScale] = [:]
  /// Months and periods loaded, oldest first.
  public private(set) var months: [String] = []
  /// Results by mentee id, then subject, then month, of each mentee whose results were
  /// changed in memory or all read at once; a mentee with an entry here has all of their
  /// results here.
  private var results: [String: [String: [String: MonthlyResult]]] = [:]
  /// The results still on disk, read when first needed; nil when all are in `results`.
  private var stored: StoredResults?
  /// The mentees' names folded for finding and completing, built when first needed.
  private(set) var nameIndex = NameIndex()
  /// Interventions by id.
  public var interventions: [String: Intervention] = [:]
  /// Meetings by id.
  public var meetings: [String: Meeting] = [:]
  /// Escalations by id.
  public var escalations: [String: Escalation] = [:]
  /// Staff by name.
  public var staff: [String: StaffMember] = [:]
  /// Parents and carers, by mentee id.
  public var carers: [String: [Carer]] = [:]
  /// The strategy library `suggest` draws on.
  public var strategies: [Strategy] = Strategy.seed

  /// Creates an empty school.
  public init() {}

  /// The latest month loaded.
  public var latestMonth: String? { months.last }

  /// The month before `month` in the order loaded, if any.
  public func month(before month: String) -> String? {
    guard let index = months.firstIndex(of: month), index > 0 else { return nil }
    return months[index - 1]
  }

  /// Mentees sorted by surname, forename and id, ignoring case and accents.
  public var menteesByName: [Mentee] {
    let keyed = mentees.values.map { (name: Self.fold($0.sortName), mentee: $0) }
    return keyed.sorted { ($0.name, $0.mentee.id) < ($1.name, $1.mentee.id) }.map(\.mentee)
  }

  /// Leaves the results in `source` on disk until a command needs them: `show mentee`
  /// then reads one mentee's, `list mentees` reads them all once.
  public mutating func keepResults(in source: any ResultSource) {
    results = [:]
    stored = StoredResults(source)
  }

  /// Why reading results from disk last failed, if it did since this was last asked; the
  /// shell reports it, since a read that fails shows a mentee with fewer results.
  public func takeResultReadFailure() -> String? {
    stored?.takeFailure()
  }

  /// The number of results held.
  public var resultCount: Int {
    everyMentee().values.reduce(0) { total, bySubject in
      total + bySubject.values.reduce(0) { $0 + $1.count }
    }
  }

  /// The results of one mentee, by subject then month.
  public func results(of menteeID: String) -> [String: [String: MonthlyResult]] {
    if let held = results[menteeID] { return held }
    return stored?.results(of: menteeID, scales: subjects) ?? [:]
  }

  /// Whether a mentee has any result in a month, asking the disk about that month alone.
  func hasResults(of menteeID: String, in month: String) -> Bool {
    if let held = results[menteeID] { return held.values.contains { $0[month] != nil } }
    return stored?.hasResults(of: menteeID, in: month) ?? false
  }

  /// One result, if recorded.
  public func result(of menteeID: String, in subject: String, month: String) -> MonthlyResult? {
    results(of: menteeID)[subject]?[month]
  }

  /// Every result of a subject, or of all subjects when `subject` is nil.
  public func allResults(in subject: String? = nil) -> [MonthlyResult] {
    var found: [MonthlyResult] = []
    for bySubject in everyMentee().values {
      for (name, byMonth) in bySubject where subject == nil || name == subject {
        found.append(contentsOf: byMonth.values)
      }
    }
    return found
  }

  /// The results of every mentee: those changed in memory over those on disk.
  private func everyMentee() -> [String: [String: [String: MonthlyResult]]] {
    guard let stored else { return results }
    return stored.all(scales: subjects).merging(results) { _, held in held }
  }

  /// Brings a mentee's results from disk into memory before one of them changes.
  private mutating func hold(_ menteeID: String) {
    guard results[menteeID] == nil else { return }
    results[menteeID] = stored?.results(of: menteeID, scales: subjects) ?? [:]
  }

  /// Sets every mentee at once, as the store reads them.
  public mutating func setMentees(_ all: [String: Mentee]) {
    mentees = all
    nameIndex = NameIndex()
  }

  /// Adds or replaces a mentee.
  public mutating func put(_ mentee: Mentee) {
    mentees[mentee.id] = mentee
    nameIndex = NameIndex()
  }

  /// Records the scale of a subject.
  public mutating func setScale(_ scale: GradeScale, for subject: String) {
    subjects[subject] = scale
  }

  /// Adds a month if new: calendar months in date order, other periods in the order loaded.
  public mutating func addMonth(_ month: String) {
    guard !months.contains(month) else { return }
    if Month.isCalendar(month),
      let later = months.firstIndex(where: { Month.isCalendar($0) && $0 > month })
    {
      months.insert(month, at: later)
    } else {
      months.append(month)
    }
  }

  /// Sets the order of months as the store keeps it.
  public mutating func setMonths(_ ordered: [String]) {
    months = ordered
  }

  /// Adds or replaces a result.
  public mutating func put(_ result: MonthlyResult) {
    hold(result.menteeID)
    results[result.menteeID, default: [:]][result.subject, default: [:]][result.month] = result
  }

  /// Adds or replaces results, all of the mentee `menteeID`.
  public mutating func put(_ some: ArraySlice<MonthlyResult>, of menteeID: String) {
    hold(menteeID)
    Self.put(some, into: &results[menteeID, default: [:]])
  }

  /// Puts results into one mentee's results, by subject then month.
  private static func put(
    _ some: ArraySlice<MonthlyResult>, into bySubject: inout [String: [String: MonthlyResult]]
  ) {
    for result in some {
      bySubject[result.subject, default: [:]][result.month] = result
    }
  }

  /// Removes a result.
  public mutating func removeResult(of menteeID: String, in subject: String, month: String) {
    hold(menteeID)
    results[menteeID]?[subject]?[month] = nil
  }
}
