import Foundation
import MentorExchange
import MentorModel

/// Interventions: `agree`, `check`, `revise`, `suggest` and `due`.
extension Command {
  static let agree = Command(
    "agree", usage: agreeUsage,
    summary: "Agree an intervention: Curriculum, Teacher, Student, Resources or Parent",
    detail: """
      CATEGORY is one of the five, by unique prefix and in any case. The new intervention
      gets a short id, such as I7, to check it later. ACTION is quoted, up to 500
      characters. STAFF must be in the staff list ('load staff'); DATE is YYYY-MM-DD and
      not in the past, or +N days or +Nw weeks from today, at most a year ahead; without
      it there is no review date. Outside a meeting WHO comes first, and the intervention
      joins the mentee's open meeting if there is one.
      """,
    examples: [
      "agree zoe student 'catch-up session on Tuesdays' for Maths with Fletcher review +2w"
    ],
    completions: [
      .mentee, .words(InterventionCategory.allCases.map { $0.rawValue.lowercased() }),
      .words([]), .clause,
    ],
    access: .meetingMentee,
  ) { shell, arguments throws(ShellError) in
    let (mentee, typed) = try shell.meetingMentee(
      arguments, usage: agreeUsage, command: "agree")
    let words = try shell.withoutMenteeName(typed, command: "agree") {
      InterventionCategory(words: $0) != nil
    }
    guard words.count >= 2 else { throw .usage(command: "agree", usage: agreeUsage) }
    guard let category = InterventionCategory(words: words[0]) else {
      throw .model(.unknownCategory(words[0]))
    }
    let action = try TypedText.required(words[1], "action", limit: TypedText.shortLimit)
    let clauses = try InterventionClauses(
      Array(words.dropFirst(2)), for: mentee, shell: shell)
    // The school read in place: `shell.school.latestMonth` would copy it whole first.
    guard let month = shell.readingSchool({ $0.latestMonth(of: mentee.id) }) else {
      throw .noMonthLoaded
    }
    let intervention = Intervention(
      id: try shell.newID("I"), menteeID: mentee.id, category: category, action: action,
      subject: clauses.subject, staff: clauses.staff, review: clauses.review, month: month,
      agreedBy: shell.userName, agreedAt: shell.clock.now)
    let described = ActionSheet.describe(intervention)
    try shell.save(intervention, "Agreed " + described)
    if var meeting = shell.readingSchool({ $0.openMeeting(of: mentee.id) }) {
      meeting.agreed.append(intervention.id)
      try shell.save(meeting, "Added \(intervention.id) to meeting \(meeting.id)")
    }
    shell.console.write(String(joining: "Agreed ", described, ".\n"))
  }

  /// The usage of `agree`.
  static let agreeUsage = "[WHO] CATEGORY ACTION [for SUBJECT] [with STAFF] [review DATE]"

  static let check = Command(
    "check", usage: "ID STATE [EVIDENCE]",
    summary: "Record that an intervention is understood, implemented, working or not",
    detail: """
      STATE is understood, implemented, not-implemented, working or not-working, in that
      order of life, by unique prefix and in any case: a check out of order is refused
      with the reason.
      """,
    examples: ["check I1 understood 'Mr Okafor confirmed'"],
    exampleSetup: ["agree zoe student 'catch-up session' for Maths with Fletcher"],
    completions: [
      .intervention, .words(InterventionState.checkable.map(\.rawValue) + ["closed"]),
    ],
    access: .intervention,
  ) { shell, arguments throws(ShellError) in
    guard arguments.words.count >= 2 else {
      throw .usage(command: "check", usage: "ID STATE [EVIDENCE]")
    }
    let previous = try shell.interventionToChange(arguments.words[0])
    let state = try Self.checkState(arguments.words[1])
    do throws(ModelError) {
      _ = try previous.checked(state)
    } catch {
      throw .model(error)
    }
    // One word of evidence, as a script quotes it, is the evidence as it is.
    let words = arguments.words
    let evidence = try TypedText.checked(
      words.count == 3 ? words[2] : arguments.rest(from: 2), "evidence",
      limit: TypedText.shortLimit)
    let what = checkWords(id: previous.id, state: state, evidence: evidence)
    try shell.saveCheck(previous, state: state, evidence: evidence, what: what)
    shell.console.write(String(joining: what, ".\n"))
  }

