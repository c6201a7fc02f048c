import Testing

@testable import MentorStore

@Suite("Waiting for a lock is quick to notice and gives up after about 5 seconds")
struct BusyWaitTests {
  @Test func theTimeWaitedIsTheSumOfThePauses() {
    var total = 0

    for attempt in 0..<600 {
      #expect(BusyWait.waited(afterAttempts: attempt) == total)
      total += BusyWait.pause(forAttempt: attempt)
    }
  }

  @Test func pausesGrowFromOneToTenMilliseconds() {
    #expect(BusyWait.pause(forAttempt: 0) == 1)
    #expect(BusyWait.pause(forAttempt: 4) == 5)
    #expect(BusyWait.pause(forAttempt: 9) == 10)
    #expect(BusyWait.pause(forAttempt: 400) == 10)
  }

  @Test func waitingStopsOnceTheLimitIsReached() throws {
    let limit = BusyWait.defaultLimitInMilliseconds
    let lastAttempt = try #require((0...).first { BusyWait.waited(afterAttempts: $0) >= limit })

    #expect(BusyWait.waited(afterAttempts: lastAttempt) < limit + 10)
    #expect(!BusyWait.keepWaiting(afterAttempts: Int32(lastAttempt), limit: limit))
  }

  @Test func aWriterThatWaitsTooLongGetsABusyErrorAndCanTryAgain() throws {
    try withTemporaryFolder { folder in
      let path = folder.file("school.mentor")
      let holder = try Database(path: path)
      let waiter = try Database(path: path, busyLimitInMilliseconds: 30)
      try holder.exec("CREATE TABLE mentee(name TEXT)")

      try holder.transaction {
        try holder.run("INSERT INTO mentee VALUES (?)", "Ada")
        #expect(throws: DatabaseError.busy) {
          try waiter.transaction {
            try waiter.run("INSERT INTO mentee VALUES (?)", "Ben")
          }
        }
      }

      try waiter.transaction {
        try waiter.run("INSERT INTO mentee VALUES (?)", "Ben")
      }
      var count: Int?
      try holder.query("SELECT count(*) FROM mentee") { count = $0.int(0) }
      #expect(count == 2)
    }
  }
}
