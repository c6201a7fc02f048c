import MentorModel

/// Reads the filter words of `list interventions` and `for each intervention`:
/// `state open category student subject Maths overdue`...
///
/// Like the mentee filter, each condition is a keyword and a value, with `where` and `and`
/// free to stand between them; `overdue`, `not-working` and `review-due` stand alone.
/// `state` may be given more than once, to admit any of the states named; `open` is every
/// state but revised and closed.
enum InterventionFilterWords {
  /// The keywords, for help and completion.
  static let keywords = [
    "state", "category", "subject", "staff", "mentor", "mentee", "overdue", "not-working",
    "review-due",
  ]

  /// The filter the words describe, checked against the school: the mentee named is found,
  /// a subject is a loaded one (whole, or the start of one name), and a `staff` or `mentor`
  /// name that fits nobody is a typing slip to report, not an empty list.
  static func parse(_ words: [String], in shell: Shell) throws(ShellError) -> InterventionFilter {
    var (filter, who) = try parse(words)
    if let who { filter.menteeID = try shell.mentee(who).id }
    if let subject = filter.subject { filter.subject = try shell.subject(subject) }
    let school = shell.school
    let mentors = school.mentees.values.map(\.mentor)
    if let staff = filter.staff,
      !(school.staff.values.map(\.name) + mentors).contains(where: {
        School.mentor($0, matches: staff)
      })
    {
      throw .nobodyCarriesOut(staff)
    }
    if let mentor = filter.mentor, !mentors.contains(where: { School.mentor($0, matches: mentor) })
    {
      throw .nobodyMatches(condition: "mentor", value: mentor)
    }
    return filter
  }

  /// The filter the words describe, and the mentee named with `mentee`, as typed.
  static func parse(_ words: [String]) throws(ShellError) -> (InterventionFilter, String?) {
    try FilterWords.checkJoiners(words)
    var filter = InterventionFilter()
    var mentee: String?
    var seen = Set<String>()
    var index = 0
    while index < words.count {
      let keyword = words[index].lowercased()
      index += 1
      if keyword == "where" || keyword == "and" { continue }
      guard keywords.contains(keyword) else { throw .badInterventionFilter(word: words[index - 1]) }
      if keyword != "state", !seen.insert(keyword).inserted { throw .filterRepeated(keyword) }
      switch keyword {
      case "overdue": filter.overdue = true
      case "not-working": filter.notWorking = true
      case "review-due": filter.reviewDue = true
      default: break
      }
      if ["overdue", "not-working", "review-due"].contains(keyword) { continue }
      guard index < words.count else { throw .filterNeedsValue(words[index - 1]) }
      let value = words[index]
      index += 1
      switch keyword {
      case "state": filter.states.formUnion(try states(value))
      case "category":
        guard let category = InterventionCategory(words: value) else { throw .badCategory(value) }
        filter.category = category
      case "subject": filter.subject = value
      case "staff": filter.staff = value
      case "mentor": filter.mentor = value
      default: mentee = value
      }
    }
    return (filter, mentee)
  }

  /// The states a `state` value names: one state, or `open` for every open one.
  private static func states(_ value: String) throws(ShellError) -> Set<InterventionState> {
    let key = value.lowercased()
    if key == "open" { return Set(InterventionState.allCases.filter(\.isOpen)) }
    guard let state = InterventionState(rawValue: key) else { throw .badState(value) }
    return [state]
  }
}
