import MentorModel

/// The roster: one row holding every mentee's fields packed (schema step 11), read at start
/// in place of stepping through every row of `mentees`, which was over half of starting on
/// 2,000 mentees and showing one.
///
/// Each mentee is seven fields (id, surname, forename, year, form, mentor, `1` or `0` for
/// erased), each its length in UTF-8 bytes, a colon and its bytes, as `ResultCells` packs
/// cells, so no text a name can hold ends a field early. Triggers remove the row on any
/// change to `mentees`, whoever makes it; `Roster.Keeper` builds it again before the
/// store's transaction commits. A file without the row (changed by another program since,
/// or opened read-only after such a change) is read from `mentees` as before.
enum Roster {
  /// How many fields each mentee takes.
  static let fieldsPerMentee = 7

  /// Reads the row: how many mentees it holds, and their packed fields.
  static let read = SQL("SELECT mentees, packed FROM roster")

  /// Whether the row is there.
  static let isThere = SQL("SELECT 1 FROM roster")

  /// The mentees of a packed roster, put into `mentees` by id, which should be empty.
  ///
  /// - Throws: `DatabaseError.sqlite` (SQLite's code for a corrupt file) when the bytes
  ///   are not in this encoding or do not hold `count` mentees.
  static func decode(
    _ bytes: [UInt8], count: Int, into mentees: inout [String: Mentee]
  ) throws(DatabaseError) {
    mentees.reserveCapacity(count)
    let read = try ResultCells.FieldReader.read(bytes) { reader throws(DatabaseError) in
      var read = 0
      while !reader.isAtEnd {
        guard let id = reader.text(), let surname = reader.text(),
          let forename = reader.text(), let year = reader.text(), let form = reader.text(),
          let mentor = reader.text(), let erased = reader.flag()
        else { throw malformed }
        // Made in place in the dictionary: a mentee built first and stored after was copied.
        mentees[id] = Mentee(
          id: id, surname: surname, forename: forename, year: year, form: form,
          mentor: mentor, isErased: erased)
        read += 1
      }
      return read
    }
    guard read == count else { throw malformed }
  }

  /// The error for a roster that is not in this encoding: SQLite's code for a corrupt
  /// database.
  static let malformed = DatabaseError.sqlite(code: 11, message: "the roster is malformed")

  /// Builds the roster again, inside the transaction about to commit, when a change to
  /// `mentees` removed it; holds nothing of its own between levels.
  final class Keeper: TransactionCompanion {
    func levelBegan() {}

    func willCommit(_ database: Database) throws(DatabaseError) {
      let check = try database.prepared(Roster.isThere)
      defer { check.reset() }
      guard try !check.step() else { return }
      try Roster.rebuild(in: database)
    }

    func levelKept() {}

    func levelUndone() {}
  }

  /// Packs every row of `mentees` into a new roster row, the bytes schema step 11's SQL
  /// writes, copying each field's bytes as SQLite holds them: a fifth of the instructions
  /// of that SQL (about 3,300 a mentee against 12,400), which a load pays once.
  static func rebuild(in database: Database) throws(DatabaseError) {
    let writer = ResultCells.Writer()
    var count = 0
    let rows = try database.prepared(readTable)
    defer { rows.reset() }
    while try rows.step() {
      for column in 0..<fieldsPerMentee - 1 {
        rows.withTextBytes(column) { writer.field(bytes: $0) }
      }
      writer.flag(rows.int(fieldsPerMentee - 1) == 1)
      count += 1
    }
    let insert = try database.prepared(Self.insert)
    defer { insert.reset() }
    try insert.bind(count, at: 1)
    try writer.bind(to: insert, at: 2)
    while try insert.step() {}
  }

  /// Every mentee's fields, in the order the roster packs them.
  private static let readTable = SQL(
    "SELECT id, surname, forename, year, form, mentor, erased_at IS NOT NULL FROM mentees")

  private static let insert = SQL("INSERT INTO roster (id, mentees, packed) VALUES (1, ?, ?)")
}
