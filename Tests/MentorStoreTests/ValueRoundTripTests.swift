import MentorStore
import Testing

/// A value to store, with a name that reads well in the test report.
struct ValueSample: Sendable, CustomTestStringConvertible {
  let name: String
  let value: SQLValue

  var testDescription: String {
    name
  }
}

@Suite("Values come back exactly as they were stored")
struct ValueRoundTripTests {
  static let samples: [ValueSample] = [
    ValueSample(name: "null", value: nil),
    ValueSample(name: "zero", value: 0),
    ValueSample(name: "largest integer", value: .integer(.max)),
    ValueSample(name: "smallest integer", value: .integer(.min)),
    ValueSample(name: "real", value: 3.25),
    ValueSample(name: "negative real", value: -0.1),
    ValueSample(name: "empty text", value: ""),
    ValueSample(name: "accented name", value: "Zoë Brontë"),
    ValueSample(name: "text with a NUL inside", value: "Year 9\u{0}set 2"),
    ValueSample(name: "Welsh and emoji", value: "Siân Ŵyn 🦉"),
    ValueSample(name: "empty blob", value: .blob([])),
    ValueSample(name: "blob with zero bytes", value: .blob([0, 255, 0, 7])),
  ]

  @Test(arguments: samples)
  func valueReadsBackUnchanged(sample: ValueSample) throws {
    let database = try Database.inMemory()
    try database.exec("CREATE TABLE sample(value)")

    try database.run("INSERT INTO sample(value) VALUES (?)", sample.value)

    var read: [SQLValue] = []
    try database.query("SELECT value FROM sample") { row in
      read.append(row.value(0))
    }
    #expect(read == [sample.value])
  }

  @Test func typedBindsReadBackThroughTypedGetters() throws {
    let database = try Database.inMemory()
    let statement = try database.prepare("SELECT ?, ?, ?, ?, ?, ?")

    try statement.bind(42, at: 1)
    try statement.bind(Int64(-7_000_000_000), at: 2)
    try statement.bind(2.5, at: 3)
    try statement.bind("Zoë Brontë", at: 4)
    try statement.bind([1, 2, 3] as [UInt8], at: 5)
    try statement.bindNull(at: 6)

    #expect(try statement.step())
    #expect(statement.int(0) == 42)
    #expect(statement.int64(1) == -7_000_000_000)
    #expect(statement.double(2) == 2.5)
    #expect(statement.string(3) == "Zoë Brontë")
    #expect(statement.blob(4) == [1, 2, 3])
    #expect(statement.isNull(5))
    #expect(try !statement.step())
  }

  @Test func nullReadsAsNilFromEveryGetter() throws {
    let database = try Database.inMemory()

    try database.query("SELECT NULL") { row in
      #expect(row.isNull(0))
      #expect(row.int(0) == nil)
      #expect(row.int64(0) == nil)
      #expect(row.double(0) == nil)
      #expect(row.string(0) == nil)
      #expect(row.blob(0) == nil)
    }
  }

  @Test func accentedTextIsStoredAsUTF8AndMatchesInSQL() throws {
    let database = try Database.inMemory()
    try database.exec("CREATE TABLE mentee(name TEXT)")
    try database.run("INSERT INTO mentee(name) VALUES (?)", "Zoë Brontë")

    var found: [Int?] = []
    try database.query(
      "SELECT length(name), length(CAST(name AS BLOB)) FROM mentee WHERE name = ?", "Zoë Brontë"
    ) { row in
      found = [row.int(0), row.int(1)]
    }
    #expect(found == [10, 12])
  }

  /// Short texts (up to fifteen bytes) and longer ones are made in two ways; both must
  /// keep every valid character and repair bytes that are not UTF-8 the same way.
  @Test(
    arguments: [
      [], Array("Zoë".utf8), Array("fifteen bytes!!".utf8), Array("sixteen bytes!!!".utf8),
      [0x41, 0xFF, 0x42], [0xC3], Array(repeating: 0xFF, count: 15), [0x41, 0, 0x42],
      Array("Brontë".utf8) + [0xE2, 0x82] + Array(" and more after it".utf8),
    ] as [[UInt8]])
  func textOfAnyLengthReadsAsDecodingItsBytesWould(bytes: [UInt8]) throws {
    let database = try Database.inMemory()

    var read: String?
    try database.query("SELECT CAST(? AS TEXT)", .blob(bytes)) { row in
      read = row.string(0)
    }
    #expect(read == String(decoding: bytes, as: UTF8.self))
    #expect(read.map { Array($0.utf8) } == Array(String(decoding: bytes, as: UTF8.self).utf8))
  }

  @Test func literalsAndInitialisersMakeTheExpectedValues() {
    let values: [SQLValue] = [nil, 1, 1.5, "a", true, false]
    let expected: [SQLValue] = [
      .null, .integer(1), .real(1.5), .text("a"), .integer(1), .integer(0),
    ]
    #expect(values == expected)

    #expect(SQLValue(7) == .integer(7))
    #expect(SQLValue(Int64(7)) == .integer(7))
    #expect(SQLValue(0.5) == .real(0.5))
    #expect(SQLValue("b") == .text("b"))
    #expect(SQLValue([9] as [UInt8]) == .blob([9]))
  }
}
