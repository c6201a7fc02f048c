import Foundation
import Testing

@testable import MentorModel

@Suite("UTC times are written and read in the forms mentor records")
struct UTCTimeTests {
  @Test(
    "Seconds since 1970 become the same civil time Foundation's calendar gives",
    arguments: [
      0, 951_782_400, 951_868_799, 1_709_164_800, 1_796_395_800, -86_400, 4_102_444_800,
      1_798_761_599,
    ])
  func agreesWithTheCalendar(seconds: Int) throws {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
    let parts = calendar.dateComponents(
      [.year, .month, .day, .hour, .minute, .second, .weekday],
      from: Date(timeIntervalSince1970: Double(seconds)))
    let time = UTCTime(seconds: seconds).parts
    #expect(time.year == parts.year)
    #expect(time.month == parts.month)
    #expect(time.day == parts.day)
    #expect(time.hour == parts.hour)
    #expect(time.minute == parts.minute)
    #expect(time.second == parts.second)
    #expect(UTCTime(seconds: seconds).weekday + 1 == parts.weekday)
  }

  @Test("Each form reads back to the same time")
  func formsRoundTrip() {
    let time = UTCTime(seconds: 1_796_398_200)
    #expect(time.iso8601 == "2026-12-04T15:30:00Z")
    #expect(time.date == "2026-12-04")
    #expect(time.compact == "20261204T153000Z")
    #expect(time.mailDate == "Fri, 04 Dec 2026 15:30:00 +0000")
    #expect(UTCTime(iso8601: time.iso8601) == time)
    #expect(UTCTime(date: "2026-12-04") == UTCTime(seconds: 1_796_342_400))
  }

  @Test("Years before 1000 are written with four digits, and years after 9999 in full")
  func yearsPadded() {
    let early = UTCTime(iso8601: "0999-01-02T03:04:05Z")
    #expect(early?.iso8601 == "0999-01-02T03:04:05Z")
    #expect(early?.date == "0999-01-02")
    let late = UTCTime(seconds: 253_402_300_800)
    #expect(late.iso8601 == "10000-01-01T00:00:00Z")
    #expect(late.date == "10000-01-01")
  }

  @Test("Offsets and fractions of a second are understood")
  func offsets() {
    #expect(UTCTime(iso8601: "2026-12-04T16:30:00+01:00")?.iso8601 == "2026-12-04T15:30:00Z")
    #expect(UTCTime(iso8601: "2026-12-04T10:30:00-05:00")?.iso8601 == "2026-12-04T15:30:00Z")
    #expect(UTCTime(iso8601: "2026-12-04T15:30:00.250Z")?.iso8601 == "2026-12-04T15:30:00Z")
  }

  @Test(
    "Dates that do not exist, or are written otherwise, are refused",
    arguments: [
      "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "26-12-04", "2026/12/04",
      "2026-12-4", "", "2026-12-04x",
    ])
  func badDates(text: String) {
    #expect(UTCTime(date: text) == nil)
  }

  @Test(
    "Leap days exist in leap years only", arguments: [(2024, true), (2100, false), (2000, true)])
  func leapDays(year: Int, exists: Bool) {
    #expect((UTCTime(date: "\(year)-02-29") != nil) == exists)
  }

  @Test(
    "Times written otherwise are refused",
    arguments: [
      "2026-12-04", "2026-12-04T25:00:00Z", "2026-12-04T10:00:00", "2026-12-04T10:00:00+1",
      "2026-12-04T10:60:00Z", "yesterday",
    ])
  func badTimes(text: String) {
    #expect(UTCTime(iso8601: text) == nil)
  }

  @Test("Adding days crosses months and years")
  func addingDays() throws {
    let day = try #require(UTCTime(date: "2026-12-25"))
    #expect(day.adding(days: 14).date == "2027-01-08")
    #expect(day.adding(days: -365).date == "2025-12-25")
  }
}
