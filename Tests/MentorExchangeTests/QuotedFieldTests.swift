import MentorExchange
import Testing

@Suite("Quoted fields")
struct QuotedFieldTests {
  @Test(
    "A quoted field reads as its content, with doubled quotes made single",
    arguments: [
      (#""plain""#, "plain"),
      (#""Smith, Jo""#, "Smith, Jo"),
      (#""She said ""well done""""#, #"She said "well done""#),
      (#""""""#, #"""#),
      (#""""#, ""),
      (#"" padded ""#, " padded "),
      (#""O’Brien""#, "O’Brien"),
    ]
  )
  func quotedFieldContent(field: String, expected: String) throws {
    let table = try CSVReader.read(text: "note,age\n\(field),14\n")

    #expect(table.rowFields == [[expected, "14"]])
  }

  @Test("A quoted number comes back as plain text")
  func quotedNumberIsPlainText() throws {
    let table = try CSVReader.read(text: "G1;G2;G3\n\"5\";\"6\";6\n")

    #expect(table.rowFields == [["5", "6", "6"]])
  }

  @Test("A quoted field may span lines; its record keeps the line it starts on")
  func quotedLineEndsBelongToTheField() throws {
    let text = "name,note,age\nSam,\"line one\nline two\",14\nZoë,\"a\r\nb\rc\",15\nJo,x,16\n"

    let table = try CSVReader.read(text: text)

    #expect(
      table.rowFields == [
        ["Sam", "line one\nline two", "14"],
        ["Zoë", "a\r\nb\rc", "15"],
        ["Jo", "x", "16"],
      ])
    #expect(table.rowLines == [2, 4, 7])
  }

  @Test("A quoted header field may hold the delimiter and a line end")
  func quotedHeaderField() throws {
    let table = try CSVReader.read(text: "\"Target,\ngrade\",name\n5,Zoë\n")

    #expect(table.header == CSVRecord(line: 1, fields: ["Target,\ngrade", "name"]))
    #expect(table.rowLines == [3])
  }

  @Test("A quote that is never closed is reported on the line where its field starts")
  func unterminatedQuoteReportsItsStart() {
    let text = "name,note\nSam,ok\nZoë,\"never closed\nJo,x\nAl,y\n"

    #expect(throws: CSVError.unterminatedQuote(line: 3)) {
      try CSVReader.read(text: text)
    }
  }

  @Test(
    "Text after a closing quote is an error on the line where it stands",
    arguments: [
      ("name\n\"O\"Brien\"\n", 2),
      ("name,age\n\"Zoë\"x,14\n", 2),
      ("note\n\"two\nlines\" x\n", 3),
    ] as [(SheetText, Int)]
  )
  func textAfterClosingQuoteIsAnError(sheet: SheetText, line: Int) {
    #expect(throws: CSVError.textAfterClosingQuote(line: line)) {
      try CSVReader.read(text: sheet.text)
    }
  }

  @Test("Spaces between a closing quote and the delimiter are ignored")
  func spacesAfterClosingQuoteAreIgnored() throws {
    let table = try CSVReader.read(text: "name,form\n\"Zoë\"  ,\"9X\" \n")

    #expect(table.rowFields == [["Zoë", "9X"]])
  }

  @Test("A quote inside an unquoted field is an ordinary character")
  func quoteInsideUnquotedFieldIsKept() throws {
    let table = try CSVReader.read(text: "item,count\n30 cm ruler 12\" long,4\n")

    #expect(table.rowFields == [["30 cm ruler 12\" long", "4"]])
  }
}
