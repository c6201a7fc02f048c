/// Interventions, meetings and escalations: ids, lookups and the "not working" rule.
extension School {
  /// The next free id with a prefix: `I1`, `I2`... for interventions, `M` meetings,
  /// `E` escalations.
  public func nextID(_ prefix: String) -> String {
    let used: [String]
    switch prefix {
    case "I": used = Array(interventions.keys)
    case "M": used = Array(meetings.keys)
    default: used = Array(escalations.keys)
    }
    let highest = used.compactMap { Int($0.dropFirst(prefix.count)) }.max() ?? 0
    return "\(prefix)\(highest + 1)"
  }

  /// A mentee's interventions, oldest first.
  public func interventions(of menteeID: String) -> [Intervention] {
    interventions.values.filter { $0.menteeID == menteeID }
      .sorted { ($0.agreedAt, Self.number($0.id)) < ($1.agreedAt, Self.number($1.id)) }
  }

  /// The meeting with a mentee that has not been ended, if any.
  public func openMeeting(of menteeID: String) -> Meeting? {
    meetings.values.filter { $0.menteeID == menteeID && $0.isOpen }
      .max { $0.openedAt < $1.openedAt }
  }

  /// A mentee's latest meeting, open or ended.
  public func latestMeeting(of menteeID: String) -> Meeting? {
    meetings.values.filter { $0.menteeID == menteeID }
      .max { ($0.openedAt, Self.number($0.id)) < ($1.openedAt, Self.number($1.id)) }
  }

  /// The chain of interventions that led to this one, oldest first, ending with it.
  public func revisionChain(of id: String) -> [Intervention] {
    var chain: [Intervention] = []
    var next = interventions[id]
    while let current = next, !chain.contains(where: { $0.id == current.id }) {
      chain.insert(current, at: 0)
      next = current.replaces.flatMap { interventions[$0] }
    }
    return chain
  }

  /// Why an open intervention is not working, judged on the latest month, or nil.
  ///
  /// Not working when its subject's current grade has not risen since the month it was
  /// agreed in (for one without a subject: the number of subjects below target has not
  /// fallen). A review date that has passed is not a reason: it makes the review due
  /// (`Intervention.isReviewDue`), a reason to check rather than proof that it fails.
  public func notWorkingReason(of intervention: Intervention) -> String? {
    guard intervention.state.isOpen, intervention.state != .working else { return nil }
    guard let latest = latestMonth(of: intervention.menteeID), latest != intervention.month
    else { return nil }
    if let subject = intervention.subject, let scale = subjects[subject] {
      let grade = { (month: String) in
        self.result(of: intervention.menteeID, in: subject, month: month)?
          .current(self.settings.currentGrade).position(on: scale)
      }
      guard let before = grade(intervention.month), let now = grade(latest) else { return nil }
      return now > before ? nil : "\(subject) has not improved since \(intervention.month)"
    }
    let under = { (month: String) in
      self.feedback(for: intervention.menteeID, month: month)?.flags.subjectsUnderTarget
    }
    guard let before = under(intervention.month), let now = under(latest) else { return nil }
    return now < before ? nil : "no fewer subjects below target since \(intervention.month)"
  }

  /// The number in an id such as `I12`, for sorting.
  ///
  /// An ASCII id, as every id given here is, is read byte by byte: testing each character
  /// for a letter cost each new id some 1,500 instructions.
  public static func number(_ id: String) -> Int {
    let bytes = id.utf8
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return Int(id.drop(while: \.isLetter)) ?? 0 }
    let digits = bytes.firstIndex { ($0 | 0x20) < 0x61 || ($0 | 0x20) > 0x7A } ?? bytes.endIndex
    return Int(id[digits...]) ?? 0
  }
}
