/// What changed between two states of a school, kind by kind: the records added, changed
/// and removed. A dry run reports these for each command, and their sum at the end.
public struct SchoolChanges: Hashable, Sendable {
  /// The kinds of record compared, in the order reports name them.
  public enum Kind: String, CaseIterable, Sendable {
    case mentee, subject, month, result, intervention, meeting, escalation
    case staff = "member of staff"
    case carer = "parent or carer"
    case strategy
    case setting
    /// A saved column mapping, which the school does not hold: the shell notes these.
    case mapping = "column mapping"
  }

  /// The ids of records of one kind that were added, changed or removed.
  public struct Counts: Hashable, Sendable {
    public var added: [String] = []
    public var changed: [String] = []
    public var removed: [String] = []

    /// Whether nothing of this kind changed.
    public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }
  }

  /// The changes of each kind that changed.
  public private(set) var byKind: [Kind: Counts] = [:]

  /// No changes.
  public init() {}

  /// The changes that lead from `before` to `after`.
  public init(from before: School, to after: School) {
    compare(.mentee, before.mentees, after.mentees)
    compare(.subject, before.subjects, after.subjects)
    compare(.month, Self.keyed(before.months), Self.keyed(after.months))
    compare(.result, Self.results(of: before), Self.results(of: after))
    compare(.intervention, before.interventions, after.interventions)
    compare(.meeting, before.meetings, after.meetings)
    compare(.escalation, before.escalations, after.escalations)
    compare(.staff, before.staff, after.staff)
    compare(.carer, Self.carers(of: before), Self.carers(of: after))
    compare(.strategy, Self.numbered(before.strategies), Self.numbered(after.strategies))
    let names = Settings.names
    compare(
      .setting, Dictionary(uniqueKeysWithValues: names.map { ($0, before.settings.value(of: $0)) }),
      Dictionary(uniqueKeysWithValues: names.map { ($0, after.settings.value(of: $0)) }))
  }

  /// Notes changes the school in memory does not show, such as a saved column mapping.
  public mutating func note(_ kind: Kind, added: [String] = [], changed: [String] = []) {
    var counts = byKind[kind] ?? Counts()
    counts.added += added
    counts.changed += changed
    if !counts.isEmpty { byKind[kind] = counts }
  }

  /// Whether nothing changed.
  public var isEmpty: Bool { byKind.isEmpty }

  /// Adds the changes of a later step to these.
  public mutating func add(_ later: SchoolChanges) {
    for (kind, counts) in later.byKind {
      var sum = byKind[kind] ?? Counts()
      sum.added += counts.added
      sum.changed += counts.changed.filter { !sum.added.contains($0) && !sum.changed.contains($0) }
      sum.removed += counts.removed
      byKind[kind] = sum
    }
  }

  private mutating func compare<Value: Equatable>(
    _ kind: Kind, _ before: [String: Value], _ after: [String: Value]
  ) {
    var counts = Counts()
    for (key, value) in after {
      if let old = before[key] {
        if old != value { counts.changed.append(key) }
      } else {
        counts.added.append(key)
      }
    }
    counts.removed = before.keys.filter { after[$0] == nil }
    counts.added.sort(by: School.idOrder)
    counts.changed.sort(by: School.idOrder)
    counts.removed.sort(by: School.idOrder)
    if !counts.isEmpty { byKind[kind] = counts }
  }

  private static func keyed(_ months: [String]) -> [String: Bool] {
    Dictionary(months.map { ($0, true) }, uniquingKeysWith: { first, _ in first })
  }

  /// Each parent or carer, by mentee and name, so that each counts on its own.
  private static func carers(of school: School) -> [String: Carer] {
    Dictionary(
      school.carers.values.joined().map { ("\($0.menteeID) \($0.name)", $0) },
      uniquingKeysWith: { first, _ in first })
  }

  /// The strategies by their number in the library, as `suggest` shows them.
  private static func numbered(_ strategies: [Strategy]) -> [String: Strategy] {
    Dictionary(
      uniqueKeysWithValues: strategies.enumerated().map { ("\($0.offset + 1)", $0.element) })
  }

  private static func results(of school: School) -> [String: MonthlyResult] {
    Dictionary(
      school.allResults().map { ("\($0.menteeID) \($0.subject) \($0.month)", $0) },
      uniquingKeysWith: { first, _ in first })
  }
}

extension School {
  /// Orders ids such as `I2` before `I10`, and other text by its characters.
  static func idOrder(_ left: String, _ right: String) -> Bool {
    (number(left), left) < (number(right), right)
  }
}
