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

  /// The statement that builds the row from `mentees`: the last of schema step 11.
  static let build: SQL = {
    let text = Schema.roster
    guard let start = text.range(of: "INSERT INTO roster") else {
      preconditionFailure("Schema step 11 ends with the statement that builds the roster")
    }
    return SQL(String(text[start.lowerBound...]))
  }()

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
      try database.prepared(Roster.build).run()
    }

    func levelKept() {}

    func levelUndone() {}
  }
}
