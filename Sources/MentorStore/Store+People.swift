import Foundation
import MentorModel

/// Staff, parents and carers, and which mentor each mentee has.
extension Store {
  /// Saves members of staff, each replacing the one stored under the same name.
  ///
  /// Roles and subjects are kept as JSON lists of text, so a subject or class name may
  /// hold any character, commas included.
  public func saveStaff(_ members: [StaffMember]) throws(DatabaseError) {
    try write {
      for member in members {
        let roles = StaffMember.Role.allCases.filter(member.roles.contains).map(\.rawValue)
        try database.run(
          "INSERT INTO staff (name, email, roles, subjects) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (name) DO UPDATE SET email = excluded.email,"
            + " roles = excluded.roles, subjects = excluded.subjects",
          .text(member.name), .text(member.email), .text(Self.jsonList(roles)),
          .text(Self.jsonList(member.subjects)))
      }
    }
  }

  /// Saves parents and carers: for each mentee they name, the carers given replace all of
  /// that mentee's carers stored before, in the order given. Other mentees keep theirs.
  public func saveCarers(_ carers: [Carer]) throws(DatabaseError) {
    var seen: Set<String> = []
    let mentees = carers.map(\.menteeID).filter { seen.insert($0).inserted }
    try write {
      for mentee in mentees {
        try database.run("DELETE FROM carers WHERE mentee = ?", .text(mentee))
      }
      for carer in carers {
        try database.run(
          "INSERT INTO carers (mentee, name, relationship, email) VALUES (?, ?, ?, ?)",
          .text(carer.menteeID), .text(carer.name), .text(carer.relationship),
          .text(carer.email))
      }
    }
  }

  /// Gives mentees a mentor, with a line of history for each mentee changed.
  ///
  /// - Parameters:
  ///   - menteeIDs: the mentees to assign; an id with no mentee in the database changes
  ///     nothing and records nothing.
  ///   - mentor: the mentor's name, as the school writes it.
  ///   - event: the line of history for a mentee id, or nil for none.
  public func assign(
    _ menteeIDs: [String], to mentor: String, event: (String) -> HistoryEvent?
  ) throws(DatabaseError) {
    try write {
      for id in menteeIDs {
        try database.run("UPDATE mentees SET mentor = ? WHERE id = ?", .text(mentor), .text(id))
        guard database.changes > 0 else { continue }
        try append(event(id))
      }
    }
  }

  /// Reads every member of staff and every carer into the school.
  func readPeople(into school: inout School) throws {
    try database.query("SELECT name, email, roles, subjects FROM staff") { row in
      let roles = Self.list(fromJSON: row.string(2)).compactMap(StaffMember.Role.init(rawValue:))
      let member = StaffMember(
        name: row.string(0) ?? "", email: row.string(1) ?? "", roles: Set(roles),
        subjects: Self.list(fromJSON: row.string(3)))
      school.staff[member.name] = member
    }

    try database.query(
      "SELECT mentee, name, relationship, email FROM carers ORDER BY rowid"
    ) { row in
      let carer = Carer(
        menteeID: row.string(0) ?? "", name: row.string(1) ?? "",
        relationship: row.string(2) ?? "", email: row.string(3) ?? "")
      school.carers[carer.menteeID, default: []].append(carer)
    }
  }

  /// A list of text as a JSON array.
  static func jsonList(_ items: [String]) -> String {
    // Encoding an array of strings cannot fail; the fallback is never reached.
    guard let data = try? JSONEncoder().encode(items) else { return "[]" }
    return String(decoding: data, as: UTF8.self)
  }

  /// A list of text from a JSON array; empty when the text is not one.
  static func list(fromJSON text: String?) -> [String] {
    guard let text else { return [] }
    return (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
  }
}
