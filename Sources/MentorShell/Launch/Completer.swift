import Foundation
import MentorModel

/// What Tab offers at the prompt: command words, options, mentee names, subjects, files.
struct Completer {
  let shell: Shell

  /// The commands that leave out the mentee while a meeting is open.
  static let meetingCommands: Set<String> = [
    "praise", "excuse", "understood", "serious", "agree", "note", "end",
  ]

  /// Complete words that could replace `word`, the word under the cursor.
  ///
  /// - Parameters:
  ///   - line: the line up to the cursor, as typed.
  ///   - word: the word being completed, without quotes.
  ///   - inQuotes: whether that word is inside an open quote.
  func candidates(_ line: String, _ word: String, _ inQuotes: Bool) -> [String] {
    // What another session changed (a mentee erased, say) is read first, as before a
    // command: a session left open at the prompt must not offer what is gone.
    try? shell.catchUp()
    var before = WordSplitter.scanOpen(line).words
    let endsInSpace = line.last == " " && !inQuotes
    if !endsInSpace, !before.isEmpty { before.removeLast() }
    if before.isEmpty { return firstWords().filter { $0.hasPrefix(word.lowercased()) } }
    var seconds: [String] = []
    if before.count == 1 {
      seconds = CommandTable.all.filter { $0.name.hasPrefix(before[0].lowercased() + " ") }
        .map { String($0.name.split(separator: " ")[1]) }
        .filter { $0.hasPrefix(word.lowercased()) }.sorted()
      // `show` needs a second word; `load` is a command of its own as well as `load staff`.
      if !seconds.isEmpty, !CommandTable.all.contains(where: { $0.name == before[0] }) {
        return seconds
      }
    }
    guard let (command, arguments) = try? CommandTable.find(before) else { return [] }
    if word.hasPrefix("-") {
      return command.options.map { "--\($0.name)" }.filter { $0.hasPrefix(word) }
    }
    if let last = arguments.last, last.hasPrefix("--"),
      let option = command.options.first(where: { "--\($0.name)" == last }),
      let value = option.value
    {
      return complete(optionValue(option.name, value), word: word, typedBefore: [])
    }
    let position = arguments.filter { !$0.hasPrefix("--") }.count
    var completions = command.completions
    // In a meeting the mentee is not named, so the first word is the command's own.
    if shell.meetingWith != nil, Self.meetingCommands.contains(command.name) {
      completions = Array(completions.dropFirst())
    }
    guard !completions.isEmpty else { return seconds }
    let slot = min(position, completions.count - 1)
    let kind = completions[slot]
    if case .staff = kind {
      // A name typed without quotes (`assign Zoë to Ms P`) spans the words from its slot on.
      let typed = arguments.filter { !$0.hasPrefix("--") }.dropFirst(slot)
      return seconds + staffNames(word: word, typedBefore: Array(typed))
    }
    return seconds + complete(kind, word: word, typedBefore: arguments)
  }

  /// Members of staff whose names the words typed so far begin, each cut to the words from
  /// the one under the cursor on, since only that word is replaced; with nothing typed
  /// before it, any word of a name may match (`Pat` offers `Ms Patel`).
  private func staffNames(word: String, typedBefore: [String]) -> [String] {
    guard !typedBefore.isEmpty else { return complete(.staff, word: word, typedBefore: []) }
    let typed = School.fold((typedBefore + [word]).joined(separator: " "))
    let skip = typedBefore.reduce(0) { $0 + $1.split(separator: " ").count }
    return shell.school.staff.keys.compactMap { name -> String? in
      let words = name.split(separator: " ")
      guard School.fold(name).hasPrefix(typed), words.count > skip else { return nil }
      return words.dropFirst(skip).joined(separator: " ")
    }.sorted()
  }

  private func complete(_ kind: Command.Completion, word: String, typedBefore: [String])
    -> [String]
  {
    let lowered = word.lowercased()
    switch kind {
    case .mentee: return menteeNames(word: word, typedBefore: typedBefore)
    case .file: return files(word)
    case .subject:
      return (Array(shell.school.subjects.keys) + ["all"]).sorted()
        .filter { $0.lowercased().hasPrefix(lowered) }
    case .month: return shell.school.months.filter { $0.lowercased().hasPrefix(lowered) }
    case .scale: return GradeScale.named.map(\.name).filter { $0.hasPrefix(lowered) }
    case .setting: return Settings.names.filter { $0.hasPrefix(lowered) }
    case .command: return firstWords().filter { $0.hasPrefix(lowered) }
    case .words(let words): return words.filter { $0.hasPrefix(lowered) }
    case .intervention:
      // Only the records the person may see: their ids would say whom they are about.
      return shell.school.interventions.values.filter { $0.state.isOpen && shell.maySee($0) }
        .map(\.id)
        .filter { $0.lowercased().hasPrefix(lowered) }
        .sorted { School.number($0) < School.number($1) }
    case .escalation:
      return shell.school.escalations.values.filter { $0.state != .resolved && shell.maySee($0) }
        .map(\.id)
        .filter { $0.lowercased().hasPrefix(lowered) }
        .sorted { School.number($0) < School.number($1) }
    case .staff:
      let key = School.fold(word)
      return shell.school.staff.keys.filter { name in
        let folded = School.fold(name)
        return folded.hasPrefix(key) || folded.split(separator: " ").contains { $0.hasPrefix(key) }
      }.sorted()
    case .filter: return filterWords(after: typedBefore.last?.lowercased(), word: lowered)
    case .clause:
      switch typedBefore.last?.lowercased() {
      case "for": return complete(.subject, word: word, typedBefore: []).filter { $0 != "all" }
      case "with": return complete(.staff, word: word, typedBefore: [])
      case "review": return []
      default: return ["for", "review", "with"].filter { $0.hasPrefix(lowered) }
      }
    case .recipient:
      return ["leader", "parent"].filter { $0.hasPrefix(lowered) }
        + complete(.staff, word: word, typedBefore: [])
    }
  }

