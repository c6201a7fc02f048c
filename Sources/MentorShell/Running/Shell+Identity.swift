import MentorModel

/// Who a change is recorded as made by: one name for one person, however they named
/// themselves at the keyboard.
extension Shell {
  /// The name a change, meeting, escalation or export is recorded under: the name of the
  /// member of staff the user name means (`--as Patel`, `MENTOR_USER=patel@...` and the
  /// login `patel` are all "Ms Patel"), else, before a staff list names them, the name as
  /// typed.
  // Shortcoming: rows recorded before changes were recorded under the staff list's name
  // keep the name as it was typed (`patel@...`, `osei`): the audit is append-only and no
  // migration rewrites it. `audit WHO` finds them by any of a person's names, but history,
  // `list meetings` and a training copy still show such a person under several names.
  ///
  /// Worked out again only when the user name or the staff list changed: every change asks
  /// for it, and matching the name against the staff list folds every member's name.
  var userName: String {
    if let found = userNameFound, found.user == options.user, found.staff == school.staff {
      return found.name
    }
    let name = school.staffMember(meantBy: options.user)?.name ?? options.user
    userNameFound = (options.user, school.staff, name)
    return name
  }

  /// Whether a change recorded as made by `recorded` was made by the person `typed` names.
  ///
  /// `typed` matches as `--as` does (a member's name, email or login name), so
  /// `audit patel@demo-school.example` finds Ms Patel's changes, including any recorded
  /// under another spelling of her name before changes were recorded under the staff
  /// list's name; otherwise the recorded name or one word of it.
  func recorded(_ recorded: String, isBy typed: String) -> Bool {
    if School.mentor(recorded, matches: typed) { return true }
    guard let member = school.staffMember(meantBy: typed) else { return false }
    return recorded == member.name || school.staffMember(meantBy: recorded)?.name == member.name
  }
}