  /// The state a check's word means: a whole state, or the start of only one (`und`), in
  /// any case.
  static func checkState(_ word: String) throws(ShellError) -> InterventionState {
    let key = CommandTable.lowercased(word)
    let states = checkStates
    if let state = states.first(where: { $0.rawValue == key }) { return state }

    let starting = states.filter { !key.isEmpty && $0.rawValue.hasPrefix(key) }
    guard starting.count == 1 else {
      if starting.isEmpty { throw .model(.notACheck(word)) }
      throw .ambiguousCheck(word, candidates: starting.map(\.rawValue))
    }
    return starting[0]
  }

  /// A check in words, for its history line, its undo step and what it prints.
  static func checkWords(id: String, state: InterventionState, evidence: String) -> String {
    evidence.isEmpty
      ? String(joining: "Checked ", id, ": ", state.rawValue)
      : String(joining: "Checked ", id, ": ", state.rawValue, " (", evidence, ")")
  }

  /// The states a check may record, in the order of an intervention's life.
  private static let checkStates = InterventionState.checkable + [.closed]

  static let revise = Command(
    "revise", usage: reviseUsage,
    summary: "Replace an intervention that does not work with a new one",
    detail: """
      The old intervention is marked revised; the new one records what it replaced. It
      takes the clauses of 'agree': without 'for' or 'with' it keeps the old subject and
      staff, and it gets the review date given, or none, as 'agree' does: never the old
      one. It must differ in category or action (not only in case or spaces).
      """,
    examples: [
      "revise I1 parent 'parents check homework each evening'",
      "revise I1 'catch-up with the subject teacher' with Okafor review +2w",
    ],
    exampleSetup: ["agree zoe student 'catch-up session' for Maths"],
    completions: [
      .words([]), .words(InterventionCategory.allCases.map { $0.rawValue.lowercased() }),
      .words([]), .clause,
    ],
    access: .intervention,
  ) { shell, arguments throws(ShellError) in
    let words = arguments.words
    guard words.count >= 2 else { throw .usage(command: "revise", usage: reviseUsage) }
    var old = try shell.interventionToChange(words[0])
    guard old.state.isOpen else {
      let replacement = shell.school.interventions.values.first { $0.replaces == old.id }
      throw .interventionClosed(old.id, old.state, replacedBy: replacement?.id)
    }
    var category = old.category
    var actionAt = 1
    if words.count >= 3, let given = InterventionCategory(words: words[1]) {
      category = given
      actionAt = 2
    }
    let action = try TypedText.required(words[actionAt], "action", limit: TypedText.shortLimit)
    guard let mentee = shell.school.mentees[old.menteeID] else {
      throw .menteeNotFound(old.menteeID)
    }
    let clauses = try InterventionClauses(
      Array(words.dropFirst(actionAt + 1)), for: mentee, shell: shell)
    let sameAction = action.lowercased() == old.action.trimmingSpaces.lowercased()
    guard category != old.category || !sameAction else {
      throw .sameRevision(old.id)
    }
    old.state = .revised
    let new = Intervention(
      id: try shell.newID("I"), menteeID: old.menteeID, category: category, action: action,
      subject: clauses.subject ?? old.subject, staff: clauses.staff ?? old.staff,
      review: clauses.review, month: shell.school.latestMonth(of: old.menteeID) ?? old.month,
      agreedBy: shell.userName, agreedAt: shell.clock.now, replaces: old.id)
    try shell.save(old, "Revised \(old.id) into \(new.id)")
    try shell.save(new, "Agreed " + ActionSheet.describe(new))
    shell.console.print("Revised \(old.id): agreed \(ActionSheet.describe(new)).")
  }

  /// The usage of `revise`.
  static let reviseUsage =
    "ID [CATEGORY] ACTION [for SUBJECT] [with STAFF] [review DATE]"

  static let suggest = Command(
    "suggest", usage: "[CATEGORY | PROBLEM WORDS] [--count] [--format table|csv|json] [--out FILE]",
    summary: "Show typical strategies for a category or a described problem",
    examples: ["suggest parent", "suggest not handing in coursework", "suggest --format json"],
    options: Option.listing,
    completions: [.words(InterventionCategory.allCases.map { $0.rawValue.lowercased() })],
    columns: strategyColumns.map(\.key),
    access: .staff,
  ) { shell, arguments throws(ShellError) in
    let words = arguments.rest(from: 0)
    let library = shell.school.strategies
    var found = library
    if let category = InterventionCategory(words: words), arguments.words.count == 1 {
      found = library.filter { $0.category == category }
    } else if !words.isEmpty {
      found = Strategy.matching(words, in: library)
    }
    guard !found.isEmpty else { throw .noStrategy(words) }
    var table = Table(columns: strategyColumns)
    for strategy in found {
      let number = (library.firstIndex(of: strategy) ?? 0) + 1
      table.append([
        .number(number), .init(strategy.category.rawValue), .init(strategy.problem),
        .init(strategy.strategy),
      ])
    }
    try shell.emit(table, noun: "strategy", plural: "strategies", arguments)
  }

