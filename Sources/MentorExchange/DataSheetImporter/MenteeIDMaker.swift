/// Gives every row of a data sheet the id of its mentee.
///
/// An id column is used as it stands. Without one, ids are made: from the values of the
/// columns the user names, so that the same student gets the same id in another file;
/// else from a prefix and a number, counting rows when each row is a mentee, or counting
/// names in order of first appearance when a mentee has a row per subject or month.
enum MenteeIDMaker {
  /// How the ids of a sheet were found, for the report.
  enum Source: Equatable, Sendable {
    case column(String)
    case values(columns: [String])
    case rowNumbers(prefix: String)
    case names(prefix: String)
  }

  /// Fills in the id of every row and says how; `numbered` counts rows whose values
  /// were shared with an earlier row for the same subject and month, and so numbered.
  static func assign(
    _ rows: inout [SheetRow], layout: HeaderLayout, prefix: String
  ) -> (source: Source, numbered: Int) {
    if let column = layout.roles[.upn] {
      for index in rows.indices { rows[index].person.id = rows[index].id ?? "" }
      return (.column(layout.headers[column]), 0)
    }

    if !layout.idColumns.isEmpty {
      let numbered = numberShared(&rows, key: { $0.idValues }) { base, occurrence in
        let plain = "S-" + code(of: base)
        return occurrence == 1 ? plain : "\(plain)-\(occurrence)"
      }
      return (.values(columns: layout.idColumns.map { layout.headers[$0] }), numbered)
    }

    if !layout.hasSeveralRowsPerMentee {
      let width = max(4, String(rows.count).count)
      for index in rows.indices {
        rows[index].person.id = prefix + padded(rows[index].position, width: width)
      }
      return (.rowNumbers(prefix: prefix), 0)
    }

    var numbers: [[String]: Int] = [:]
    let numbered = numberShared(&rows, key: nameKey) { base, occurrence in
      let key = base + [String(occurrence)]
      if numbers[key] == nil { numbers[key] = numbers.count + 1 }
      return prefix + padded(numbers[key]!, width: 4)
    }
    return (.names(prefix: prefix), numbered)
  }

  /// The prefix made from a file name: the letters of its last word, upper-cased, at most
  /// three (`MAT` for `student-mat.csv`); `M` when the name has no letters.
  static func defaultPrefix(for name: String) -> String {
    let base = name.split(separator: ".").dropLast().joined(separator: ".")
    let words = (base.isEmpty ? name : base).split { !($0.isASCII && $0.isLetter) }
    guard let last = words.last else { return "M" }
    return String(last.prefix(3)).uppercased()
  }

  /// Ids from a key of each row and how many rows with that key for the same subject and
  /// month came before it, counting from 1 in file order.
  ///
  /// Returns how many rows were numbered.
  private static func numberShared(
    _ rows: inout [SheetRow], key: (SheetRow) -> [String],
    id: (_ base: [String], _ occurrence: Int) -> String
  ) -> Int {
    var seen: [[String]: Int] = [:]
    var numbered = 0
    for index in rows.indices {
      let base = key(rows[index]).map { $0.trimmed.lowercased() }
      let slot = [rows[index].subject?.lowercased() ?? "", rows[index].month ?? ""]
      let occurrence = (seen[base + slot] ?? 0) + 1
      seen[base + slot] = occurrence

      rows[index].person.id = id(base, occurrence)
      if occurrence > 1 { numbered += 1 }
    }
    return numbered
  }

  private static func nameKey(_ row: SheetRow) -> [String] {
    [row.person.surname, row.person.forename, row.person.year, row.person.form]
  }

  /// Eight hexadecimal digits of a hash of the values that is the same on every machine
  /// and every run (64-bit FNV-1a, upper half).
  static func code(of values: [String]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in values.joined(separator: "\u{1F}").utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    let text = String(hash >> 32, radix: 16, uppercase: true)
    return String(repeating: "0", count: 8 - text.count) + text
  }

  private static func padded(_ number: Int, width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
