import Foundation

/// The answer to "who is meant?" for a word typed as WHO.
public enum MenteeMatch: Equatable, Sendable {
  /// Exactly one mentee.
  case found(Mentee)
  /// Several mentees fit; the user must say which.
  case ambiguous([Mentee])
  /// Nobody fits.
  case notFound
}

extension School {
  /// Finds the mentee meant by `who`: an id, or a name by unique prefix.
  ///
  /// Ids match whole and ignore case. Names ignore case and accents (`zoe bronte` finds
  /// Zoë Brontë) and match as a prefix of "forename surname", "surname forename" or
  /// "surname, forename". A name that is whole for exactly one mentee wins over prefixes.
  public func find(_ who: String) -> MenteeMatch {
    if let mentee = mentees[who] { return .found(mentee) }
    let key = Self.fold(who)
    guard !key.isEmpty else { return .notFound }
    let index = nameIndex.index(of: mentees)
    if let mentee = index.ids[key].flatMap({ mentees[$0] }) { return .found(mentee) }
    var whole: Set<String> = []
    var prefixed: Set<String> = []
    for entry in index.entries(startingWith: key) {
      if entry.key.count == key.utf8.count {
        whole.insert(entry.id)
      } else {
        prefixed.insert(entry.id)
      }
    }
    prefixed.subtract(whole)
    let sorted: (Set<String>) -> [Mentee] = { ids in
      ids.compactMap { mentees[$0] }.sorted {
        (Self.fold($0.sortName), $0.id) < (Self.fold($1.sortName), $1.id)
      }
    }
    let chosen = whole.isEmpty ? prefixed : whole
    switch chosen.count {
    case 0: return .notFound
    case 1: return chosen.first.flatMap { mentees[$0] }.map { .found($0) } ?? .notFound
    default: return .ambiguous(sorted(chosen))
    }
  }

  /// Finds the mentee meant by `who` only when it is their id or their whole name, for a
  /// change that cannot be taken back: the start of a name finds nobody.
  ///
  /// Ids and names ignore case and accents, as `find` does; a whole name is
  /// "forename surname", "surname forename" or "surname, forename".
  public func findWhole(_ who: String) -> MenteeMatch {
    if let mentee = mentees[who] { return .found(mentee) }
    let key = Self.fold(who)
    guard !key.isEmpty else { return .notFound }
    let index = nameIndex.index(of: mentees)
    if let mentee = index.ids[key].flatMap({ mentees[$0] }) { return .found(mentee) }
    let whole = Set(
      index.entries(startingWith: key).filter { $0.key.count == key.utf8.count }.map(\.id))
    let found = whole.compactMap { mentees[$0] }.sorted { $0.id < $1.id }
    switch found.count {
    case 0: return .notFound
    case 1: return .found(found[0])
    default: return .ambiguous(found)
    }
  }

  /// Names that complete `prefix`, as a user would type them: "Forename Surname".
  public func completeNames(_ prefix: String) -> [String] {
    let entries = nameIndex.index(of: mentees).entries(startingWith: Self.fold(prefix))
    return Set(entries.compactMap { mentees[$0.id]?.displayName }).sorted()
  }

  /// Ids that start with `prefix`, ignoring case, sorted.
  public func completeIDs(_ prefix: String) -> [String] {
    nameIndex.index(of: mentees).ids(startingWith: Self.fold(prefix)).sorted()
  }

  /// Whether a mentor's name is meant by `query`: the whole name, or one word of it
  /// (`patel` or `Ms Patel` for Ms Patel), ignoring case and accents.
  public static func mentor(_ name: String, matches query: String) -> Bool {
    let folded = fold(name)
    let key = fold(query)
    return folded == key || folded.split(separator: " ").contains { $0 == key }
  }

  /// Lower case without accents, with single spaces and with the keyboard's apostrophe,
  /// for matching names.
  ///
  /// School systems often store `O’Brien` with a curly apostrophe, which nobody types;
  /// folding it to `'` lets `o'brien` find it.
  public static func fold(_ text: String) -> String {
    if let plain = foldASCII(text) { return plain }
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .map { apostrophes.contains($0) ? "'" : $0 }
    return String(folded).split(whereSeparator: { $0 == " " || $0 == "\t" })
      .joined(separator: " ")
  }

  /// `fold` for text of printable ASCII letters, digits and marks with single spaces
  /// between words, the usual case, without Foundation's folding; nil for anything else.
  private static func foldASCII(_ text: String) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var lastWasSpace = true
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: " "):
        guard !lastWasSpace else { return nil }
        lastWasSpace = true
        bytes.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"):
        lastWasSpace = false
        bytes.append(byte + 32)
      case 0x21...0x7E:
        lastWasSpace = false
        bytes.append(byte)
      default: return nil
      }
    }
    guard !lastWasSpace || bytes.isEmpty else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Characters that print as an apostrophe: right and left single quotation marks and
  /// the modifier letter apostrophe.
  private static let apostrophes: Set<Character> = ["\u{2019}", "\u{2018}", "\u{02BC}"]

  /// The ways a mentee's name may be typed, folded: "forename surname", "surname
  /// forename" and "surname, forename".
  static func searchNames(of mentee: Mentee) -> [String] {
    let forename = fold(mentee.forename)
    let surname = fold(mentee.surname)
    return [
      "\(forename) \(surname)", "\(surname) \(forename)", "\(surname), \(forename)",
    ].map { fold($0) }
  }
}
