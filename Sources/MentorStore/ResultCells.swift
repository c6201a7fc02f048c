/// What a `results` row holds for one subject: the cells of a data sheet for one mentee,
/// month and subject, and the sheet they came from.
struct ResultCell: Equatable {
  var subject: String
  /// The sheet's number in `sheets`.
  var sheet: Int
  var target: String
  var workingAt: String
  var predicted: String
  var effort: Int?
  var homework: String
}

/// The encoding of the `cells` column of `results`: every subject of one mentee and month,
/// one after another, each as seven fields (subject, sheet number, target, working at,
/// predicted, effort, homework).
///
/// Each field is its length in UTF-8 bytes, written in decimal, a colon, and then its
/// bytes, so no text a cell can hold (colons, digits, quotes, line breaks, NUL) can end a
/// field early or be read as the next one. An effort that was not given is an empty field.
/// Schema step 10 (`Schema.packedResults`) writes the same encoding in SQL.
enum ResultCells {
  /// How many fields each subject takes.
  static let fieldsPerCell = 7

  /// Builds the `cells` of one row, a subject at a time.
  struct Writer {
    /// The encoded row so far.
    private(set) var bytes: [UInt8] = []
    /// How many subjects it holds.
    private(set) var count = 0

    /// Appends one subject's cells.
    mutating func append(
      subject: String, sheet: Int, target: String, workingAt: String, predicted: String,
      effort: Int?, homework: String
    ) {
      field(subject)
      number(sheet)
      field(target)
      field(workingAt)
      field(predicted)
      if let effort { number(effort) } else { field("") }
      field(homework)
      count += 1
    }

    /// Appends a cell read from a stored row.
    mutating func append(_ cell: ResultCell) {
      append(
        subject: cell.subject, sheet: cell.sheet, target: cell.target,
        workingAt: cell.workingAt, predicted: cell.predicted, effort: cell.effort,
        homework: cell.homework)
    }

    /// Empties the row for the next one, keeping its storage.
    mutating func clear() {
      bytes.removeAll(keepingCapacity: true)
      count = 0
    }

    private mutating func field(_ text: String) {
      var text = text
      text.withUTF8 { utf8 in
        length(utf8.count)
        bytes.append(contentsOf: utf8)
      }
    }

    private mutating func number(_ value: Int) {
      let digits = String(value).utf8
      length(digits.count)
      bytes.append(contentsOf: digits)
    }

    /// Writes `count` in decimal and the colon after it.
    private mutating func length(_ count: Int) {
      if count < 10 {
        bytes.append(UInt8(ascii: "0") + UInt8(count))
      } else {
        bytes.append(contentsOf: String(count).utf8)
      }
      bytes.append(UInt8(ascii: ":"))
    }
  }

  /// The cells of one stored row.
  ///
  /// - Throws: `DatabaseError.sqlite` (SQLite's code for a corrupt file) when the bytes
  ///   are not in this encoding.
  static func decode(_ bytes: [UInt8]) throws(DatabaseError) -> [ResultCell] {
    var cells: [ResultCell] = []
    var reader = FieldReader(bytes: bytes)
    while !reader.isAtEnd {
      guard let subject = reader.text(), let sheet = reader.text().flatMap({ Int($0) }),
        let target = reader.text(), let workingAt = reader.text(),
        let predicted = reader.text(), let effort = reader.text(),
        let homework = reader.text()
      else { throw Self.malformed }
      let given = effort.isEmpty ? nil : Int(effort)
      if !effort.isEmpty && given == nil { throw Self.malformed }
      cells.append(
        ResultCell(
          subject: subject, sheet: sheet, target: target, workingAt: workingAt,
          predicted: predicted, effort: given, homework: homework))
    }
    return cells
  }

  /// The error for a `cells` value that is not in this encoding: SQLite's code for a
  /// corrupt database.
  static let malformed = DatabaseError.sqlite(code: 11, message: "a results row is malformed")

  /// Reads length-prefixed fields from the front of a row's bytes.
  private struct FieldReader {
    let bytes: [UInt8]
    var position = 0

    var isAtEnd: Bool { position >= bytes.count }

    /// The next field, or nil when the bytes do not hold a whole one.
    mutating func text() -> String? {
      var length = 0
      var digits = 0
      while position < bytes.count, bytes[position] != UInt8(ascii: ":") {
        let digit = Int(bytes[position]) - Int(UInt8(ascii: "0"))
        guard (0...9).contains(digit), digits < 12 else { return nil }
        length = length * 10 + digit
        digits += 1
        position += 1
      }
      guard digits > 0, position < bytes.count, bytes.count - position - 1 >= length else {
        return nil
      }
      let start = position + 1
      position = start + length
      return String(decoding: bytes[start..<position], as: UTF8.self)
    }
  }
}
