import MentorExchange
import MentorModel

/// Bulk work: `for each` runs a command for every mentee or intervention a filter admits,
/// and `list interventions` shows which interventions a filter admits.
extension Command {
  static let forEach = Command(
    "for each", usage: "mentee|intervention [where CONDITION...] do COMMAND",
    summary: "Run a command once for each mentee or intervention the conditions admit",
    detail: """
      Mentees are taken by name, with $MENTEE their id; interventions by number, with
      $INTERVENTION their id. The conditions are those of 'list mentees', or of 'list
      interventions', so either shows first what a loop will touch. The command's
      variables are read afresh each round. A round that fails is reported with the
      mentee or intervention it was for, and the loop goes on, unless --bail stops it;
      a failure in a file the command sources fails its round too. At the end a line says
      how many rounds ran and how many failed. A 'for each' cannot run inside another,
      and neither 'quit' nor 'undo' can run inside one (the loop is refused; in a file a
      round sources, it is an error of the round). 'where' with no condition, or a list
      ending in 'and', is refused rather than admitting everyone.
      Mentee conditions: mentor NAME, year N, form F, subject S, status above|on-target|
      below|well-below, below-in N, attendance, effort, not-working, interventions N (at
      least N open, N from 1), no-interventions (none open), escalations N (at least N not
      resolved), no-escalations (none open).
      Intervention conditions: state STATE (open for all not revised or closed), category
      C, subject S, staff NAME, mentor NAME, mentee WHO, overdue, not-working, review-due.
      """,
    examples: [
      "for each mentee where form 11B and below-in 3 do echo $MENTEE",
      "for each mentee where form 11B and no-interventions do agree $MENTEE curriculum 'plan'",
      "for each mentee where form 11B and below-in 3 and no-escalations do echo $MENTEE",
      "for each intervention where state agreed do check $INTERVENTION understood",
    ],
    exampleSetup: ["agree zoe student 'catch-up session' for Maths"],
    completions: [.words(["mentee", "intervention"]), .filter],
    access: .anyone,
  ) { shell, arguments throws(ShellError) in
    var words = arguments.words
    guard words.count >= 3, let kind = words.first?.lowercased(),
      words[words.count - 2].lowercased() == "do"
    else { throw .forEachUsage }
    let body = words.removeLast()
    let conditions = Array(words.dropFirst().dropLast())
    let bodyWords = (try? WordSplitter.split(body)) ?? []
    guard shell.variables.loop.isEmpty, bodyWords.first?.lowercased() != "for" else {
      throw .loopInLoop
    }
    if let first = bodyWords.first?.lowercased(), ["quit", "exit"].contains(first) {
      throw .quitInLoop
    }
    if bodyWords.first?.lowercased() == "undo" { throw .undoInLoop }
    let rounds: [String]
    let variable: String
    switch kind {
    case "mentee", "mentees":
      let filter = try FilterWords.parse(conditions, in: shell.school)
      rounds = shell.school.caseload(filter).filter { shell.maySee($0.mentee) }.map(\.mentee.id)
      variable = "MENTEE"
    case "intervention", "interventions":
      rounds = try shell.interventions(where: conditions).map(\.id)
      variable = "INTERVENTION"
    default: throw .forEachUsage
    }
    shell.runLoop(body, over: rounds, as: variable)
  }

