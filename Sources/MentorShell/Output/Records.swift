import MentorExchange

/// What a command that prints records hands to `Shell.emit`: the rows, and the words a
/// person reads around them.
///
/// CSV and JSON hold the table's rows alone, keyed by its columns' stable names; the
/// heading and footing lines are for people and appear in the table format only.
struct Records {
  /// The rows, with the stable column names that CSV headers and JSON fields use.
  var table: Table
  /// What one row is, such as `mentee`, for "Wrote 120 mentees to 'caseload.csv'."
  var noun: String
  /// The plural of `noun`, when adding an `s` does not make it.
  var plural: String?
  /// Lines above the table, in the table format only.
  var heading: [String] = []
  /// Lines below the table, in the table format only.
  var footing: [String] = []
  /// The table a person reads, when it leaves out columns that every row shares (the
  /// mentee and month of a feedback sheet, said in the heading instead).
  var shown: Table?
  /// Makes a JSON document to write instead of an array of the rows, for a command whose
  /// README documents an object; called only when JSON is asked for.
  var json: (() -> String)?
  /// A line to show in the table format instead of an empty table.
  var whenEmpty: String?

  /// Records of a table alone.
  init(_ table: Table, noun: String, plural: String? = nil) {
    self.table = table
    self.noun = noun
    self.plural = plural
  }

  /// The records in a format; `width` limits a text table and `colour` allows escapes.
  func rendered(as format: OutputFormat, width: Int?, colour: Bool) -> String {
    switch format {
    case .csv: return table.csv()
    case .json: return json?() ?? table.json()
    case .table:
      let people = shown ?? table
      let prose = { (line: String) in
        (width.map { ProseWrap.wrap(line: line, width: $0) } ?? [line]).map { $0 + "\n" }
          .joined()
      }
      var text = heading.map(prose).joined()
      if let whenEmpty, people.rows.isEmpty {
        text += prose(whenEmpty)
      } else {
        text += people.text(width: width, colour: colour)
      }
      return text + footing.map(prose).joined()
    }
  }

  /// How many rows, with the noun: `120 mentees`.
  var count: String { counted(table.rows.count, noun, plural) }
}
