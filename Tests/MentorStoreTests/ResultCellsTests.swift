import Testing

@testable import MentorStore

@Suite("A results row's cells come back exactly as they were written")
struct ResultCellsTests {
  /// Texts that could break a careless encoding: its own separator, digits that look like
  /// a length, quotes, line breaks, NUL, empty text, letters outside ASCII, long text.
  static let awkward = [
    "", ":", "3:abc", "12", "0:", "'\"", "a,b;c", "line\nbreak", "tab\there", "nul\u{0}inside",
    "Zoë Brontë", "数学", "🧪 Chemistry", String(repeating: "x", count: 250), " padded ",
  ]

  @Test("Awkward text in every field round-trips", arguments: awkward)
  func awkwardTextRoundTrips(text: String) throws {
    let cell = ResultCell(
      subject: text, sheet: 7, target: text, workingAt: text, predicted: text, effort: nil,
      homework: text)
    let other = ResultCell(
      subject: "Maths", sheet: 12, target: "", workingAt: text, predicted: "6", effort: 3,
      homework: "")
    let writer = ResultCells.Writer()
    writer.append(cell)
    writer.append(other)

    #expect(writer.count == 2)
    let read = try ResultCells.decode(writer.bytes)
    #expect(read == [cell, other])
    #expect(read.map { Array($0.subject.utf8) } == [Array(text.utf8), Array("Maths".utf8)])
  }

  @Test("Effort keeps nil, zero, negative and large numbers apart")
  func effortRoundTrips() throws {
    let writer = ResultCells.Writer()
    let efforts: [Int?] = [nil, 0, 1, 4, -2, 1_234_567_890]
    for (number, effort) in efforts.enumerated() {
      writer.append(
        subject: "S\(number)", sheet: number, target: "", workingAt: "", predicted: "",
        effort: effort, homework: "")
    }
    #expect(try ResultCells.decode(writer.bytes).map(\.effort) == efforts)
  }

  @Test("An empty row has no cells, and cleared writers start again")
  func emptyAndCleared() throws {
    let writer = ResultCells.Writer()
    #expect(try ResultCells.decode(writer.bytes).isEmpty)
    writer.append(
      subject: "Art", sheet: 1, target: "7", workingAt: "", predicted: "", effort: nil,
      homework: "")
    writer.clear()
    #expect(writer.count == 0)
    #expect(writer.bytes.isEmpty)
  }

  @Test(
    "Bytes not in the encoding are refused as a corrupt row",
    arguments: [
      "5:Maths", "x:Art", ":Art", "3:Art1:1", "3:Art1:10:0:0:1:x0:", "3:Art1:a0:0:0:0:0:",
    ]
  )
  func malformedIsRefused(text: String) {
    #expect(throws: ResultCells.malformed) { try ResultCells.decode(Array(text.utf8)) }
  }
}
