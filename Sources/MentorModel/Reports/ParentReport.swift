/// How parents were brought in during one calendar month.
public struct ParentFigure: Hashable, Sendable {
  /// The calendar month, as `YYYY-MM`.
  public var month: String
  /// Interventions of the Parent category agreed in the month.
  public var interventions = 0
  /// Escalations to parents raised in the month.
  public var escalations = 0
  /// Escalations to parents whose message went to the parents in the month: one for each
  /// escalation, however many parents and carers it went to.
  public var sent = 0

  public init(month: String) {
    self.month = month
  }
}

extension School {
  /// Parent interventions agreed, escalations to parents raised and escalations sent to
  /// parents, by the calendar month each happened in, oldest first.
  public func parentReport() -> [ParentFigure] {
    var figures: [String: ParentFigure] = [:]
    func add(_ time: String, _ change: (inout ParentFigure) -> Void) {
      let month = String(time.prefix(7))
      change(&figures[month, default: ParentFigure(month: month)])
    }
    for intervention in interventions.values where intervention.category == .parent {
      add(intervention.agreedAt) { $0.interventions += 1 }
    }
    for escalation in escalations.values where escalation.recipient == .parent {
      add(escalation.raisedAt) { $0.escalations += 1 }
      if let sent = escalation.notifiedAt { add(sent) { $0.sent += 1 } }
    }
    return figures.keys.sorted().compactMap { figures[$0] }
  }
}
