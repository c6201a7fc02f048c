import MentorExchange
import Testing

@Suite("Spaces around fields")
struct FieldSpacingTests {
  @Test("Leading and trailing spaces around an unquoted field are trimmed")
  func unquotedFieldsAreTrimmed() throws {
    let table = try CSVReader.read(text: "  name ,  age  \n  Zoë Ng  , 14 \n")

    #expect(table.header.fields == ["name", "age"])
    #expect(table.rowFields == [["Zoë Ng", "14"]])
  }

  @Test("Only spaces are trimmed, so tabs inside a comma-separated field stay")
  func onlySpacesAreTrimmed() throws {
    let table = try CSVReader.read(text: "name,note\nZoë, \tindented\t \n")

    #expect(table.rowFields == [["Zoë", "\tindented\t"]])
  }

  @Test("Spaces inside quotes are kept and spaces before an opening quote are skipped")
  func quotedSpacesAreKept() throws {
    let table = try CSVReader.read(text: "name,note\nZoë,  \"  Smith, Jo  \"\n")

    #expect(table.rowFields == [["Zoë", "  Smith, Jo  "]])
  }
}
