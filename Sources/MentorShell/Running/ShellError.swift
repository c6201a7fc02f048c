import MentorModel
import MentorStore

/// Everything a command can fail with; the wording of every message lives in `message`.
public enum ShellError: Error {
  case unknownCommand(String, suggestion: String?)
  case incompleteCommand(String, choices: [String])
  case unknownSubcommand(String, word: String, choices: [String], guess: String?)
  case unknownOption(option: String, command: String)
  case missingOptionValue(option: String, command: String)
  case usage(command: String, usage: String)
  case unterminatedQuote
  case scriptNotUTF8
  /// A script file with a line that is not UTF-8, the first such line given.
  case scriptFileNotUTF8(path: String, line: Int)
  case badFormat(String)
  /// A `--format` that an action sheet is not written in.
  case badSheetFormat(String)
  /// An `--out` file whose extension names a format mentor does not write.
  case foreignOutFile(String, writes: [String])
  /// `audit WHO` naming nobody on the staff list and nobody who made a change.
  case auditNobody(String)
  /// An `--out` file that is the database or one of the files SQLite keeps beside it.
  case outIsDatabaseFile(String)
  /// A month after this one, where only months gone by or this one make sense.
  case monthToCome(String, now: String)
  /// A review date more than a year ahead.
  case reviewTooFar(String, latest: String)
  /// A `--format` that a report is not written in.
  case badReportFormat(String)
  /// CSV asked for a report of several tables; `parts` are the ones to choose from.
  case reportNeedsPart([String])
  /// A word a report does not take where it stands, and the words it does.
  case badReportWord(String, expected: [String])
  /// A date range whose start is after its end.
  case datesOutOfOrder(from: String, to: String)
  /// A period such as `G1` where a calendar month is needed.
  case notACalendarMonth(String)
  case noSuchMentor(String)
  case menteeNotFound(String)
  case ambiguousMentee(String, candidates: [Mentee], namesOnly: Set<String>)
  case noMonthLoaded
  case notLoaded(path: String, problems: Int)
  /// Ctrl-C stopped a `load` before it stored the sheet.
  case loadInterrupted(path: String)
  case cannotRead(path: String, reason: String)
  /// A script's path names something other than a regular file, such as a device.
  case notAFile(path: String, kind: FileKind)
  /// A script larger than `limit` bytes.
  case scriptTooLarge(path: String, limit: Int)
  case sourceTooDeep(path: String, depth: Int)
  case sourceLoop(path: String)
  case unknownMapping(String)
  case badMapping(String)
  case badNumber(String)
  case badFilter(word: String)
  /// A word after `status` that is not a status.
  case badStatus(String)
  /// A count after a filter keyword that is not a whole number of at least `least`.
  case countTooSmall(keyword: String, value: String, least: Int)
  case conditionNotForTarget(String)
  case filterNeedsValue(String)
  case filterRepeated(String)
  case nothingToUndo
  case cannotUndo(String)
  case changedSince(String)
  /// `undo` of a change to a record whose mentee was erased since, in another session.
  case undoAfterErasureElsewhere(String)
  case unknownStrategy(Int)
  /// An intervention revised or closed, and the one that replaced it if it was revised.
  case interventionClosed(String, InterventionState, replacedBy: String?)
  case noMeeting(String)
  case cannotWrite(path: String, reason: String)
  /// A file to write whose path names a folder, a device or anything but a regular file.
  case cannotReplace(path: String, kind: FileKind)
  /// A file to write in a folder that is not there.
  case noSuchFolder(path: String, folder: String)
  /// Two options of one command that cannot be given together.
  case optionsClash(String, String)
  case noStrategy(String)
  case clauseNeedsValue(String)
  /// The start of more than one state a check may record.
  case ambiguousCheck(String, candidates: [String])
  /// A clause such as `for SUBJECT` given twice in one command.
  case clauseRepeated(String)
  /// A subject the mentee has no results in; the name is the mentee's.
  case noResultsInSubject(name: String, subject: String)
  /// The start of more than one subject's name.
  case ambiguousSubject(String, candidates: [String])
  /// Text that must say something, such as an action or a reason, given blank.
  case blankText(String)
  case unknownClause(String)
  case nothingToPraise(String)
  case unknownIntervention(String)
  case noStaffLoaded
  /// A database file other users can read: it opens, with this as a warning.
  case databaseReadableByOthers(String)
  /// A command declared without a rule for who may run it, refused until it has one.
  case noAccessRule(String)
  /// The person at the keyboard is not on a staff list that names a Progress Leader.
  case notOnStaffList(String, leaders: [String])
  /// A school-wide command, run by someone who is not the Progress Leader.
  case onlyProgressLeader(command: String, leaders: [String])
  /// A mentee, or a record about one (`record`), that belongs to another mentor. For a
  /// record, neither its mentee nor their mentor is named.
  case othersMentee(record: String?, String, mentor: String, [String])
  /// The caseload report of another mentor.
  case othersCaseload(String, leaders: [String])
  /// The caseload report asked for by a member of staff who is no mentor.
  case noCaseload(leaders: [String])
  /// A change to the school's settings by someone who is not the Progress Leader.
  case onlyLeaderSetsSchool(leaders: [String])
  /// A staff list, once loaded, that names no Progress Leader: a warning.
  case staffWithoutLeader
  /// `undo` of a change whose command's rule refuses the person at the keyboard now.
  case undoRefused(String)
  /// A mentee given a new mentor while another's meeting with them is open: a warning.
  case meetingStaysOpen(meeting: String, menteeID: String, mentor: String)
  case staffNotFound(String)
  /// A member of staff without the mentor role, given as a mentor.
  case notAMentor(String)
  case ambiguousStaff(String, candidates: [String])
  case notInMeeting
  /// A meeting command that names another mentee while this session meets `open`.
  case meetingWithOther(command: String, open: String, named: String, typed: String)
  /// `meet` while this session holds meeting `id` with `open`, another mentee.
  case meetingStillOpen(id: String, open: String, named: String)
  /// Typed text holding a control character or one that reorders text (`U+202E`).
  case hiddenCharacter(what: String, code: String, isControl: Bool)
  /// Typed text longer than the limit for what it is.
  case textTooLong(what: String, length: Int, limit: Int)
  /// Praise whose note is a subject's name, given without `for`.
  case praiseWithoutFor(String)
  /// Praise whose note is several unquoted words.
  case praiseNoteUnquoted
  /// A `staff` condition naming nobody on the staff list and no mentor.
  case nobodyCarriesOut(String)
  case sameRevision(String)
  case unknownEscalation(String)
  /// An escalation asked to move to a state it has reached or passed; `state` is where it is.
  case escalationAlready(String, String)
  case badYear(String)
  case nobodyMatches(condition: String, value: String)
  case badShape(String)
  case unknownScale(String)
  case unknownEncoding(String)
  case unknownDelimiter(String)
  /// A list of parents or carers without the columns it needs.
  case carerColumnsMissing
  /// A row of a list of parents or carers with no mentee id, or one nobody has.
  case carerMenteeMissing
  case carerMenteeUnknown(String)
  case carerNameMissing
  case badEmail(String)
  /// A row of a staff list with no name, no role or a role that is not known.
  case staffRowIncomplete(role: String)
  /// A name given a second time in one staff list; `line` is where it was first.
  case staffNameRepeated(String, line: Int)
  /// A cell of a list (staff, parents, mentors) holding a control character or one that
  /// reorders text, written such as `U+202E`.
  case hiddenCharacterInFile(column: String, code: String)
  /// Both ways of sending messages were asked for.
  case outboxAndSendmail
  /// Messages must be sent and there is no outbox to write them to.
  case noOutbox
  case outboxNotAFolder(String)
  case outboxNotYours(String)
  case outboxNotPrivate(String)
  case cannotRunSendmail(program: String, reason: String)
  case sendmailFailed(program: String, status: Int32)
  /// Sending stopped at a failure, with `left` messages not sent.
  indirect case messagesStopped(ShellError, left: Int)
  /// An escalation was stored, and its message could not be sent.
  indirect case escalationMessageWaits(id: String, ShellError)
  /// A warning: an intervention or escalation that could not be sent to someone.
  case notSent(item: String, mentee: String, problem: NoticePlan.Problem, reachedNobody: Bool)
  /// A `$NAME` that no `set` gave a value.
  case unknownVariable(String)
  case badVariableName(String)
  /// A name `mentor` sets itself, such as `LAST`, given to `set` or `unset`.
  case variableReadOnly(String)
  /// `$LAST` before any command of the session created anything.
  case nothingCreated(cleared: Bool)
  /// `$MENTEE` or `$INTERVENTION` outside a `for each` loop over them.
  case loopVariableOutsideLoop(String)
  case setNeedsValue(String)
  /// A word of an intervention filter that is not one of its keywords.
  case badInterventionFilter(word: String)
  case badState(String)
  case badCategory(String)
  /// `for each` without `do COMMAND`, or over something other than mentees or
  /// interventions.
  case forEachUsage
  /// A `for each` inside another's command, or in a script it sources.
  case loopInLoop
  /// `quit` inside a `for each` loop.
  case quitInLoop
  case undoInLoop
  /// `where` or `and` with no condition after it.
  case conditionMissing(after: String)
  /// `interventions 0`, which would admit every mentee.
  case countZero(String)
  /// One round of a `for each` failed; `round` is the mentee's or intervention's id.
  indirect case loopRound(String, ShellError)
  case model(ModelError)
  case store(DatabaseError)
  /// Results could not be read from the database while the command ran, so what it
  /// printed may have missed some.
  case resultsUnreadable(String)
  /// `erase` or `purge` from a script, or with nobody at the keyboard, without `--yes`.
  case erasureNeedsYes(String)
  /// The answer to the question before an erasure was neither the id nor `yes`.
  case erasureNotConfirmed(String)
  /// A mentee whose personal data was erased already.
  case alreadyErased(String)
  /// `erase mentee` given what is not one mentee's id or whole name.
  case eraseNeedsWholeName(String)
  /// An intervention or escalation, by its id, whose mentee's personal data was erased.
  case recordOfErased(String)
  /// A command that writes personal data to a file, named without `--out`.
  case needsOutFile(String)
  /// A day a mentee left that is after today.
  case leavingToCome(String, today: String)
  /// `purge --before` a day after today.
  case purgeBeforeToCome(String, today: String)
  /// A day a mentee left that is before 2000.
  case leavingTooEarly(String)
  /// A day a mentee left before the latest month with results for them.
  case leavingBeforeResults(String, month: String)
  /// A training copy asked to replace the database it is made from.
  case copyOverDatabase(String)
  /// A training copy asked to replace a file that exists.
  case trainingCopyExists(String)
  /// `leave mentee` given what is not one mentee's id or whole name.
  case leaveNeedsWholeName(String)
  /// An erasure of a mentee whose meeting is still open.
  case erasureInMeeting(String)
  /// An erasure of a mentee by an id no mentee has: perhaps erased already, here or in
  /// another session while the question waited.
  case noMenteeWithID(String)
  /// A `--format` that a subject access export is not written in.
  case badExportFormat(String)
  /// The erasure was stored, but the file could not be rebuilt without the erased data.
  case erasedButNotCleared(DatabaseError)
  /// `undo` after an erasure, which is for good.
  case cannotUndoErasure
  /// A training copy that could not be made, with the reason.
  case copyFailed(String, reason: String)