  static let listInterventions = Command(
    "list interventions",
    usage: "[where CONDITION...] [--count] [--format table|csv|json] [--out FILE]",
    summary: "List interventions by number, filtered by state, category, subject or staff",
    detail: """
      Conditions: state STATE (agreed, communicated, understood, implemented,
      not-implemented, working, not-working, revised, closed, or open for every state but
      the last two; give state more than once for any of several), category C, subject S,
      staff NAME (who carries it out: the member of staff named, else the mentee's mentor),
      mentor NAME (the mentee's), mentee WHO, overdue
      (open, and its review date has passed), not-working (checked not working, or its
      subject not improved since it was agreed: change it), review-due (its review date
      has passed and it is not flagged not working: check it). All conditions must hold.
      'for each intervention' takes the same conditions. Staff is who carries it out;
      Named staff only the member of staff named in 'agree', blank for the mentor. Flag
      says 'not working' or 'review due', with the reason.
      """,
    examples: [
      "list interventions", "list interventions where state open and category student",
      "list interventions where mentee zoe --count",
    ],
    exampleSetup: ["agree zoe student 'catch-up session' for Maths"],
    options: [.flag("count", "print only how many interventions the conditions admit")]
      + Option.records,
    completions: [.words(InterventionFilterWords.keywords)],
    columns: interventionColumns.map(\.key),
    access: .staff,
  ) { shell, arguments throws(ShellError) in
    let found = try shell.interventions(where: arguments.words)
    if arguments.flag("count") {
      return try shell.printCount(
        found.count, "intervention", of: shell.school.interventions.count, arguments)
    }
    var table = Table(columns: interventionColumns)
    for intervention in found {
      let name = shell.school.mentees[intervention.menteeID]?.displayName ?? ""
      table.append([
        .init(intervention.id), .init(intervention.menteeID), .init(name),
        .init(intervention.category.rawValue),
        .init(intervention.subject ?? ""), .init(shell.school.carrierOut(of: intervention)),
        .init(intervention.staff ?? ""),
        .init(intervention.state.rawValue, colour: intervention.isNotWorking ? .red : nil),
        .init(intervention.review ?? ""), .init(intervention.action),
        flagCell(intervention.flag(today: shell.clock.today)),
      ])
    }
    try shell.emit(table, noun: "intervention", arguments)
  }

  /// An intervention's flag in a table: red when not working, amber when its review is due.
  static func flagCell(_ flag: InterventionFlag?) -> Table.Cell {
    .init(flag?.text ?? "", colour: flag.map { $0.keyword == "not-working" ? .red : .amber })
  }

  /// The columns of `list interventions`.
  static let interventionColumns: [Table.Column] = [
    .init("id", "Id"), .init("mentee_id", "Mentee id", dropOrder: 3),
    .init("mentee", "Mentee", shrinks: true), .init("category", "Category"),
    .init("subject", "Subject", dropOrder: 2),
    .init("staff", "Staff", shrinks: true, dropOrder: 1),
    .init("named_staff", "Named staff", shrinks: true, dropOrder: 0),
    .init("state", "State"), .init("review", "Review"),
    .init("action", "Action", shrinks: true), .init("flag", "Flag", shrinks: true),
  ]
}

extension Shell {
  /// The interventions that filter words admit, by number.
  func interventions(where words: [String]) throws(ShellError) -> [Intervention] {
    school.interventions(try InterventionFilterWords.parse(words, in: self), today: clock.today)
      .filter(maySee)
  }

  /// Runs `body` once for each round, with its id as the variable `name`; reports each
  /// failure with the round's id (never a name: errors may end up in a log), stops at the
  /// first under `--bail`, and prints how many rounds ran.
  ///
  /// A round fails when any command it runs fails, in a file it sources too: the round is
  /// counted once, and each error it reported names the round.
  func runLoop(_ body: String, over rounds: [String], as name: String) {
    var failed = 0
    var ran = 0
    let failuresAtStart = failures
    defer {
      variables.loop = [:]
      loopRound = nil
    }
    for round in rounds where !stopped {
      variables.loop = [name: round]
      loopRound = round
      ran += 1
      let failuresBefore = failures
      do throws(ShellError) {
        try run(body)
      } catch {
        fail(error)
      }
      guard failures > failuresBefore else { continue }
      failed += 1
      if options.bail {
        bailed = true
        break
      }
    }
    loopRound = nil
    if failed > 0 {
      // The loop is one command of its script, counted once among the run's failures.
      failures = failuresAtStart + 1
      transaction.failedRounds += failed
    }
    let noun = name == "MENTEE" ? "mentee" : "intervention"
    let failures = failed == 0 ? "" : ", \(failed) failed"
    console.print("Ran it for \(counted(ran, noun))\(failures).")
  }
}
