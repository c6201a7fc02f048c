import MentorExchange
import Testing

@Suite("Reading record by record")
struct StreamingTests {
  /// An error a caller's record handler might throw.
  struct Stop: Error {}

  @Test("Records arrive in file order, header first, with the format returned")
  func recordsArriveInOrder() throws {
    let bytes = Array("name;age\nZoë;14;\n\nSam;15\n".utf8)
    var records: [CSVRecord] = []

    let format = try CSVReader.forEachRecord(bytes) { records.append($0) }

    #expect(format == CSVFormat(delimiter: UInt8(ascii: ";"), encoding: .utf8))
    #expect(
      records == [
        CSVRecord(line: 1, fields: ["name", "age"]),
        CSVRecord(line: 2, fields: ["Zoë", "14"]),
        CSVRecord(line: 4, fields: ["Sam", "15"]),
      ])
  }

  @Test("Streaming and reading whole give the same records")
  func streamingMatchesReading() throws {
    let bytes = Array("a,b\n\"x\ny\",1\n2,\"3\"\"\"\n".utf8)
    var records: [CSVRecord] = []

    try CSVReader.forEachRecord(bytes) { records.append($0) }
    let table = try CSVReader.read(bytes)

    #expect(records == [table.header] + table.rows)
  }

  @Test("An error from the handler stops reading and reaches the caller")
  func handlerErrorStopsReading() {
    let bytes = Array("name\nZoë\nSam\nJo\n".utf8)
    var calls = 0

    #expect(throws: Stop.self) {
      try CSVReader.forEachRecord(bytes) { _ in
        calls += 1
        if calls == 2 { throw Stop() }
      }
    }
    #expect(calls == 2)
  }

  @Test("Streaming an empty sheet throws the empty error")
  func streamingEmptySheet() {
    #expect(throws: CSVError.empty) {
      try CSVReader.forEachRecord(Array("\n\n".utf8)) { _ in }
    }
  }

  @Test("Records before a malformed line are handed over before the error")
  func recordsBeforeAnErrorArrive() {
    let bytes = Array("name\nZoë\n\"open\n".utf8)
    var names: [String] = []

    #expect(throws: CSVError.unterminatedQuote(line: 3)) {
      try CSVReader.forEachRecord(bytes) { names.append($0.fields[0]) }
    }
    #expect(names == ["name", "Zoë"])
  }
}
