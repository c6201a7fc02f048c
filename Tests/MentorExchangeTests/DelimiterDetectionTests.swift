import MentorExchange
import Testing

@Suite("Delimiter detection")
struct DelimiterDetectionTests {
  @Test(
    "The separator found most often in the header is the delimiter",
    arguments: [
      ("name,age,form", ",", ["name", "age", "form"]),
      ("name;age;form", ";", ["name", "age", "form"]),
      ("name\tage\tform", "\t", ["name", "age", "form"]),
      ("name;age;form,set", ";", ["name", "age", "form,set"]),
      ("name,age,form;set\tgroup", ",", ["name", "age", "form;set\tgroup"]),
      ("name\tage\tform;set", "\t", ["name", "age", "form;set"]),
    ] as [(SheetText, Unicode.Scalar, [String])]
  )
  func mostFrequentSeparatorWins(
    header: SheetText, expected: Unicode.Scalar, fields: [String]
  ) throws {
    let table = try CSVReader.read(text: header.text + "\n")

    #expect(table.delimiter == UInt8(ascii: expected))
    #expect(table.header.fields == fields)
  }

  @Test(
    "A tie goes to the comma, then the semicolon",
    arguments: [
      ("name;age,group", ","),
      ("name\tage,group", ","),
      ("name;age\tgroup", ";"),
    ] as [(SheetText, Unicode.Scalar)]
  )
  func tieGoesToCommaThenSemicolon(header: SheetText, expected: Unicode.Scalar) throws {
    let table = try CSVReader.read(text: header.text + "\n")

    #expect(table.delimiter == UInt8(ascii: expected))
  }

  @Test("A header with a single column is read as comma-separated")
  func singleColumnIsCommaSeparated() throws {
    let table = try CSVReader.read(text: "name\nZoë\nSam\n")

    #expect(table.delimiter == UInt8(ascii: ","))
    #expect(table.rowFields == [["Zoë"], ["Sam"]])
  }

  @Test("Separators inside quotes do not count towards detection")
  func quotedSeparatorsAreIgnored() throws {
    let text = "\"Surname, first name\";\"Year 9, set 2\";age\n\"Smith, Jo\";\"9X, 2\";14\n"

    let table = try CSVReader.read(text: text)

    #expect(table.delimiter == UInt8(ascii: ";"))
    #expect(table.rowFields == [["Smith, Jo", "9X, 2", "14"]])
  }

  @Test("Detection looks at the first line that is not blank")
  func detectionSkipsBlankLines() throws {
    let table = try CSVReader.read(text: "\n  \r\nname;age\nZoë;14\n")

    #expect(table.delimiter == UInt8(ascii: ";"))
    #expect(table.header == CSVRecord(line: 3, fields: ["name", "age"]))
  }

  @Test("A given delimiter is used instead of detecting one")
  func givenDelimiterWins() throws {
    let options = CSVOptions(delimiter: UInt8(ascii: ","))

    let table = try CSVReader.read(text: "name;form,age\nZoë;9X,14\n", options: options)

    #expect(table.delimiter == UInt8(ascii: ","))
    #expect(table.header.fields == ["name;form", "age"])
    #expect(table.rowFields == [["Zoë;9X", "14"]])
  }

  @Test(
    "A quote, a space, a line end or a non-ASCII byte cannot be the delimiter",
    arguments: [0x22, 0x20, 0x0A, 0x0D, 0x00, 0xC3] as [UInt8]
  )
  func unusableDelimiterIsRejected(delimiter: UInt8) {
    let options = CSVOptions(delimiter: delimiter)

    #expect(throws: CSVError.unsupportedDelimiter(delimiter)) {
      try CSVReader.read(text: "name\nZoë\n", options: options)
    }
  }
}