  /// The columns of `suggest`.
  static let strategyColumns: [Table.Column] = [
    .init("number", "No.", alignsRight: true), .init("category", "Category"),
    .init("problem", "Problem", shrinks: true), .init("strategy", "Strategy", shrinks: true),
  ]
}

extension Command {
  static let strategyAdd = Command(
    "strategy add", usage: "CATEGORY PROBLEM STRATEGY",
    summary: "Add a strategy to the library that 'suggest' draws on",
    examples: ["strategy add student 'falls asleep in lessons' 'talk to parents about sleep'"],
    completions: [.words(InterventionCategory.allCases.map { $0.rawValue.lowercased() })],
    access: .progressLeader,
  ) { shell, arguments throws(ShellError) in
    let usage = "CATEGORY PROBLEM STRATEGY"
    guard arguments.words.count == 3 else { throw .usage(command: "strategy add", usage: usage) }
    guard let category = InterventionCategory(words: arguments.words[0]) else {
      throw .model(.unknownCategory(arguments.words[0]))
    }
    let problem = try Arguments.required(arguments.words[1], "problem")
    let strategy = try Arguments.required(arguments.words[2], "strategy")
    var library = shell.school.strategies
    library.append(Strategy(category: category, problem: problem, strategy: strategy))
    try shell.saveStrategies(library, "Added strategy \(library.count)")
    shell.console.print("Added strategy \(library.count) (\(category.rawValue)).")
  }

  static let strategyEdit = Command(
    "strategy edit", usage: "NUMBER STRATEGY",
    summary: "Change the words of a strategy in the library ('suggest' shows the numbers)",
    examples: ["strategy edit 1 'weekly planner checked by the mentor'"],
    access: .progressLeader,
  ) { shell, arguments throws(ShellError) in
    var library = shell.school.strategies
    guard arguments.words.count == 2, let number = Int(arguments.words[0]) else {
      throw .usage(command: "strategy edit", usage: "NUMBER STRATEGY")
    }
    guard (1...max(library.count, 1)).contains(number), number <= library.count else {
      throw .unknownStrategy(number)
    }
    library[number - 1].strategy = try Arguments.required(arguments.words[1], "strategy")
    try shell.saveStrategies(library, "Changed strategy \(number)")
    shell.console.print("Changed strategy \(number).")
  }
}

extension Shell {
  /// Stores the strategy library, keeping the earlier one for `undo`.
  func saveStrategies(_ library: [Strategy], _ what: String) throws(ShellError) {
    let previous = school.strategies
    try audited("strategy", what) { try store.saveStrategies(library) }
    school.strategies = library
    remember(what) { shell throws(ShellError) in
      try shell.storing { try shell.store.saveStrategies(previous) }
      shell.school.strategies = previous
    }
  }
}

/// The optional words after an intervention's action: `for`, `with`, `review`, each once.
struct InterventionClauses {
  var subject: String?
  var staff: String?
  var review: String?

  /// Reads the clauses; a subject must be one the mentee has results in.
  init(_ words: [String], for mentee: Mentee, shell: Shell) throws(ShellError) {
    var given: Set<String> = []
    var index = 0
    while index < words.count {
      let keyword = words[index].lowercased()
      guard ["for", "with", "review"].contains(keyword) else {
        throw .unknownClause(words[index])
      }
      guard index + 1 < words.count else { throw .clauseNeedsValue(keyword) }
      guard given.insert(keyword).inserted else { throw .clauseRepeated(keyword) }

      let value = words[index + 1]
      switch keyword {
      case "for": subject = try Self.subject(value, for: mentee, shell: shell)
      case "with": staff = try shell.staffMember(value).name
      default: review = try shell.reviewDate(value)
      }
      index += 2
    }
  }

  /// The subject meant by a word, if the mentee has results in it.
  static func subject(
    _ word: String, for mentee: Mentee, shell: Shell
  ) throws(ShellError) -> String {
    let subject = try shell.subject(word)
    guard shell.school.results(of: mentee.id)[subject] != nil else {
      throw .noResultsInSubject(name: shell.mentioned(mentee), subject: subject)
    }
    return subject
  }
}
