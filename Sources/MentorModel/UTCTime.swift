/// Times and dates in UTC, written and read without a date formatter.
///
/// Foundation's formatters load ICU, which is slow to start and has crashed when
/// formatters were made on several threads at once; every time `mentor` records is UTC
/// in one of a few fixed forms, which plain arithmetic on the proleptic Gregorian
/// calendar handles.
public struct UTCTime: Hashable, Comparable, Sendable {
  /// Seconds since 1970-01-01T00:00:00Z.
  public let seconds: Int

  /// The time `seconds` after 1970-01-01T00:00:00Z.
  public init(seconds: Int) {
    self.seconds = seconds
  }

  public static func < (left: UTCTime, right: UTCTime) -> Bool {
    left.seconds < right.seconds
  }

  /// The civil date and time of day.
  public var parts: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
    let days = Self.floorDivide(seconds, 86_400)
    let inDay = seconds - days * 86_400
    let (year, month, day) = Self.civil(fromDays: days)
    return (year, month, day, inDay / 3600, inDay / 60 % 60, inDay % 60)
  }

  /// The day of the week, 0 for Sunday to 6 for Saturday.
  public var weekday: Int {
    let days = Self.floorDivide(seconds, 86_400)
    return ((days + 4) % 7 + 7) % 7
  }

  /// `2026-12-04T15:30:00Z`.
  public var iso8601: String {
    let p = parts
    guard (0...9999).contains(p.year) else {
      return "\(date)T\(Self.two(p.hour)):\(Self.two(p.minute)):\(Self.two(p.second))Z"
    }
    return Self.written([
      (p.year, 4, "-"), (p.month, 2, "-"), (p.day, 2, "T"), (p.hour, 2, ":"),
      (p.minute, 2, ":"), (p.second, 2, "Z"),
    ])
  }

  /// `2026-12-04`.
  public var date: String {
    let p = parts
    guard (0...9999).contains(p.year) else {
      return "\(Self.four(p.year))-\(Self.two(p.month))-\(Self.two(p.day))"
    }
    return Self.written([(p.year, 4, "-"), (p.month, 2, "-"), (p.day, 2, nil)])
  }

  /// Numbers from 0 written with leading zeros to a fixed width, each followed by its mark:
  /// the common case of `iso8601` and `date`, written straight into the string's bytes.
  private static func written(_ fields: [(value: Int, width: Int, mark: Unicode.Scalar?)])
    -> String
  {
    let length = fields.reduce(0) { $0 + $1.width + ($1.mark == nil ? 0 : 1) }
    return String(unsafeUninitializedCapacity: length) { bytes in
      var end = 0
      for field in fields {
        var rest = field.value
        for at in stride(from: end + field.width - 1, through: end, by: -1) {
          bytes[at] = UInt8(ascii: "0") + UInt8(rest % 10)
          rest /= 10
        }
        end += field.width
        if let mark = field.mark {
          bytes[end] = UInt8(ascii: mark)
          end += 1
        }
      }
      return end
    }
  }

  /// `20261204T153000Z`.
  public var compact: String {
    let p = parts
    return Self.four(p.year) + Self.two(p.month) + Self.two(p.day) + "T" + Self.two(p.hour)
      + Self.two(p.minute) + Self.two(p.second) + "Z"
  }

  /// `Fri, 04 Dec 2026 15:30:00 +0000`, as a message's Date field writes it.
  public var mailDate: String {
    let p = parts
    let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    return "\(weekdays[weekday]), \(Self.two(p.day)) \(months[p.month - 1]) \(Self.four(p.year))"
      + " \(Self.two(p.hour)):\(Self.two(p.minute)):\(Self.two(p.second)) +0000"
  }

  /// The time `days` whole days later (earlier when negative).
  public func adding(days: Int) -> UTCTime {
    UTCTime(seconds: seconds + days * 86_400)
  }

  /// Reads `YYYY-MM-DD`, at midnight; nil unless it is a real date in that form.
  public init?(date text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let year = Self.number(bytes[0..<4]), let month = Self.number(bytes[5..<7]),
      let day = Self.number(bytes[8..<10]), Self.isDay(year, month, day)
    else { return nil }
    seconds = Self.days(fromCivil: year, month, day) * 86_400
  }

  /// Reads `YYYY-MM-DDTHH:MM:SS` followed by `Z` or an offset such as `+01:00`, with
  /// optional fractions of a second (dropped); nil for anything else.
  public init?(iso8601 text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count >= 20,
      let day = UTCTime(date: String(decoding: bytes[0..<10], as: UTF8.self)),
      bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
      bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
      let hour = Self.number(bytes[11..<13]), let minute = Self.number(bytes[14..<16]),
      let second = Self.number(bytes[17..<19]), hour < 24, minute < 60, second < 61
    else { return nil }
    var rest = bytes[19...]
    if rest.first == UInt8(ascii: ".") {
      rest = rest.dropFirst().drop { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
    var offset = 0
    if rest.elementsEqual([UInt8(ascii: "Z")]) {
      offset = 0
    } else if rest.count == 6, let sign = rest.first,
      sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
      rest[rest.startIndex + 3] == UInt8(ascii: ":"),
      let hours = Self.number(rest.dropFirst().prefix(2)),
      let minutes = Self.number(rest.suffix(2)), hours < 24, minutes < 60
    {
      offset = (hours * 3600 + minutes * 60) * (sign == UInt8(ascii: "+") ? 1 : -1)
    } else {
      return nil
    }
    seconds = day.seconds + hour * 3600 + minute * 60 + second - offset
  }

  /// Whether `year`, `month` and `day` name a day that exists.
  static func isDay(_ year: Int, _ month: Int, _ day: Int) -> Bool {
    guard (1...12).contains(month), day >= 1 else { return false }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= lengths[month - 1]
  }

  /// Days since 1970-01-01 of a civil date (the days-from-civil method: years counted
  /// from March, so that the leap day falls at the end of each counted year).
  static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
    let shifted = month <= 2 ? year - 1 : year
    let era = floorDivide(shifted, 400)
    let yearOfEra = shifted - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The civil date `days` after 1970-01-01: the inverse of `days(fromCivil:_:_:)`.
  static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = days + 719_468
    let era = floorDivide(shifted, 146_097)
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  private static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
    value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
  }

  private static func number(_ digits: some Collection<UInt8>) -> Int? {
    guard !digits.isEmpty else { return nil }
    var value = 0
    for digit in digits {
      guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(digit - UInt8(ascii: "0"))
    }
    return value
  }

  private static func two(_ value: Int) -> String {
    value < 10 ? "0\(value)" : String(value)
  }

  private static func four(_ value: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, 4 - text.count)) + text
  }
}
