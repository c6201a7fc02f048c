import MentorExchange
import Testing

/// A way of ending lines that some program writes.
enum LineEnding: String, CaseIterable {
  case lineFeed = "\n"
  case carriageReturnLineFeed = "\r\n"
  case carriageReturn = "\r"
}

@Suite("Lines, line ends and the byte-order mark")
struct LineStructureTests {
  @Test("A UTF-8 byte-order mark at the start is skipped")
  func byteOrderMarkIsSkipped() throws {
    let table = try CSVReader.read(text: "\u{FEFF}name,age\nZoë,14\n")

    #expect(table.header == CSVRecord(line: 1, fields: ["name", "age"]))
    #expect(table.encoding == .utf8)
    #expect(table.rowFields == [["Zoë", "14"]])
  }

  @Test("LF, CRLF and a lone CR each end a line", arguments: LineEnding.allCases)
  func everyLineEndingEndsALine(ending: LineEnding) throws {
    let end = ending.rawValue
    let text = "name,age\(end)Zoë,14\(end)Sam,15\(end)"

    let table = try CSVReader.read(text: text)

    #expect(table.header.fields == ["name", "age"])
    #expect(table.rowFields == [["Zoë", "14"], ["Sam", "15"]])
    #expect(table.rowLines == [2, 3])
  }

  @Test("A last line without a line end is still a record", arguments: LineEnding.allCases)
  func lastLineWithoutLineEndCounts(ending: LineEnding) throws {
    let text = "name,age\(ending.rawValue)Zoë,14"

    let table = try CSVReader.read(text: text)

    #expect(table.rowFields == [["Zoë", "14"]])
    #expect(table.rowLines == [2])
  }

  @Test("Blank lines are skipped and later lines keep their numbers")
  func blankLinesAreSkipped() throws {
    let text = "\n\nname,age\n\n1,2\r\n\r\n3,4\r\r5,6\n\n"

    let table = try CSVReader.read(text: text)

    #expect(table.header == CSVRecord(line: 3, fields: ["name", "age"]))
    #expect(table.rowFields == [["1", "2"], ["3", "4"], ["5", "6"]])
    #expect(table.rowLines == [5, 7, 9])
  }

  @Test("A line of spaces only is blank")
  func lineOfSpacesIsBlank() throws {
    let table = try CSVReader.read(text: "name,age\n   \nZoë,14\n")

    #expect(table.rowFields == [["Zoë", "14"]])
    #expect(table.rowLines == [3])
  }

  @Test("A line holding only a quoted empty field is a record, not a blank line")
  func quotedEmptyFieldIsNotBlank() throws {
    let table = try CSVReader.read(text: "name\n\"\"\nZoë\n")

    #expect(table.rowFields == [[""], ["Zoë"]])
  }

  @Test("A line of delimiters only is a record of empty fields")
  func lineOfDelimitersIsARecord() throws {
    let table = try CSVReader.read(text: "name,age\n,\n")

    #expect(table.rowFields == [["", ""]])
  }

  @Test("A header with no rows reads as a table without rows")
  func headerOnlyHasNoRows() throws {
    let table = try CSVReader.read(text: "name,age\n")

    #expect(table.header.fields == ["name", "age"])
    #expect(table.rows.isEmpty)
  }
}
