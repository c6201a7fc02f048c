/// Who the person at the keyboard is to the school, which decides what they may do.
public enum Standing: Hashable, Sendable {
  /// No staff list names a Progress Leader yet: whoever sets the school up acts as one.
  case settingUp
  /// A member of staff on the list.
  case staff(StaffMember)
  /// Someone the staff list does not name.
  case unknown

  /// The member of staff, when the person is on the list.
  public var member: StaffMember? {
    if case .staff(let member) = self { return member }
    return nil
  }

  /// Whether the person may do everything: the Progress Leader, or whoever sets up a
  /// school whose staff list names no Progress Leader yet.
  public var actsAsProgressLeader: Bool {
    switch self {
    case .settingUp: return true
    case .staff(let member): return member.roles.contains(.progressLeader)
    case .unknown: return false
    }
  }
}

extension School {
  /// The standing of the person a user name means.
  ///
  /// While no member of staff is a Progress Leader (a new school, or a staff list without
  /// one), everybody is setting up. Otherwise the name means the member of staff
  /// `staffMember(meantBy:)` finds; a name that fits nobody, or more than one, is unknown.
  public func standing(of user: String) -> Standing {
    guard staff.values.contains(where: { $0.roles.contains(.progressLeader) }) else {
      return .settingUp
    }
    return staffMember(meantBy: user).map(Standing.staff) ?? .unknown
  }

  /// The member of staff a user name (`--as`, `MENTOR_USER` or the login name) means:
  /// whose name it is (ignoring case and accents), else whose email it is, else whose
  /// email starts with it before the `@` (a login name such as `osei`); nil when it fits
  /// nobody, or more than one.
  public func staffMember(meantBy user: String) -> StaffMember? {
    if let member = staff[user] { return member }
    let key = Self.fold(user)
    guard !key.isEmpty else { return nil }
    let byName = staff.values.filter { Self.fold($0.name) == key }
    if byName.count == 1 { return byName[0] }
    let byEmail = staff.values.filter { Self.fold($0.email) == key }
    if byEmail.count == 1 { return byEmail[0] }
    // Shortcoming: a login name that is not the start of the member's email (`jsmith2` for
    // j.smith@...) fits nobody; such a person uses --as or MENTOR_USER. A mapping of login
    // names kept in the database would need a table, a command and a migration of its own.
    let byLogin = staff.values.filter {
      $0.email.split(separator: "@").first.map { Self.fold(String($0)) } == key
    }
    return byLogin.count == 1 ? byLogin[0] : nil
  }

  /// The names of the Progress Leaders on the staff list, sorted.
  public var progressLeaderNames: [String] {
    staff.values.filter { $0.roles.contains(.progressLeader) }.map(\.name).sorted()
  }

  /// Whether a member of staff is the mentor of a mentee.
  public func isMentor(_ member: StaffMember, of mentee: Mentee) -> Bool {
    !mentee.mentor.isEmpty && staffMember(named: mentee.mentor)?.name == member.name
  }

  /// Whether an intervention involves a member of staff: they carry it out, or they are
  /// the mentor of its mentee.
  public func involves(_ intervention: Intervention, _ member: StaffMember) -> Bool {
    if let name = intervention.staff, staffMember(named: name)?.name == member.name {
      return true
    }
    return mentees[intervention.menteeID].map { isMentor(member, of: $0) } ?? false
  }

  /// Whether an escalation involves a member of staff: they raised it, it goes to them,
  /// or they are the mentor of its mentee.
  public func involves(_ escalation: Escalation, _ member: StaffMember) -> Bool {
    if staffMember(named: escalation.raisedBy)?.name == member.name { return true }
    if case .staff(let name) = escalation.recipient,
      staffMember(named: name)?.name == member.name
    {
      return true
    }
    return mentees[escalation.menteeID].map { isMentor(member, of: $0) } ?? false
  }
}