  /// Words a message may begin with that are not names, lowered after `for ID: `.
  private static let ordinaryFirstWords: Set<Substring> = [
    "The", "No", "Nothing", "A", "An", "Unknown", "Cannot", "Another", "There", "This",
    "Only", "It", "Their", "One", "Give", "Interrupted",
  ]

  // Shortcoming: only the words in `ordinaryFirstWords` are lowered; a message that
  // begins with another ordinary word keeps its capital after `for ID: `.
  /// `message` as it reads after `for ID: `: its first word lowered when it is an
  /// ordinary word, not a name.
  static func midSentence(_ message: String) -> String {
    let first = message.prefix { $0.isLetter }
    guard ordinaryFirstWords.contains(first), let letter = message.first else { return message }
    return letter.lowercased() + message.dropFirst()
  }

  /// The message: sentence case, the user's words in single quotes, no full stop.
  public var message: String {
    switch self {
    case .unknownCommand(let word, let suggestion):
      let hint = suggestion.map { "; did you mean '\($0)'?" } ?? "; 'help' lists the commands"
      return "Unknown command '\(word)'\(hint)"
    case .incompleteCommand(let word, let choices):
      return "'\(word)' needs one more word: " + choices.map { "'\($0)'" }.joined(separator: ", ")
    case .unknownSubcommand(let first, let word, let choices, let guess):
      if let guess { return "Unknown command '\(first) \(word)'; did you mean '\(guess)'?" }
      let listed = choices.map { "'\($0)'" }.joined(separator: ", ")
      if choices.contains(first) {
        return "Unknown command '\(first) \(word)'; the commands beginning '\(first)' are"
          + " \(listed)"
      }
      return "Unknown command '\(first) \(word)'; '\(first)' goes with \(listed)"
    case .unknownOption(let option, let command):
      return "'\(command)' has no option '\(option)'; 'help \(command)' lists its options"
    case .missingOptionValue(let option, let command):
      return "Option '\(option)' of '\(command)' needs a value"
    case .usage(let command, let usage):
      return "Usage: \(command) \(usage)"
    case .unterminatedQuote:
      return "A quote is opened and never closed"
    case .scriptNotUTF8:
      return "This line is not UTF-8 text, so the script stops here; save it as UTF-8"
    case .scriptFileNotUTF8(let path, let line):
      return "'\(path)' is not UTF-8 text (line \(line) is the first that is not; perhaps it"
        + " was saved as Windows-1252 or Latin-1), so none of it ran; save it as UTF-8"
    case .badFormat(let name):
      return "Unknown format '\(name)'; use table, csv or json"
    case .reviewTooFar(let text, let latest):
      return "A review at '\(text)' is more than a year ahead; the latest is \(latest)"
        + " (+52w)"
    case .monthToCome(let month, let now):
      return "'\(month)' is still to come (this month is \(now)), so no meeting has ended in"
        + " it; name this month or an earlier one"
    case .auditNobody(let name):
      return "'\(name)' is not on the staff list and has made no change; give their whole"
        + " name or one word of it"
    case .outIsDatabaseFile(let name):
      return "'\(name)' is the database or one of the files kept beside it: name another file"
    case .foreignOutFile(let name, let writes):
      return "'\(name)' names a format this command does not write; name the file ."
        + writes.joined(separator: ", .") + ", or leave out the extension"
    case .badSheetFormat(let name):
      return "Unknown format '\(name)' for an action sheet; use text, md or html"
    case .badReportFormat(let name):
      return "Unknown format '\(name)' for a report; use table, csv, json or html"
    case .reportNeedsPart(let parts):
      return "CSV holds one table; name one part of the report: "
        + parts.map { "'\($0)'" }.joined(separator: ", ")
    case .badReportWord(let word, let expected):
      return "'\(word)' is not understood here; use "
        + expected.map { "'\($0)'" }.joined(separator: ", ")
    case .datesOutOfOrder(let from, let to):
      return "The range starts on \(from), after it ends on \(to); give the earlier date first"
    case .notACalendarMonth(let text):
      return "'\(text)' is not a calendar month; give one such as 2026-11"
    case .noSuchMentor(let name):
      return "No mentor '\(name)'; 'report mentor' lists every mentor"
    case .menteeNotFound(let who):
      return "No mentee matches '\(who)'; 'list mentees' shows them"
    case .ambiguousMentee(let who, let candidates, let namesOnly):
      // Shortcoming: the candidates are named beyond what was typed, so that the person can
      // choose; in a script run by cron this reaches the log. Naming only the ids would
      // leave a teacher unable to tell which one is meant. Others' mentees are named only.
      let shown = candidates.prefix(10).map { mentee in
        if namesOnly.contains(mentee.id) { return mentee.displayName }
        let form = mentee.form.isEmpty ? "" : ", \(mentee.form)"
        return "\(mentee.displayName) (\(mentee.id)\(form))"
      }
      let more = candidates.count > 10 ? ", and \(candidates.count - 10) more" : ""
      let others =
        namesOnly.isEmpty
        ? "" : "; for a mentee who is not yours, ask their mentor or give the id you know"
      return "'\(who)' could be \(shown.joined(separator: ", "))\(more); give more of the name"
        + " or the id" + others
    case .noMonthLoaded:
      return "No data sheet is loaded yet; 'load FILE --month MONTH' reads one"
    case .loadInterrupted(let path):
      return "Interrupted: nothing of '\(path)' was stored"
    case .notLoaded(let path, let problems):
      let noun = problems == 1 ? "problem" : "problems"
      return "Nothing of '\(path)' was stored: \(problems) \(noun) above"
    case .cannotRead(let path, let reason):
      return "Cannot read '\(path)': \(reason)"
    case .notAFile(let path, .folder):
      return "Cannot read '\(path)': it is a folder, not a file"
    case .notAFile(let path, .device):
      return "Cannot read '\(path)': it is a device, not a file"
    case .notAFile(let path, .namedPipe):
      return "Cannot read '\(path)': it is a named pipe, not a file"
    case .notAFile(let path, .socket):
      return "Cannot read '\(path)': it is a socket, not a file"
    case .notAFile(let path, _):
      return "Cannot read '\(path)': it is not a regular file"
    case .scriptTooLarge(let path, let limit):
      return "Cannot read '\(path)': it is larger than \(limit >> 20) MiB, "
        + "the most a script may be"
    case .sourceTooDeep(let path, let depth):
      return "Not running '\(path)': scripts are nested more than \(depth) deep"
    case .sourceLoop(let path):
      return "Not running '\(path)': it is already being run (a script sources itself)"
    case .unknownMapping(let name):
      return "No saved mapping '\(name)'; 'list mappings' shows them"
    case .badMapping(let text):
      return "'\(text)' is not a column mapping; write ROLE=HEADER, such as upn='Student No'"
    case .badNumber(let text):
      return "'\(text)' is not a number"
    case .badFilter(let word):
      return "'\(word)' is not a filter; use " + Self.listed(FilterWords.keywords)
    case .badStatus(let word):
      return "'\(word)' is not a status; use above, on-target, below or well-below (or"
        + " no-target, no-grade)"
    case .countTooSmall(let keyword, let value, let least):
      return "'\(keyword)' needs a whole number of \(least) or more, not '\(value)'"
    case .conditionNotForTarget(let word):
      return "'target' is limited by mentor, year and form only, not by '\(word)'"
    case .nothingToPraise(let name):
      return "\(name) has no subject on or above target left to praise; say what it is for"
    case .noStrategy(let words):
      return "No strategy matches '\(words)'; 'suggest' lists them all"
    case .blankText(let what):
      return "The \(what) is blank; give it in quotes"
    case .clauseRepeated(let keyword):
      return "'\(keyword)' is given twice; give each of for, with and review once"
    case .noResultsInSubject(let name, let subject):
      return "\(name) has no results in '\(subject)'"
    case .ambiguousSubject(let word, let candidates):
      return "'\(word)' could be " + candidates.map { "'\($0)'" }.joined(separator: ", ")
        + "; give more of the name"
    case .ambiguousCheck(let word, let candidates):
      return "'\(word)' could be " + candidates.joined(separator: " or ")
        + "; give more of the word"
    case .clauseNeedsValue(let keyword):
      return "'\(keyword)' needs a value after it"
    case .unknownClause(let word):
      return "'\(word)' is not understood here; use for SUBJECT, with STAFF or review DATE,"
        + " and quote the action"
    case .noMeeting(let name):
      return "No meeting with \(name) is recorded yet; 'meet' opens one"
    case .cannotWrite(let path, let reason):
      return "Cannot write '\(path)': \(reason)"
    case .cannotReplace(let path, .folder):
      return "Cannot write '\(path)': it is a folder; name a file in it"
    case .cannotReplace(let path, .device):
      return "Cannot write '\(path)': it is a device, not a file"
    case .cannotReplace(let path, _):
      return "Cannot write '\(path)': it is there and is not a regular file"
    case .noSuchFolder(let path, let folder):
      return "Cannot write '\(path)': there is no folder '\(folder)'"
    case .optionsClash(let first, let second):
      return "'\(first)' and '\(second)' cannot be given together"
    case .interventionClosed(let id, .revised, let replacement?):
      return "\(id) was revised into \(replacement); revise \(replacement)"
    case .interventionClosed(let id, .revised, nil):
      return "\(id) was revised; 'history WHO' shows what replaced it"
    case .interventionClosed(let id, let state, _):
      return "\(id) is \(state.rawValue); agree a new intervention instead"
    case .unknownStrategy(let number):
      return "No strategy number \(number); 'suggest' lists them with their numbers"
    case .undoAfterErasureElsewhere(let id):
      return "Cannot undo: the personal data of \(id)'s mentee has been erased since, in"
        + " another session, and an erasure is for good"
    case .changedSince(let id):
      return "Cannot undo: \(id) has been changed since, in another session; change it back by"
        + " hand"
    case .cannotUndo(let what):
      return "Cannot undo \(what), nor anything before it; change it back by hand"
    case .nothingToUndo:
      return "Nothing to undo: no change of this session is left to take back"
    case .unknownIntervention(let id):
      return "No intervention '\(id)'; 'history WHO' lists a mentee's interventions"
    case .noStaffLoaded:
      return "No staff are loaded; 'load staff FILE' reads the staff list"
    case .databaseReadableByOthers(let path):
      return "Other users can read '\(path)', which holds data about children; make it"
        + " private with: chmod 600 '\(path)'"
    case .noAccessRule(let command):
      return "'\(command)' has no rule for who may run it, so it is refused"
    case .notOnStaffList(let user, let leaders):
      return "'\(user)' is not on the staff list: ask \(Self.leader(leaders)) to add you"
        + " (by name or email), or start mentor with --as NAME"
    case .onlyProgressLeader(let command, let leaders):
      return "Only \(Self.leader(leaders)) can use '\(command)'"
    case .othersMentee(let record, let name, let mentor, let leaders):
      let ask = mentor.isEmpty ? Self.leader(leaders) : "\(mentor) or \(Self.leader(leaders))"
      guard let record else {
        let whose = mentor.isEmpty ? "has no mentor" : "is \(mentor)'s mentee"
        return "\(name) \(whose): ask \(ask)"
      }
      // Only the record's id was typed, and trying I1, I2, ... must not reveal whose
      // mentee each is about, nor their mentor: the Progress Leader may act on any.
      return "\(record) is not about a mentee of yours: ask \(Self.leader(leaders))"
    case .othersCaseload(let mentor, let leaders):
      return "That is \(mentor)'s caseload: ask \(mentor) or \(Self.leader(leaders))"
    case .noCaseload(let leaders):
      return "You have no mentees, so no caseload to report: ask \(Self.leader(leaders))"
        + " for a mentor's report"
    case .onlyLeaderSetsSchool(let leaders):
      return "Only \(Self.leader(leaders)) can change the school's settings; use --session to"
        + " change it for this session"
    case .undoRefused(let refusal):
      return "The last change cannot be undone now: " + refusal
    case .meetingStaysOpen(let meeting, let menteeID, let mentor):
      return "Meeting \(meeting) with \(menteeID) is open and stays with \(mentor), who"
        + " opened it, until it is ended with 'end'"
    case .staffWithoutLeader:
      return "The staff list names no Progress Leader, so whoever is at the keyboard acts as"
        + " the Progress Leader; give someone the role 'Progress Leader' and load it again"
    case .staffNotFound(let name):
      return "No member of staff '\(name)'; 'list staff' shows them"
    case .notAMentor(let name):
      return "'\(name)' is not a mentor; 'list staff' shows the roles"
    case .ambiguousStaff(let name, let candidates):
      return "'\(name)' could be " + candidates.map { "'\($0)'" }.joined(separator: ", ")
        + "; give the whole name"
    case .notInMeeting:
      return "No meeting is open; 'meet WHO' opens one"
    case .meetingWithOther(let command, let open, let named, let typed):
      return "The meeting with \(open) is open, so '\(command)' records for \(open); to record"
        + " for \(named), 'end' this meeting first, then 'meet \(typed)'"
    case .meetingStillOpen(let id, let open, let named):
      return "Meeting \(id) with \(open) is still open; 'end' it first, then meet \(named)"
    case .hiddenCharacter(let what, let code, let isControl):
      let kind = isControl ? "a control character" : "a character that reorders text"
      return "The \(what) holds \(code), \(kind), which could hide or garble it on a"
        + " sheet or in a message; type it without control or direction characters"
    case .textTooLong(let what, let length, let limit):
      return "The \(what) is \(length) characters long; the limit is \(limit)"
    case .praiseWithoutFor(let subject):
      return "'\(subject)' is a subject; write 'for \(subject)' to praise it"
    case .praiseNoteUnquoted:
      return "Praise takes one note after 'for SUBJECT'; quote a note of several words"
    case .nobodyCarriesOut(let name):
      return "Nobody on the staff list and no mentor is called '\(name)'; check the spelling"
    case .sameRevision(let id):
      return "A revision of \(id) must change its category or its action"
    case .unknownEscalation(let id):
      return "No escalation '\(id)'; 'escalations' lists them"
    case .escalationAlready(let id, let state):
      return "\(id) is \(state) already"
    case .filterRepeated(let keyword):
      return "The filter '\(keyword)' is given twice; a mentee has only one"
    case .badYear(let text):
      return "'\(text)' is not a year group; write 11, Y11 or 'Year 11'"
    case .nobodyMatches(let condition, let value):
      return "No mentee has \(condition) '\(value)'; check the spelling"
    case .filterNeedsValue(let keyword):
      return "The filter '\(keyword)' needs a value after it; 'help list mentees' lists them"
    case .badShape(let name):
      return "Unknown shape '\(name)'; use long, wide or period"
    case .unknownScale(let name):
      return "Unknown scale '\(name)'; use gcse, gcse-letters, ks3, btec, a-level, 0-20,"
        + " percent or LOW-HIGH[/STEP]"
    case .unknownEncoding(let name):
      return "Unknown encoding '\(name)'; use utf-8 or windows-1252"
    case .unknownDelimiter(let name):
      return "Unknown delimiter '\(name)'; use comma, semicolon or tab"
    case .carerColumnsMissing:
      return "A list of parents needs a UPN (or Id) column and a Name column"
    case .carerMenteeMissing:
      return "A parent or carer needs the id of their child, in the UPN or Id column"
    case .carerMenteeUnknown(let id):
      return "No mentee has the id '\(id)'; 'list mentees' shows them"
    case .carerNameMissing:
      return "A parent or carer needs a name"
    case .badEmail(let text):
      return "'\(text)' is not an e-mail address such as name@example.org"
    case .staffRowIncomplete(let role):
      return "A member of staff needs a name and a role (Mentor, Teacher or Progress Leader),"
        + " not '\(role)'"
    case .staffNameRepeated(let name, let line):
      return "'\(name)' is in the list twice, first on line \(line); give each name once"
    case .hiddenCharacterInFile(let column, let code):
      return "The cell in column '\(column)' holds the character \(code), which can hide or"
        + " reorder text; remove it and load the file again"
    case .outboxAndSendmail:
      return "Give '--outbox DIR' or '--sendmail', not both"
    case .noOutbox:
      return "No outbox: the database is in memory; give '--outbox DIR', '--sendmail' or"
        + " '--dry-run'"
    case .outboxNotAFolder(let path):
      return "The outbox '\(path)' is not a folder"
    case .outboxNotYours(let path):
      return "The outbox '\(path)' belongs to another user; name a folder of your own"
    case .outboxNotPrivate(let path):
      return "The outbox '\(path)' is open to other users; make it private first with"
        + " 'chmod 700'"
    case .cannotRunSendmail(let program, let reason):
      return "Cannot run '\(program)': \(reason); set MENTOR_SENDMAIL, or use '--outbox DIR'"
    case .sendmailFailed(let program, let status):
      return "'\(program)' failed with exit status \(status), so the message was not sent"
    case .messagesStopped(let error, let left):
      let noun = left == 1 ? "message was" : "messages were"
      return "\(error.message); \(left) \(noun) not sent, and 'notify' tries again"
    case .escalationMessageWaits(let id, let error):
      return "\(error.message); \(id) is recorded, and 'notify' sends its message later"
    case .notSent(let item, let mentee, let problem, let reachedNobody):
      let sent = "\(item) for \(mentee) was not sent"
      switch problem {
      case .staffNotInList(let name):
        return "\(sent): '\(name)' is not in the staff list"
      case .noMentor:
        return "\(sent): it names no member of staff, and \(mentee) has no mentor"
      case .mentorNotInList(let name):
        return "\(sent): it names no member of staff, and the mentor '\(name)' is not in the"
          + " staff list"
      case .noProgressLeader:
        return "\(sent): the staff list has no Progress Leader"
      case .noCarers:
        return "\(sent): no parent or carer of \(mentee) is loaded; see 'help load parents'"
      case .noAddress(let name):
        let whom = reachedNobody ? sent : "\(sent) to '\(name)'"
        return "\(whom): '\(name)' has no e-mail address"
      case .badAddress(let name, let address):
        let whom = reachedNobody ? sent : "\(sent) to '\(name)'"
        return "\(whom): '\(address)' is not an e-mail address"
      case .carerNoAddress:
        let whom = reachedNobody ? sent : "\(sent) to one parent or carer"
        return "\(whom): a parent or carer of \(mentee) has no e-mail address"
      case .carerBadAddress:
        let whom = reachedNobody ? sent : "\(sent) to one parent or carer"
        return "\(whom): the e-mail address of a parent or carer of \(mentee) is not one"
          + " that can be written to"
      }
    case .unknownVariable(let name):
      return "No variable '\(name)' is set; 'set \(name) VALUE' sets it, 'set' lists them"
    case .badVariableName(let name):
      return "'\(name)' is not a variable name; use letters, digits and _, starting with a"
        + " letter"
    case .variableReadOnly(let name):
      return "'\(name)' is set by mentor and cannot be changed; choose another name"
    case .nothingCreated(false):
      return "'$LAST' has no value yet: no command of this session has created anything"
    case .nothingCreated(true):
      return "'$LAST' has no value: a command since the last one that created something"
        + " failed or created nothing"
    case .loopVariableOutsideLoop(let name):
      let over = name == "MENTEE" ? "mentee" : "intervention"
      return "'$\(name)' has a value only inside 'for each \(over) ... do COMMAND'"
    case .setNeedsValue(let name):
      return "'set \(name)' needs a value after the name; 'unset \(name)' removes one"
    case .badInterventionFilter(let word):
      return "'\(word)' is not an intervention filter; use "
        + Self.listed(InterventionFilterWords.keywords)
    case .badState(let word):
      return "'\(word)' is not a state; use open, "
        + InterventionState.allCases.map(\.rawValue).joined(separator: ", ")
    case .badCategory(let word):
      return "'\(word)' is not a category; use "
        + InterventionCategory.allCases.map { $0.rawValue.lowercased() }.joined(separator: ", ")
    case .forEachUsage:
      return "Usage: for each mentee|intervention [where CONDITION...] do COMMAND"
    case .loopInLoop:
      return "A 'for each' cannot run inside another 'for each'; narrow the outer loop's"
        + " conditions instead"
    case .quitInLoop:
      return "'quit' cannot run inside a 'for each' loop: it would end the run after one"
        + " round; put it after the loop"
    case .undoInLoop:
      return "'undo' cannot run inside a 'for each' loop: each round would take back an"
        + " earlier change; run 'undo' after the loop, once for each change"
    case .conditionMissing(let word):
      return "'\(word)' needs a condition after it"
    case .countZero(let keyword):
      return "'\(keyword) 0' would admit every mentee ('\(keyword) N' is at least N open);"
        + " use 'no-\(keyword)' for mentees with none open"
    case .loopRound(let round, let error):
      return "for \(round): \(Self.midSentence(error.message))"
    case .model(let error):
      return error.message
    case .store(let error):
      return error.message
    case .erasureNeedsYes(let command):
      return "'\(command)' removes personal data for good, so a script must say '--yes';"
        + " '--dry-run' shows what it would erase"
    case .erasureNotConfirmed(let what):
      return "Nothing erased: \(what) was not confirmed"
    case .alreadyErased(let who):
      return "The personal data of '\(who)' was erased: nothing new is recorded about them"
    case .eraseNeedsWholeName(let who):
      return "'\(who)' is not the id or full name of one mentee: give 'erase mentee' the"
        + " mentee's id, so that nobody else is erased"
    case .recordOfErased(let id):
      return "'\(id)' is about a mentee whose personal data was erased: nothing new is"
        + " recorded about them"
    case .needsOutFile(let command):
      return "'\(command)' writes personal data to a file: name it with '--out FILE'"
    case .leavingTooEarly(let day):
      return "'\(day)' is before 2000: give the day the mentee left, as YYYY-MM-DD"
    case .leavingBeforeResults(let day, let month):
      return "'\(day)' is before \(month), the latest month with results for this mentee:"
        + " give a day in \(month) or after"
    case .purgeBeforeToCome(let day, let today):
      return "'\(day)' is after today (\(today)): nobody has left before a day to come; give"
        + " today or an earlier day"
    case .leavingToCome(let day, let today):
      return "'\(day)' is after today (\(today)): record a mentee as leaving once they have"
    case .trainingCopyExists(let path):
      return "'\(path)' exists already: remove it first, or name a new file for the training"
        + " copy"
    case .leaveNeedsWholeName(let who):
      return "'\(who)' is not the id or full name of one mentee: give 'leave mentee' the"
        + " mentee's id or full name, since 'purge' erases those who left"
    case .copyOverDatabase(let path):
      return "'\(path)' is the database itself: name a new file for the training copy"
    case .erasureInMeeting(let name):
      return "The meeting with \(name) is still open: 'end' it before erasing; nothing was"
        + " erased"
    case .noMenteeWithID(let id):
      return "No mentee has the id '\(id)' (perhaps their personal data was erased"
        + " already); nothing was erased"
    case .badExportFormat(let name):
      return "Unknown format '\(name)' for an export of a mentee; use json, html or text"
    case .erasedButNotCleared(let error):
      return "The erasure is stored, but the file could not be rebuilt without the erased"
        + " data, which may stay in its log or free pages until the next erasure:"
        + " \(error.message)"
    case .cannotUndoErasure:
      return "Cannot undo an erasure, nor anything before it: erased data is gone for good"
    case .copyFailed(let path, let reason):
      return "Cannot write the training copy '\(path)': \(reason)"
    case .resultsUnreadable(let reason):
      return "Some results could not be read from the database, so what was shown may be"
        + " incomplete: \(reason)"
    }
  }
}

extension ShellError {
  /// Words in quotes-free prose: `a, b or c`.
  static func listed(_ words: [String]) -> String {
    guard let last = words.last, words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " or " + last
  }
}

extension ShellError {
  /// How every error names a mentee: by id only. Standard error may be kept in a log, so
  /// it carries no name that was not typed (README, "Logs"); standard output, which shows
  /// confirmations and tables, may name them.
  static func naming(_ mentee: Mentee) -> String { mentee.id }
}

extension ShellError {
  /// The Progress Leader, by name when the staff list names them: `the Progress Leader
  /// (Dr Osei)`.
  static func leader(_ names: [String]) -> String {
    names.isEmpty
      ? "the Progress Leader" : "the Progress Leader (\(names.joined(separator: " or ")))"
  }
}
