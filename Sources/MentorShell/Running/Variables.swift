/// The variables of a session: those a script sets with `set NAME VALUE`, and those
/// `mentor` sets itself.
///
/// `$LAST` is the id of what the last command created (an intervention, a meeting, an
/// escalation); `$MENTEE` and `$INTERVENTION` are the one a `for each` loop is at. Those
/// three are read-only. Names are ASCII letters, digits and `_`, not starting with a digit,
/// and case counts: `$who` is not `$WHO`.
struct Variables {
  /// The values set with `set`, by name.
  private(set) var values: [String: String] = [:]
  /// The id of what the last command that succeeded created, if any did.
  private(set) var last: String?
  /// The id of what the running command created, if it created anything yet.
  var createdNow: String?
  /// The one a `for each` loop is at, under `MENTEE` or `INTERVENTION`.
  var loop: [String: String] = [:]

  /// The names `mentor` sets, which a script can read but not set.
  static let builtIn = ["LAST", "MENTEE", "INTERVENTION"]

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
      guard let last else { throw .nothingCreated }
      return last
    case "MENTEE", "INTERVENTION": throw .loopVariableOutsideLoop(name)
    default: throw .unknownVariable(name)
    }
  }

  /// Keeps what the command that just succeeded created as `$LAST`.
  mutating func commandSucceeded() {
    if let createdNow { last = createdNow }
    createdNow = nil
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
