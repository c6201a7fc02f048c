/// Choosing the scale that a subject's grades are written on.
extension GradeScale {
  /// The scale that accepts every grade in `grades`, or nil when no named scale does.
  ///
  /// Blank cells, `X` (absent) and `U` say nothing about the scale and are skipped. Whole
  /// numbers from 1 to 9 are read as GCSE grades; other numbers as 0 to 20 when they fit,
  /// else as percentages. Letters with an F or G are GCSE letters; A* to E alone are read as
  /// GCSE letters too, since the school is a secondary school (`--scale a-level` says
  /// otherwise). With no grade at all the answer is GCSE 9 to 1.
  public static func detect<S: Sequence>(_ grades: S) -> GradeScale? where S.Element == String {
    var distinct = Set<String>()
    for grade in grades {
      let key = grade.trimmingSpaces.uppercased()
      if key.isEmpty || key == "X" || key == "U" { continue }
      distinct.insert(key)
    }
    if distinct.isEmpty { return .gcseNumbers }
    return named.first { scale in distinct.allSatisfy { scale.position(of: $0) != nil } }
  }
}
