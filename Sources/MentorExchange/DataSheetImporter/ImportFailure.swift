/// Why a data sheet was not read: every problem found, in line order, up to a limit.
///
/// A data sheet is stored whole or not at all, so the importer keeps reading after the
/// first problem and reports them together; a user can then mend the file in one go.
public struct ImportFailure: Error, Equatable, Sendable {
  /// The most problems kept; the rest are only counted.
  public static let limit = 50

  /// The data sheet's name: its file name.
  public var name: String
  /// The problems kept, file-wide ones first, then by line.
  public var problems: [ImportProblem]
  /// How many more problems were found than kept.
  public var omitted: Int

  /// Keeps the first ``limit`` of `found`, sorted by line, and counts the others.
  public init(name: String, problems found: [ImportProblem]) {
    let sorted = found.enumerated().sorted { first, second in
      (first.element.line ?? 0, first.offset) < (second.element.line ?? 0, second.offset)
    }.map(\.element)
    self.name = name
    problems = Array(sorted.prefix(Self.limit))
    omitted = sorted.count - problems.count
  }

  /// The problems as a shell prints them, `FILE:LINE: error: message`, and a last line
  /// with the number of problems left out, if any.
  public var lines: [String] {
    var lines = problems.map { problem in
      let place = problem.line.map { "\(name):\($0)" } ?? name
      return "\(place): error: \(problem.message)"
    }
    if omitted > 0 {
      lines.append("and \(omitted) more \(omitted == 1 ? "problem" : "problems")")
    }
    return lines
  }
}
