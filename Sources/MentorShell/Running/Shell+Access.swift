import MentorModel

/// The one place where roles are checked: every command, typed, scripted, sourced, in a
/// loop, from `-c` or from the init file, passes through `authorise` before it runs.
extension Shell {
  /// The standing of the person at the keyboard in the school as it is now.
  var standing: Standing {
    let user = options.user
    return readingSchool { $0.standing(of: user) }
  }

  /// Throws the refusal when the person at the keyboard may not run a command with these
  /// arguments; a record the first word does not name is left to the command to report.
  func authorise(_ command: Command, _ arguments: Arguments) throws(ShellError) {
    guard let access = command.access else { throw .noAccessRule(command.name) }
    let standing = standing
    if access == .anyone || standing.actsAsProgressLeader { return }
    let leaders = school.progressLeaderNames
    guard let member = standing.member else {
      throw .notOnStaffList(options.user, leaders: leaders)
    }
    switch access {
    case .anyone, .staff:
      return
    case .schoolSetting:
      if arguments.words.count < 2 || arguments.flag("session") { return }
      throw .onlyLeaderSetsSchool(leaders: leaders)
    case .progressLeader:
      throw .onlyProgressLeader(command: command.name, leaders: leaders)
    case .mentee, .meetingMentee:
      let meeting = access == .meetingMentee ? meetingWith.flatMap { school.mentees[$0] } : nil
      let typed = arguments.word(0)
      guard let mentee = meeting ?? typed.flatMap({ try? self.mentee($0) }),
        !school.isMentor(member, of: mentee)
      else { return }
      // The mentee as typed, or by id in a meeting: standard error may be kept in a log,
      // and another mentor's mentee's id is not the person's to learn.
      let named = meeting == nil ? typed.map { "'\($0)'" } : nil
      throw .othersMentee(
        record: nil, named ?? mentioned(mentee), mentor: mentee.mentor, leaders)
    case .intervention:
      guard let found = arguments.word(0).flatMap({ try? interventionToChange($0) }),
        !school.involves(found, member)
      else { return }
      throw othersRecord(found.id, menteeID: found.menteeID, leaders)
    case .escalation:
      guard let found = arguments.word(0).flatMap({ try? escalationToChange($0) }),
        !school.involves(found, member)
      else { return }
      throw othersRecord(found.id, menteeID: found.menteeID, leaders)
    case .ownCaseload:
      let words = arguments.words.joined(separator: " ")
      let named = words.isEmpty ? nil : school.staffMember(named: words)
      if let named, named.name != member.name {
        throw .othersCaseload(named.name, leaders: leaders)
      }
      let ownAsked = words.isEmpty || named != nil
      if ownAsked, !member.roles.contains(.mentor) { throw .noCaseload(leaders: leaders) }
    }
  }

  /// The refusal of a record about someone else's mentee, who is named by id: only the
  /// record's id was typed, and standard error may be kept in a log.
  private func othersRecord(_ id: String, menteeID: String, _ leaders: [String]) -> ShellError {
    let mentor = school.mentees[menteeID]?.mentor ?? ""
    return .othersMentee(record: id, menteeID, mentor: mentor, leaders)
  }

  /// Who the person at the keyboard is taken to be, for the prompt's opening lines.
  var standingLine: String {
    switch standing {
    case .settingUp:
      return "No staff list names a Progress Leader yet, so you act as the Progress Leader"
        + " until 'load staff' reads one."
    case .staff(let member):
      let roles = StaffMember.Role.allCases.filter(member.roles.contains).map(\.rawValue)
      return "You are \(member.name) (\(roles.joined(separator: ", ")))."
    case .unknown:
      return ShellError.notOnStaffList(options.user, leaders: school.progressLeaderNames)
        .message + "."
    }
  }

  /// Whether the person at the keyboard may see a mentee's data, not only their name.
  func maySee(_ mentee: Mentee) -> Bool {
    acts { school.isMentor($0, of: mentee) }
  }

  /// Whether the person at the keyboard may see an intervention: it involves them.
  func maySee(_ intervention: Intervention) -> Bool {
    acts { school.involves(intervention, $0) }
  }

  /// Whether the person at the keyboard may see an escalation: it involves them.
  func maySee(_ escalation: Escalation) -> Bool {
    acts { school.involves(escalation, $0) }
  }

  /// Whether the person at the keyboard acts as the Progress Leader, or is a member of
  /// staff for whom `test` holds.
  private func acts(_ test: (StaffMember) -> Bool) -> Bool {
    let standing = standing
    return standing.actsAsProgressLeader || standing.member.map(test) == true
  }
}
