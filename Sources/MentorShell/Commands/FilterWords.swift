import MentorModel

/// Reads the filter words of `list mentees` and `target`: `year 11 status below`...
///
/// Each condition is a keyword and a value; `where` and `and` may stand between them to
/// read like a sentence. `below-in N` (or `below N` with a number) asks for at least N
/// subjects below target; `attendance` alone asks for an attendance flag. `subject` may
/// be given more than once: the mentee must take each, and `status` and `below-in` then
/// look at those subjects only. `effort` and `not-working` stand alone too; `interventions
/// N` asks for at least N open interventions (N from 1: 0 would admit everyone), and
/// `no-interventions`, alone, for none open; `escalations N` and `no-escalations` ask the
/// same of escalations not yet resolved.
enum FilterWords {
  /// The keywords, for help and completion.
  static let keywords = [
    "mentor", "year", "form", "subject", "status", "below-in", "attendance", "effort",
    "not-working", "interventions", "no-interventions", "escalations", "no-escalations",
  ]

  // Shortcoming: there is no `attitude` condition: data sheets are read for effort and
  // homework, and the model keeps no attitude-to-learning score to filter on.
  /// The keywords that stand alone, without a value.
  static let flags = [
    "attendance", "effort", "not-working", "no-interventions", "no-escalations",
  ]

  /// The filter the words describe, checked against the school: a subject, mentor or form
  /// that nobody has is a typing slip to report, not an empty list.
  static func parse(_ words: [String], in school: School) throws(ShellError) -> MenteeFilter {
    let filter = try parse(words)
    for subject in filter.subjects
    where !school.subjects.keys.contains(where: { $0.lowercased() == subject.lowercased() }) {
      throw .model(.unknownSubject(subject))
    }
    let mentees = school.mentees.values
    if let mentor = filter.mentor,
      !mentees.contains(where: { School.mentor($0.mentor, matches: mentor) })
    {
      throw .nobodyMatches(condition: "mentor", value: mentor)
    }
    if let form = filter.form,
      !mentees.contains(where: { $0.form.lowercased() == form.lowercased() })
    {
      throw .nobodyMatches(condition: "form", value: form)
    }
    if let year = filter.year, !mentees.contains(where: { $0.year == year }) {
      throw .nobodyMatches(condition: "year", value: year)
    }
    return filter
  }

  /// Checks that each `where` and `and` stands before a condition: `where` alone, or a
  /// list that ends in `and`, is a slip that would otherwise admit more than meant.
  static func checkJoiners(_ words: [String]) throws(ShellError) {
    let joiners = ["where", "and"]
    for (index, word) in words.enumerated() where joiners.contains(word.lowercased()) {
      let next = words.indices.contains(index + 1) ? words[index + 1].lowercased() : nil
      guard let next, !joiners.contains(next) else {
        throw .conditionMissing(after: word.lowercased())
      }
    }
  }

  /// The filter the words describe.
  static func parse(_ words: [String]) throws(ShellError) -> MenteeFilter {
    try checkJoiners(words)
    var filter = MenteeFilter()
    var seen = Set<String>()
    var index = 0
    while index < words.count {
      let keyword = words[index].lowercased()
      index += 1
      if keyword == "where" || keyword == "and" { continue }
      if flags.contains(keyword) {
        guard seen.insert(keyword).inserted else { throw .filterRepeated(keyword) }
        switch keyword {
        case "attendance": filter.attendanceFlagged = true
        case "effort": filter.effortFlagged = true
        case "no-interventions": filter.noOpenInterventions = true
        case "no-escalations": filter.noOpenEscalations = true
        default: filter.notWorking = true
        }
        continue
      }
      guard keywords.contains(keyword) || keyword == "below" else {
        throw .badFilter(word: words[index - 1])
      }
      guard index < words.count else { throw .filterNeedsValue(words[index - 1]) }
      let value = words[index]
      index += 1
      if keyword != "subject", !seen.insert(keyword == "below" ? "below-in" : keyword).inserted {
        throw .filterRepeated(keyword)
      }
      switch keyword {
      case "mentor": filter.mentor = value
      case "year":
        guard value.contains(where: \.isNumber) else { throw .badYear(value) }
        filter.year = normaliseYear(value)
      case "form": filter.form = value
      case "subject": filter.subjects.append(value)
      case "status":
        var text = value
        if value.lowercased() == "well", index < words.count,
          words[index].lowercased() == "below"
        {
          text = "well below"
          index += 1
        } else if value.lowercased() == "on", index < words.count,
          words[index].lowercased() == "target"
        {
          index += 1
        }
        guard let status = SubjectStatus(words: text) else { throw .badStatus(value) }
        filter.status = status
      case "interventions":
        guard let count = Int(value), count >= 0 else {
          throw .countTooSmall(keyword: keyword, value: value, least: 1)
        }
        guard count > 0 else { throw .countZero(keyword) }
        filter.openInterventionsAtLeast = count
      case "escalations":
        guard let count = Int(value), count >= 0 else {
          throw .countTooSmall(keyword: keyword, value: value, least: 1)
        }
        guard count > 0 else { throw .countZero(keyword) }
        filter.openEscalationsAtLeast = count
      default:
        guard let count = Int(value), count >= 0 else {
          throw .countTooSmall(keyword: "below-in", value: value, least: 0)
        }
        filter.belowAtLeast = count
      }
    }
    return filter
  }

  /// `Year 11`, `Y11` and `11` all mean year 11.
  static func normaliseYear(_ text: String) -> String {
    let digits = text.filter(\.isNumber)
    return digits.isEmpty ? text : digits
  }
}
