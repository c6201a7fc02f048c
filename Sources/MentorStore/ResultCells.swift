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
  /// Builds the `cells` of one row, a subject at a time, in memory of its own that is
  /// kept from one row to the next: a load encodes every result of a sheet, and growing an
  /// array a byte at a time cost ten times as much.
  final class Writer {
    /// The encoded row so far: `byteCount` bytes from `start`.
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var byteCount = 0
    /// How many subjects it holds.
    private(set) var count = 0

    /// A writer with room for a row of a dozen subjects before it grows.
    init() {
      capacity = 512
      start = .allocate(capacity: capacity)
    }

    deinit {
      start.deallocate()
    }

    /// The encoded row, copied.
    var bytes: [UInt8] {
      Array(UnsafeBufferPointer(start: start, count: byteCount))
    }

    /// Binds the encoded row to the parameter at `index` of `statement`, as a blob.
    func bind(to statement: Statement, at index: Int) throws(DatabaseError) {
      try statement.bind(UnsafeRawBufferPointer(start: start, count: byteCount), at: index)
    }

    /// Appends one subject's cells.
    func append(
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
    func append(_ cell: ResultCell) {
      append(
        subject: cell.subject, sheet: cell.sheet, target: cell.target,
        workingAt: cell.workingAt, predicted: cell.predicted, effort: cell.effort,
        homework: cell.homework)
    }

    /// Empties the row for the next one, keeping its memory.
    func clear() {
      byteCount = 0
      count = 0
    }

    /// Appends one field of bytes as they are, as `field(_:)` appends a text's: for a text
    /// read from the database and packed without being made a `String` (`Roster`).
    func field(bytes: UnsafeRawBufferPointer) {
      reserve(bytes.count + Self.longestLength)
      writeLength(bytes.count)
      guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
      UnsafeMutableRawPointer(start + byteCount).copyMemory(from: from, byteCount: bytes.count)
      byteCount += bytes.count
    }

    /// Appends a flag, read by `FieldReader.flag()`: `1` for true, `0` for false.
    func flag(_ value: Bool) {
      number(value ? 1 : 0)
    }

    /// Appends one field: its length, a colon and its bytes.
    private func field(_ text: String) {
      let utf8 = text.utf8
      let length = utf8.count
      reserve(length + Self.longestLength)
      writeLength(length)
      guard length > 0 else { return }
      let copied: Void? = utf8.withContiguousStorageIfAvailable { source in
        guard let from = source.baseAddress else { return }
        (start + byteCount).update(from: from, count: length)
      }
      if copied == nil {
        for (offset, byte) in utf8.enumerated() { start[byteCount + offset] = byte }
      }
      byteCount += length
    }

    /// Appends a whole number as a field of its decimal digits.
    private func number(_ value: Int) {
      guard (0...9).contains(value) else { return field(String(value)) }
      reserve(3)
      writeLength(1)
      start[byteCount] = Self.digit(value)
      byteCount += 1
    }

    /// The most bytes a length and its colon take.
    private static let longestLength = 21

    /// Writes `length` in decimal and the colon after it, where room was reserved.
    private func writeLength(_ length: Int) {
      if length < 10 {
        start[byteCount] = Self.digit(length)
        start[byteCount + 1] = UInt8(ascii: ":")
        byteCount += 2
        return
      }
      var digits = 1
      var rest = length / 10
      while rest > 0 {
        digits += 1
        rest /= 10
      }
      rest = length
      for place in (0..<digits).reversed() {
        start[byteCount + place] = Self.digit(rest % 10)
        rest /= 10
      }
      start[byteCount + digits] = UInt8(ascii: ":")
      byteCount += digits + 1
    }

    /// Makes room for `more` bytes after the row so far.
    private func reserve(_ more: Int) {
      guard byteCount + more > capacity else { return }
      let grown = max(capacity * 2, byteCount + more)
      let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
      moved.update(from: start, count: byteCount)
      start.deallocate()
      start = moved
      capacity = grown
    }

    private static func digit(_ value: Int) -> UInt8 {
      UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value)
    }
  }

  /// The cells of one stored row.
  ///
  /// - Throws: `DatabaseError.sqlite` (SQLite's code for a corrupt file) when the bytes
  ///   are not in this encoding.
  static func decode(_ bytes: [UInt8]) throws(DatabaseError) -> [ResultCell] {
    try FieldReader.read(bytes) { reader throws(DatabaseError) in
      var cells: [ResultCell] = []
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
  }

  /// The error for a `cells` value that is not in this encoding: SQLite's code for a
  /// corrupt database.
  static let malformed = DatabaseError.sqlite(code: 11, message: "a results row is malformed")

  /// Reads length-prefixed fields from the front of a row's bytes: the cells of a result
  /// row, or the mentees of the roster (`Roster`).
  struct FieldReader {
    /// The bytes, valid only inside `read(_:_:)`: read through a pointer, a roster of
    /// 2,000 mentees decodes in two thirds of the instructions of indexing the array.
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    /// Runs `body` with a reader at the front of `bytes`.
    static func read<Result>(
      _ bytes: [UInt8], _ body: (inout FieldReader) throws(DatabaseError) -> Result
    ) throws(DatabaseError) -> Result {
      try bytes.withUnsafeBufferPointer { buffer throws(DatabaseError) in
        var reader = FieldReader(bytes: buffer)
        return try body(&reader)
      }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
    }

    var isAtEnd: Bool { position >= bytes.count }

    /// The next field, or nil when the bytes do not hold a whole one.
    mutating func text() -> String? {
      guard let length = length() else { return nil }
      let start = position
      position += length
      return String(utf8Bytes: UnsafeBufferPointer(rebasing: bytes[start..<position]))
    }

    /// The next field as a flag: true for `1`, false for `0`, nil for anything else.
    mutating func flag() -> Bool? {
      guard length() == 1 else { return nil }
      let value = bytes[position]
      position += 1
      switch value {
      case UInt8(ascii: "0"): return false
      case UInt8(ascii: "1"): return true
      default: return nil
      }
    }

    /// Reads the next field's length and its colon, leaving the reader at its bytes; nil
    /// when the bytes do not hold a whole field.
    private mutating func length() -> Int? {
      let colon = UInt8(ascii: ":")
      let zero = UInt8(ascii: "0")
      // Most fields are shorter than ten bytes: one digit and the colon.
      if bytes.count - position >= 2, bytes[position + 1] == colon {
        let digit = bytes[position] &- zero
        guard digit <= 9, bytes.count - position - 2 >= Int(digit) else { return nil }
        position += 2
        return Int(digit)
      }
      var length = 0
      var digits = 0
      while position < bytes.count, bytes[position] != colon {
        let digit = Int(bytes[position]) - Int(zero)
        guard (0...9).contains(digit), digits < 12 else { return nil }
        length = length * 10 + digit
        digits += 1
        position += 1
      }
      guard digits > 0, position < bytes.count, bytes.count - position - 1 >= length else {
        return nil
      }
      position += 1
      return length
    }
  }
}
