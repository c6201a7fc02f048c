import Synchronization

/// Every mentee's names folded for matching, sorted, so that finding a name typed as WHO
/// or completing one at Tab looks at the few names it could be instead of folding all of
/// them again.
///
/// Built the first time it is needed and then kept; a school makes a new, empty one
/// whenever its mentees change. Copies of a school share one, which is safe because it
/// is only ever built from the mentees of the school that made it.
final class NameIndex: Sendable {
  /// One way of writing a mentee's name, folded, as UTF-8 bytes to sort and match by.
  struct Entry: Sendable {
    let key: [UInt8]
    let id: String
  }

  /// The names, sorted by key; the ids, folded, sorted the same way; and each id by its
  /// folded form.
  struct Built: Sendable {
    let names: [Entry]
    let sortedIDs: [Entry]
    let ids: [String: String]
  }

  private let built = Mutex<Built?>(nil)

  /// The index of `mentees`, built on first use.
  func index(of mentees: [String: Mentee]) -> Built {
    built.withLock { built in
      if let built { return built }
      var names: [Entry] = []
      var sortedIDs: [Entry] = []
      var ids: [String: String] = [:]
      for mentee in mentees.values {
        for name in School.searchNames(of: mentee) {
          names.append(Entry(key: Array(name.utf8), id: mentee.id))
        }
        let folded = School.fold(mentee.id)
        sortedIDs.append(Entry(key: Array(folded.utf8), id: mentee.id))
        ids[folded] = mentee.id
      }
      names.sort { $0.key.lexicographicallyPrecedes($1.key) }
      sortedIDs.sort { $0.key.lexicographicallyPrecedes($1.key) }
      let made = Built(names: names, sortedIDs: sortedIDs, ids: ids)
      built = made
      return made
    }
  }
}

extension NameIndex.Built {
  /// The entries whose folded name starts with `prefix`, folded.
  func entries(startingWith prefix: String) -> ArraySlice<NameIndex.Entry> {
    Self.entries(of: names, startingWith: prefix)
  }

  /// The ids that start with `prefix`, folded.
  func ids(startingWith prefix: String) -> [String] {
    Self.entries(of: sortedIDs, startingWith: prefix).map(\.id)
  }

  /// The entries of a sorted list whose key starts with `prefix`.
  private static func entries(of names: [NameIndex.Entry], startingWith prefix: String)
    -> ArraySlice<NameIndex.Entry>
  {
    let key = Array(prefix.utf8)
    var low = 0
    var high = names.count
    while low < high {
      let middle = (low + high) / 2
      if names[middle].key.lexicographicallyPrecedes(key) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    var end = low
    while end < names.count, names[end].key.starts(with: key) { end += 1 }
    return names[low..<end]
  }
}
