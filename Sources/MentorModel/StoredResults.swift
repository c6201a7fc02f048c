import Synchronization

/// Where the results a school keeps on disk are read from, a mentee at a time or all at
/// once; the store provides one so that opening a large school reads no result.
public protocol ResultSource: Sendable {
  /// The stored results of one mentee, their grades read on the scales given.
  func results(of menteeID: String, scales: [String: GradeScale]) throws -> [MonthlyResult]
  /// Every stored result.
  func allResults(scales: [String: GradeScale]) throws -> [MonthlyResult]
  /// Whether one mentee has any stored result in one month, without reading the results.
  func hasResults(of menteeID: String, in month: String) throws -> Bool
}

extension ResultSource {
  /// Whether one mentee has results in a month, from their results read whole; a source
  /// may know a quicker way.
  public func hasResults(of menteeID: String, in month: String) throws -> Bool {
    try results(of: menteeID, scales: [:]).contains { $0.month == month }
  }
}

/// The results on disk that a `School` has not needed yet, read when first asked for and
/// then kept.
///
/// Copies of a school share one of these: it only ever holds what the file held when the
/// school was read, and a school copies a mentee's results into its own storage before
/// changing any of them.
final class StoredResults: Sendable {
  /// One mentee's results, by subject then month.
  typealias BySubject = [String: [String: MonthlyResult]]
  /// Results by mentee, subject and month.
  typealias ByMentee = [String: BySubject]

  private struct State {
    var read: ByMentee = [:]
    /// Whether mentees whose results were not needed have results in the months asked about.
    var inMonth: [String: [String: Bool]] = [:]
    var complete = false
    var failure: String?
  }

  private let source: any ResultSource
  private let state = Mutex(State())

  init(_ source: any ResultSource) {
    self.source = source
  }

  /// One mentee's stored results, by subject then month.
  func results(of menteeID: String, scales: [String: GradeScale]) -> BySubject {
    state.withLock { state in
      if let known = state.read[menteeID] { return known }
      if state.complete { return [:] }
      var bySubject: BySubject = [:]
      do {
        for result in try source.results(of: menteeID, scales: scales) {
          bySubject[result.subject, default: [:]][result.month] = result
        }
        state.read[menteeID] = bySubject
      } catch {
        // Not kept: the next command asks the disk again.
        state.failure = String(describing: error)
        bySubject = [:]
      }
      return bySubject
    }
  }

  /// Whether one mentee has any stored result in `month`: from their results when those
  /// have been read, else asked of the source once and kept. Cheaper than reading their
  /// results: the database answers it with one search.
  func hasResults(of menteeID: String, in month: String) -> Bool {
    state.withLock { state in
      if let known = state.read[menteeID] {
        return known.values.contains { $0[month] != nil }
      }
      if state.complete { return false }
      if let known = state.inMonth[menteeID]?[month] { return known }
      do {
        let found = try source.hasResults(of: menteeID, in: month)
        state.inMonth[menteeID, default: [:]][month] = found
        return found
      } catch {
        // Not kept: the next command asks the disk again.
        state.failure = String(describing: error)
        return false
      }
    }
  }

  /// Every stored result, by mentee, subject and month.
  func all(scales: [String: GradeScale]) -> ByMentee {
    state.withLock { state in
      if state.complete { return state.read }
      do {
        var read: ByMentee = [:]
        for result in try source.allResults(scales: scales) {
          read[result.menteeID, default: [:]][result.subject, default: [:]][result.month] =
            result
        }
        state.read = read
        state.complete = true
      } catch {
        state.failure = String(describing: error)
      }
      return state.read
    }
  }

  /// Why the last read failed, if one did since the last time this was asked; reading it
  /// clears it.
  func takeFailure() -> String? {
    state.withLock { state in
      defer { state.failure = nil }
      return state.failure
    }
  }
}
