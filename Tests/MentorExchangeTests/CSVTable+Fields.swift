import MentorExchange

extension CSVTable {
  /// The fields of every row, for comparing a table with what a test expects.
  var rowFields: [[String]] { rows.map(\.fields) }

  /// The line on which every row starts.
  var rowLines: [Int] { rows.map(\.line) }
}
