import MentorExchange
import Testing

@Suite("A stray separator at the end of a line")
struct StraySeparatorTests {
  @Test("A row with one extra empty last field loses that field")
  func extraEmptyFieldIsDropped() throws {
    let table = try CSVReader.read(text: "name;age\nZoë;14;\nSam;15\n")

    #expect(table.rowFields == [["Zoë", "14"], ["Sam", "15"]])
  }

  @Test("A header ending with an empty field loses that field")
  func headerTrailingSeparatorIsDropped() throws {
    let table = try CSVReader.read(text: "name;age;\nZoë;14;\nSam;15\n")

    #expect(table.header.fields == ["name", "age"])
    #expect(table.rowFields == [["Zoë", "14"], ["Sam", "15"]])
  }

  @Test(
    "Rows whose extra fields are not one stray separator keep every field",
    arguments: [
      ("Zoë;14;9X", ["Zoë", "14", "9X"]),
      ("Zoë;14;;", ["Zoë", "14", "", ""]),
      ("Zoë;", ["Zoë", ""]),
      (";", ["", ""]),
    ]
  )
  func otherRowsKeepTheirFields(row: String, fields: [String]) throws {
    let table = try CSVReader.read(text: "name;age\n\(row)\n")

    #expect(table.rowFields == [fields])
  }
}