  /// The values a filter keyword takes, or the keywords themselves.
  private func filterWords(after keyword: String?, word: String) -> [String] {
    let mentees = shell.school.mentees.values
    let values: [String]
    switch keyword {
    case "subject": values = Array(shell.school.subjects.keys)
    case "mentor": values = mentees.map(\.mentor).filter { !$0.isEmpty }
    case "form": values = mentees.map(\.form).filter { !$0.isEmpty }
    case "year": values = mentees.map(\.year).filter { !$0.isEmpty }
    case "status": values = ["above", "on-target", "below", "well-below"]
    default: values = FilterWords.keywords + ["where", "and"]
    }
    return Set(values).filter { $0.lowercased().hasPrefix(word) }.sorted()
  }

  /// What an option's value completes to: months, scales, files, or the choices its help
  /// spells out (`table|csv|json`).
  private func optionValue(_ name: String, _ value: String) -> Command.Completion {
    switch name {
    case "month": return .month
    case "scale": return .scale
    case "out", "outbox", "file": return .file
    case "mentor": return .staff
    default:
      let choices = value.split(separator: "|").map(String.init)
      return .words(choices.count > 1 ? choices : [])
    }
  }

  /// The first words of every command, once each.
  private func firstWords() -> [String] {
    Array(Set(CommandTable.all.map { String($0.name.split(separator: " ")[0]) })).sorted()
  }

  /// Names (and ids) of mentees that the words typed so far begin, as far as the person at
  /// the keyboard may see them.
  ///
  /// Someone the staff list does not name is offered no mentee; a member of staff every
  /// mentee's name but the ids of only the mentees whose data they may see (a mentor's
  /// own; every mentee for the Progress Leader). A name typed without quotes spans several
  /// words; each candidate is cut to the words from the one under the cursor on, since
  /// only that word is replaced.
  private func menteeNames(word: String, typedBefore: [String]) -> [String] {
    if case .unknown = shell.standing { return [] }
    let typed = (typedBefore + [word]).joined(separator: " ")
    let skip = typedBefore.reduce(0) { $0 + $1.split(separator: " ").count }
    var found = shell.school.completeNames(typed).compactMap { name -> String? in
      let words = name.split(separator: " ")
      guard words.count > skip else { return nil }
      return words.dropFirst(skip).joined(separator: " ")
    }
    if skip == 0 {
      found += shell.school.completeIDs(word).filter { id in
        shell.school.mentees[id].map(shell.maySee) == true
      }
    }
    return Array(Set(found)).sorted()
  }

  /// Paths that begin with `word`; folders end with `/`.
  private func files(_ word: String) -> [String] {
    let expanded = (word as NSString).expandingTildeInPath
    let folder: String
    let prefix: String
    if word.hasSuffix("/") {
      (folder, prefix) = (expanded, "")
    } else {
      folder = (expanded as NSString).deletingLastPathComponent
      prefix = (expanded as NSString).lastPathComponent
    }
    let listed = folder.isEmpty ? "." : folder
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: listed) else {
      return []
    }
    let typedFolder = word.hasSuffix("/") ? word : (word as NSString).deletingLastPathComponent
    return names.filter { $0.hasPrefix(prefix) && (!$0.hasPrefix(".") || prefix.hasPrefix(".")) }
      .sorted()
      .map { name in
        let path =
          typedFolder.isEmpty ? name : (typedFolder as NSString).appendingPathComponent(name)
        var isFolder: ObjCBool = false
        FileManager.default.fileExists(
          atPath: (listed as NSString).appendingPathComponent(name), isDirectory: &isFolder)
        return isFolder.boolValue ? path + "/" : path
      }
  }
}

extension Shell {
  /// What Tab would offer at the end of `line`, as typed: for `mentor-bench`, which
  /// times completion where the prompt uses it.
  public func completions(atEndOf line: String) -> [String] {
    let (words, quote) = WordSplitter.scanOpen(line)
    let endsInSpace = line.last == " " && quote == nil
    let word = endsInSpace ? "" : (words.last ?? "")
    return Completer(shell: self).candidates(line, word, quote != nil)
  }
}
