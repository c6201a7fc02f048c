/// Reading grades as positions on a scale, and writing positions back as grades.
extension GradeScale {
  /// The grades of a scale of letters or words, lowest first, as they are shown.
  var labels: [String] {
    switch kind {
    case .gcseNumbers: return ["U"] + (1...9).map(String.init)
    case .gcseLetters: return ["U", "G", "F", "E", "D", "C", "B", "A", "A*"]
    case .keyStage3: return (1...8).flatMap { level in ["c", "b", "a"].map { "\(level)\($0)" } }
    case .btec: return ["U", "Pass", "Merit", "Distinction", "Distinction*"]
    case .aLevel: return ["U", "E", "D", "C", "B", "A", "A*"]
    case .numeric: return []
    }
  }

  /// Whether `U` is a grade of this scale (the bottom); on other scales it means unclassified.
  public var hasU: Bool {
    switch kind {
    case .gcseNumbers, .gcseLetters, .btec, .aLevel: return true
    case .keyStage3, .numeric: return false
    }
  }

  /// The position of the lowest grade.
  public var bottom: Double {
    if case .numeric(let low, _, let step) = kind { return low / step }
    return 0
  }

  /// The position of the highest whole grade; targets set in bulk are capped here.
  public var top: Double {
    switch kind {
    case .numeric(_, let high, let step): return high / step
    default: return Double(labels.count - 1)
    }
  }

  /// The position of `text` on this scale in steps, or nil when it is not a grade of it.
  ///
  /// Case and surrounding spaces are ignored. On GCSE 9 to 1 a trailing `+` or `-` moves
  /// the grade a third of a step; BTEC grades may be written `P`, `M`, `D` or `D*`.
  public func position(of text: String) -> Double? {
    let grade = text.trimmingSpaces.uppercased()
    guard !grade.isEmpty else { return nil }
    switch kind {
    case .gcseNumbers: return Self.fineGradePosition(grade)
    case .numeric(let low, let high, let step):
      guard let value = Double(grade), value >= low, value <= high else { return nil }
      return value / step
    case .btec:
      let short = ["U": 0.0, "P": 1, "M": 2, "D": 3, "D*": 4, "DISTINCTION STAR": 4]
      if let position = short[grade] { return position }
      return labels.firstIndex { $0.uppercased() == grade }.map(Double.init)
    default:
      return labels.firstIndex { $0.uppercased() == grade }.map(Double.init)
    }
  }

  /// How many steps `current` is over (positive) or under (negative) `target`, if both are graded.
  ///
  /// A target in whole grades is met by any fine grade of it: against a target of `6`, the
  /// grades `6-`, `6` and `6+` are on target, `5+` is a third of a step under and `7-` a third
  /// of a step over. Otherwise the distance is the difference of the positions.
  public func steps(from target: Mark, to current: Mark) -> Double? {
    guard let goal = target.position(on: self), let now = current.position(on: self) else {
      return nil
    }
    let difference = now - goal
    guard wholeGrade(at: goal) == goal, wholeGrade(at: now) != now else { return difference }
    let fine = 1.0 / 3
    return difference > 0 ? max(difference - fine, 0) : min(difference + fine, 0)
  }

  /// The position of the whole grade that a position belongs to: `5-` and `5+` belong to `5`.
  ///
  /// Only GCSE 9 to 1 has fine grades; on other scales every position is its own.
  public func wholeGrade(at position: Double) -> Double {
    kind == .gcseNumbers ? position.rounded() : position
  }

  /// The grade written at a whole-step position, clamped to the scale.
  public func grade(at position: Double) -> String {
    let clamped = min(max(position, bottom), top)
    switch kind {
    case .numeric(_, _, let step): return Self.format(clamped * step)
    default: return labels[Int(clamped.rounded(.down))]
    }
  }

  /// The grade as the scale writes it: `distinction*` becomes `Distinction*`, ` 5+` `5+`.
  public func canonical(_ text: String) -> String? {
    guard let position = position(of: text) else { return nil }
    switch kind {
    case .gcseNumbers, .numeric: return text.trimmingSpaces.uppercased()
    default: return labels[Int(position)]
    }
  }

  private static func fineGradePosition(_ grade: String) -> Double? {
    if grade == "U" { return 0 }
    var digits = Substring(grade)
    var fine = 0.0
    if let last = digits.last, last == "+" || last == "-" {
      fine = last == "+" ? 1.0 / 3 : -1.0 / 3
      digits = digits.dropLast()
    }
    guard digits.count == 1, let whole = Int(digits), (1...9).contains(whole) else { return nil }
    return Double(whole) + fine
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  public var trimmingSpaces: String {
    let space = UInt8(ascii: " ")
    let tab = UInt8(ascii: "\t")
    if let first = utf8.first, let last = utf8.last, first != space, first != tab,
      last != space, last != tab
    {
      return self
    }
    var view = Substring(self)
    while let first = view.first, first == " " || first == "\t" { view = view.dropFirst() }
    while let last = view.last, last == " " || last == "\t" { view = view.dropLast() }
    return String(view)
  }
}
