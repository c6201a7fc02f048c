import MentorModel

/// The strategy library that `suggest` draws on.
extension Store {
  /// Replaces the whole library with `strategies`, kept in the order given.
  ///
  /// A library saved empty reads back as the seed's strategies, as a new database does.
  public func saveStrategies(_ strategies: [Strategy]) throws(DatabaseError) {
    try write {
      try database.run("DELETE FROM strategies")
      for (position, strategy) in strategies.enumerated() {
        try database.run(
          "INSERT INTO strategies (position, category, problem, strategy) VALUES (?, ?, ?, ?)",
          SQLValue(position), .text(strategy.category.rawValue), .text(strategy.problem),
          .text(strategy.strategy))
      }
    }
  }

  /// Reads the library into the school, leaving the seed's strategies when none is saved.
  func readStrategies(into school: inout School) throws {
    var library: [Strategy] = []
    try database.query(
      "SELECT category, problem, strategy FROM strategies ORDER BY position"
    ) { row in
      library.append(
        Strategy(
          category: Self.category(row.string(0)), problem: row.string(1) ?? "",
          strategy: row.string(2) ?? ""))
    }
    school.strategies = library.isEmpty ? Strategy.seed : library
  }
}
