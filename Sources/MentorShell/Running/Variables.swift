/// The variables of a session: those a script sets with `set NAME VALUE`, and those
/// `mentor` sets itself.
///
/// `$LAST` is the id of what the last command created (an intervention, a meeting, an
/// escalation), cleared when a command fails or a command made to create ran without
/// creating, so that it never names something made before; `$MENTEE` and `$INTERVENTION`
/// are the one a `for each` loop is at. Those three are read-only. Names are ASCII
/// letters, digits and `_`, not starting with a digit, and case counts: `$who` is not
/// `$WHO`.
struct Variables {
  /// The values set with `set`, by name.
  private(set) var values: [String: String] = [:]
  /// The id of what the last command that succeeded created, if any did.
  private(set) var last: String?
  /// Whether `last` was cleared by a failure or a command that created nothing.
  private var lastCleared = false
  /// How many records this session created, and the id of the newest.
  private(set) var created: (count: Int, newest: String?) = (0, nil)
  /// The one a `for each` loop is at, under `MENTEE` or `INTERVENTION`.
  var loop: [String: String] = [:]

  /// The names `mentor` sets, which a script can read but not set.
  static let builtIn = ["LAST", "MENTEE", "INTERVENTION"]

  /// The commands made to create a record, which clear `$LAST` when they create none
  /// (`meet` resuming an open meeting, a `for each` whose rounds create nothing). Looked
  /// through in turn: comparing five short names costs less than hashing one, on every line.
  static let creatingCommands = ["agree", "revise", "escalate", "meet", "for each"]

  /// Sets a variable.
  ///
  /// - Throws: `.badVariableName` for a name that is not one, `.variableReadOnly` for a
  ///   built-in name.
  mutating func set(_ name: String, to value: String) throws(ShellError) {
    try Self.check(name)
    values[name] = value
  }

  /// Removes a variable.
  ///
  /// - Throws: `.unknownVariable` when no such variable is set.
  mutating func unset(_ name: String) throws(ShellError) {
    try Self.check(name)
    guard values.removeValue(forKey: name) != nil else { throw .unknownVariable(name) }
  }

  /// The value of a variable.
  ///
  /// - Throws: `.nothingCreated` for `LAST` before anything is created,
  ///   `.loopVariableOutsideLoop` for `MENTEE` or `INTERVENTION` outside their loop, and
  ///   `.unknownVariable` for a name that is not set: never an empty string.
  func value(of name: String) throws(ShellError) -> String {
    if let value = values[name] ?? loop[name] { return value }
    switch name {
    case "LAST":
      guard let last else { throw .nothingCreated(cleared: lastCleared) }
      return last
    case "MENTEE", "INTERVENTION": throw .loopVariableOutsideLoop(name)
    default: throw .unknownVariable(name)
    }
  }

  /// Notes a record just created, for `$LAST` once its command succeeds.
  mutating func recordCreated(_ id: String) {
    created = (created.count + 1, id)
  }

  /// Keeps the newest record the command that just succeeded created as `$LAST`; a
  /// command made to create that created nothing clears it.
  ///
  /// - Parameters:
  ///   - command: the command's name.
  ///   - createdBefore: `created.count` when the command started.
  mutating func commandSucceeded(_ command: String, createdBefore: Int) {
    if created.count > createdBefore, let newest = created.newest {
      last = newest
      lastCleared = false
    } else if Self.creatingCommands.contains(command) {
      clearLast()
    }
  }

  /// Clears `$LAST` after a failed command: what it meant to create does not exist, and
  /// what an earlier command created is not what the next line means.
  mutating func commandFailed() {
    clearLast()
  }

  private mutating func clearLast() {
    lastCleared = last != nil || lastCleared
    last = nil
  }

  /// Every variable with a value, sorted by name, with whether `mentor` set it.
  var listed: [(name: String, value: String, builtIn: Bool)] {
    var all = values.map { (name: $0.key, value: $0.value, builtIn: false) }
    if let last { all.append((name: "LAST", value: last, builtIn: true)) }
    all += loop.map { (name: $0.key, value: $0.value, builtIn: true) }
    return all.sorted { $0.name < $1.name }
  }

  /// Checks that a name may be set by a script.
  private static func check(_ name: String) throws(ShellError) {
    guard let first = name.first, WordSplitter.isNameCharacter(first, first: true),
      name.allSatisfy({ WordSplitter.isNameCharacter($0, first: false) })
    else { throw .badVariableName(name) }
    guard !builtIn.contains(name) else { throw .variableReadOnly(name) }
  }
}
