extension Command {
  /// Who may run a command, declared with it like its help and checked by the shell in
  /// one place before it runs (`Shell.authorise`), for every way a line arrives.
  ///
  /// The Progress Leader, and whoever sets up a school whose staff list names no Progress
  /// Leader yet, may run everything. A person the staff list does not name may run only
  /// `anyone` commands. A new command takes one line, such as `access: .progressLeader,`.
  enum Access: String, CaseIterable, Sendable {
    /// Anyone: help, variables, scripts and loops (whose commands are checked one by one).
    case anyone
    /// Any member of staff; the command shows each only what is theirs, and others'
    /// mentees as names.
    case staff
    /// The mentee the first word names: their mentor.
    case mentee
    /// The mentee of this session's open meeting, else the one the first word names:
    /// their mentor.
    case meetingMentee
    /// The intervention the first word names: its mentee's mentor and the staff it names.
    case intervention
    /// The escalation the first word names: who raised it, the member of staff it goes
    /// to and its mentee's mentor.
    case escalation
    /// The report of the mentor the first word names, else of the person at the keyboard:
    /// that mentor.
    case ownCaseload
    /// Reading settings, or changing one for this session (`--session`): any member of
    /// staff; changing the school's: the Progress Leader.
    case schoolSetting
    /// School-wide changes and records: the Progress Leader only.
    case progressLeader

    /// Who may run a command with this rule, for its help page.
    var who: String {
      switch self {
      case .anyone: return "anyone, on the staff list or not"
      case .staff: return "any member of staff, each seeing only what involves them"
      case .mentee, .meetingMentee: return "the mentee's mentor and the Progress Leader"
      case .intervention:
        return "its mentee's mentor, the member of staff it names, and the Progress Leader"
      case .escalation:
        return "who raised it, whom it goes to, its mentee's mentor, and the Progress Leader"
      case .ownCaseload: return "a mentor, for their own caseload; the Progress Leader, for any"
      case .schoolSetting:
        return "any member of staff to read or with --session; else the Progress Leader"
      case .progressLeader: return "the Progress Leader only"
      }
    }
  }
}
