import Synchronization
import Testing

@testable import MentorModel

/// A source of results that counts how it is asked, and can be made to fail.
private final class CountingSource: ResultSource {
  struct Failure: Error {}
  let rows: [MonthlyResult]
  let fails: Bool
  let asks = Mutex((one: 0, all: 0))

  init(_ rows: [MonthlyResult], fails: Bool = false) {
    self.rows = rows
    self.fails = fails
  }

  func results(of menteeID: String, scales: [String: GradeScale]) throws -> [MonthlyResult] {
    asks.withLock { $0.one += 1 }
    if fails { throw Failure() }
    return rows.filter { $0.menteeID == menteeID }
  }

  func allResults(scales: [String: GradeScale]) throws -> [MonthlyResult] {
    asks.withLock { $0.all += 1 }
    if fails { throw Failure() }
    return rows
  }
}

@Suite("Results left on disk are read when first needed, and changes in memory win")
struct StoredResultsTests {
  private static func result(_ id: String, _ subject: String, _ month: String, _ grade: String)
    -> MonthlyResult
  {
    MonthlyResult(
      menteeID: id, subject: subject, month: month,
      workingAt: Mark(grade, on: .gcseNumbers) ?? .missing)
  }

  private static let rows = [
    result("P1", "Maths", "2026-09", "4"), result("P1", "Art", "2026-09", "6"),
    result("P2", "Maths", "2026-09", "5"),
  ]

  private func school(_ source: CountingSource) -> School {
    var school = School()
    school.setScale(.gcseNumbers, for: "Maths")
    school.setScale(.gcseNumbers, for: "Art")
    school.setMonths(["2026-09", "2026-10"])
    school.keepResults(in: source)
    return school
  }

  @Test("A mentee's latest month is found month by month, newest first, and kept")
  func latestMonthByMonth() {
    let source = CountingSource(Self.rows + [Self.result("P3", "Maths", "2026-10", "3")])
    var school = school(source)
    #expect(school.latestMonth(of: "P1") == "2026-09")
    #expect(school.latestMonth(of: "P3") == "2026-10")
    #expect(school.latestMonth(of: "P9") == nil)
    let asked = source.asks.withLock { $0.one }
    #expect(school.latestMonth(of: "P1") == "2026-09")
    #expect(source.asks.withLock { $0.one } == asked)
    // Results changed in memory win over the file.
    school.put(Self.result("P1", "Art", "2026-10", "7"))
    #expect(school.latestMonth(of: "P1") == "2026-10")
  }

  @Test("One mentee's results are read once, without reading anyone else's")
  func oneMenteeIsReadOnce() {
    let source = CountingSource(Self.rows)
    let school = school(source)
    #expect(school.results(of: "P1").keys.sorted() == ["Art", "Maths"])
    #expect(school.result(of: "P1", in: "Maths", month: "2026-09")?.workingAt.text == "4")
    #expect(source.asks.withLock { $0 } == (one: 1, all: 0))
  }

  @Test("A result put or removed in memory is seen over what the disk holds")
  func changesInMemoryWin() {
    let source = CountingSource(Self.rows)
    var school = school(source)
    school.put(Self.result("P1", "Maths", "2026-10", "5"))
    school.removeResult(of: "P1", in: "Art", month: "2026-09")
    #expect(school.results(of: "P1")["Maths"]?.count == 2)
    #expect(school.results(of: "P1")["Art"]?.isEmpty ?? true)
    #expect(school.resultCount == 3)
    #expect(Set(school.allResults(in: "Maths").map(\.menteeID)) == ["P1", "P2"])
  }

  @Test("A copy of the school keeps its own changes")
  func copiesStayApart() {
    let original = school(CountingSource(Self.rows))
    var copy = original
    copy.put(Self.result("P2", "Art", "2026-09", "7"))
    #expect(copy.result(of: "P2", in: "Art", month: "2026-09") != nil)
    #expect(original.result(of: "P2", in: "Art", month: "2026-09") == nil)
  }

  @Test("A read that fails is reported once, and shows no results rather than stale ones")
  func aFailedReadIsReported() {
    let school = school(CountingSource(Self.rows, fails: true))
    #expect(school.results(of: "P1").isEmpty)
    #expect(school.takeResultReadFailure() != nil)
    #expect(school.takeResultReadFailure() == nil)
  }
}
