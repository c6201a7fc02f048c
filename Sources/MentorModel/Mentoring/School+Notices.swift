/// Who must be told about each intervention and escalation: the rules behind `notify`.
extension School {
  /// Interventions agreed and not yet communicated to whoever carries them out; none of
  /// a mentee whose personal data was erased, since nobody is to act on them now.
  public var interventionsToCommunicate: [Intervention] {
    interventions.values.filter { $0.state == .agreed && !isErased($0.menteeID) }
      .sorted { Self.number($0.id) < Self.number($1.id) }
  }

  /// Open escalations whose recipient has not been sent a message yet; none of a mentee
  /// whose personal data was erased.
  public var escalationsToSend: [Escalation] {
    escalations.values.filter { $0.awaitsMessage && !isErased($0.menteeID) }
      .sorted { Self.number($0.id) < Self.number($1.id) }
  }

  /// Whether the mentee with this id (or anonymous key) had their personal data erased.
  func isErased(_ menteeID: String) -> Bool {
    mentees[menteeID]?.isErased == true
  }

  /// Everything waiting to be sent: each agreed intervention and each escalation that
  /// awaits its message.
  public var pendingNotices: NoticePlan {
    noticePlan(interventions: interventionsToCommunicate, escalations: escalationsToSend)
  }

  /// The messages that tell the right people about these interventions and escalations.
  ///
  /// An intervention goes to the member of staff it names, or, when it names nobody, to
  /// the mentee's mentor as the staff list has them. An escalation goes to every Progress
  /// Leader, to every parent or carer of the mentee, or to the member of staff it names.
  /// Each recipient gets one notice with all that is theirs; a recipient is known by their
  /// e-mail address, so a parent of two mentees gets one notice about both. Anyone without
  /// a usable address gets nothing, and the plan says so.
  public func noticePlan(interventions: [Intervention], escalations: [Escalation])
    -> NoticePlan
  {
    var notices: [String: NoticePlan.Notice] = [:]
    var missed: [NoticePlan.Shortfall] = []

    for intervention in interventions {
      let (people, problems) = carriersOut(of: intervention)
      missed += shortfalls(
        problems, item: intervention.id, mentee: intervention.menteeID,
        reachedNobody: people.isEmpty)
      for person in people {
        let key = person.address.text.lowercased()
        notices[key, default: .init(recipient: person)].interventions.append(intervention)
        if intervention.staff == nil { notices[key]?.asMentor.insert(intervention.id) }
      }
    }

    for escalation in escalations {
      let (people, problems) = recipients(of: escalation)
      missed += shortfalls(
        problems, item: escalation.id, mentee: escalation.menteeID,
        reachedNobody: people.isEmpty)
      for person in people {
        notices[person.address.text.lowercased(), default: .init(recipient: person)]
          .escalations.append(escalation)
      }
    }

    let sorted = notices.values.map { notice in
      var notice = notice
      notice.interventions.sort { left, right in
        (menteeSortKey(left.menteeID), Self.number(left.id))
          < (menteeSortKey(right.menteeID), Self.number(right.id))
      }
      notice.escalations.sort { Self.number($0.id) < Self.number($1.id) }
      return notice
    }.sorted {
      (Self.fold($0.recipient.name), $0.recipient.address.text)
        < (Self.fold($1.recipient.name), $1.recipient.address.text)
    }
    return NoticePlan(notices: sorted, shortfalls: missed)
  }

  /// The member of staff a name means: the name as the staff list holds it, else the one
  /// whose name matches ignoring case and accents, else the only one with that word in
  /// their name (`Fletcher` for Mrs Fletcher). Nil when nobody, or more than one, fits.
  public func staffMember(named name: String) -> StaffMember? {
    if let member = staff[name] { return member }
    let key = Self.fold(name)
    let same = staff.values.filter { Self.fold($0.name) == key }
    if same.count == 1 { return same[0] }
    let close = staff.values.filter { Self.mentor($0.name, matches: name) }
    return close.count == 1 ? close[0] : nil
  }

  /// The person who carries out an intervention: the member of staff it names, else the
  /// mentee's mentor; or the problems that leave nobody.
  private func carriersOut(of intervention: Intervention)
    -> ([NoticePlan.Recipient], [NoticePlan.Problem])
  {
    if let name = intervention.staff {
      guard let member = staffMember(named: name) else { return ([], [.staffNotInList(name)]) }
      return reach(member)
    }
    let mentor = mentees[intervention.menteeID]?.mentor ?? ""
    guard !mentor.isEmpty else { return ([], [.noMentor]) }
    guard let member = staffMember(named: mentor) else { return ([], [.mentorNotInList(mentor)]) }
    return reach(member)
  }

  /// The people an escalation goes to, and the problems that keep it from any of them.
  private func recipients(of escalation: Escalation)
    -> ([NoticePlan.Recipient], [NoticePlan.Problem])
  {
    var people: [NoticePlan.Recipient] = []
    var problems: [NoticePlan.Problem] = []
    switch escalation.recipient {
    case .progressLeader:
      let leaders = staff.values.filter { $0.roles.contains(.progressLeader) }
        .sorted { $0.name < $1.name }
      if leaders.isEmpty { problems.append(.noProgressLeader) }
      for leader in leaders {
        let (found, missing) = reach(leader)
        people += found
        problems += missing
      }
    case .parent:
      let carers = self.carers[escalation.menteeID] ?? []
      if carers.isEmpty { problems.append(.noCarers) }
      for carer in carers {
        let (found, missing) = reach(name: carer.name, email: carer.email, kind: .carer)
        people += found
        problems += missing
      }
    case .staff(let name):
      guard let member = staffMember(named: name) else { return ([], [.staffNotInList(name)]) }
      return reach(member)
    }
    return (people, problems)
  }

  /// A member of staff as a recipient, or why they cannot be one.
  private func reach(_ member: StaffMember) -> ([NoticePlan.Recipient], [NoticePlan.Problem]) {
    reach(name: member.name, email: member.email, kind: .staff)
  }

  /// A person as a recipient, or why they cannot be one: no address, or a bad one.
  private func reach(name: String, email: String, kind: NoticePlan.Recipient.Kind)
    -> ([NoticePlan.Recipient], [NoticePlan.Problem])
  {
    let carer = kind == .carer
    guard !email.isEmpty else { return ([], [carer ? .carerNoAddress : .noAddress(name: name)]) }
    guard let address = EmailAddress(email) else {
      return ([], [carer ? .carerBadAddress : .badAddress(name: name, address: email)])
    }
    return ([NoticePlan.Recipient(name: name, address: address, kind: kind)], [])
  }

  /// Problems about one item, as shortfalls.
  private func shortfalls(
    _ problems: [NoticePlan.Problem], item: String, mentee: String, reachedNobody: Bool
  ) -> [NoticePlan.Shortfall] {
    problems.map {
      NoticePlan.Shortfall(
        itemID: item, menteeID: mentee, problem: $0, reachedNobody: reachedNobody)
    }
  }

  /// How a mentee sorts in a notice: by surname and forename, ignoring case and accents.
  private func menteeSortKey(_ id: String) -> String {
    Self.fold(mentees[id]?.sortName ?? id) + "\u{0}" + id
  }
}
