import MentorExchange
import Testing

@Suite("Tables written as CSV and as text")
struct TableRenderingTests {
  /// A table of one column, `name`, with one row per cell.
  static func table(_ cells: [String]) -> Table {
    var table = Table(columns: [Table.Column("name", "Name")])
    for cell in cells { table.append([Table.Cell(cell)]) }
    return table
  }

  /// The CSV of one cell, without the header line or the final line end.
  static func csvField(_ cell: String) -> String {
    let csv = table([cell]).csv()
    return String(csv.dropFirst("name\n".count).dropLast())
  }

  @Test(
    "A cell a spreadsheet would run as a formula gets a ' in front in CSV",
    arguments: [
      ("=1+2", "'=1+2"), ("@SUM(A1)", "'@SUM(A1)"), ("+CMD", "'+CMD"), ("-2+3", "'-2+3"),
      ("-A1", "'-A1"), ("\tx", "'\tx"), ("\r=1", "\"'\r=1\""), ("=1,2", "\"'=1,2\""),
      ("=\u{301}x", "'=\u{301}x"), ("+ 1", "'+ 1"), ("-1/3/3", "'-1/3/3"),
    ])
  func formulasAreDefused(cell: String, field: String) {
    #expect(Self.csvField(cell) == field)
  }

  @Test(
    "Numbers, signs alone and ordinary names are written as they are in CSV",
    arguments: [
      "-1/3", "+2/3", "-2", "+1", "-0.5", "12", "-", "+", "Zoë", "O'Brien", "a=b", "x@y",
    ])
  func ordinaryCellsAreKept(cell: String) {
    #expect(Self.csvField(cell) == cell)
  }

  @Test(
    "A cell with a comma, a quote or a line break is quoted in CSV",
    arguments: [
      ("Brontë, Zoë", "\"Brontë, Zoë\""), ("5 \"ish\"", "\"5 \"\"ish\"\"\""),
      ("one\r\ntwo", "\"one\r\ntwo\""), ("one\ntwo", "\"one\ntwo\""),
    ])
  func fieldsAreQuoted(cell: String, field: String) {
    #expect(Self.csvField(cell) == field)
  }

  @Test(
    "A line break or tab in a cell shows as a space in a text table, keeping one row a line",
    arguments: ["late\nagain", "late\tagain", "late\r\nagain", "late\u{7}again"])
  func controlCharactersShowAsSpaces(cell: String) {
    let text = Self.table([cell, "Brontë"]).text()

    #expect(text == "Name\n----------\nlate again\nBrontë\n")
  }

  @Test("A line break stays in the cell's text in JSON, escaped")
  func jsonKeepsLineBreaks() {
    #expect(Self.table(["late\nagain"]).json() == "[\n  {\"name\": \"late\\nagain\"}\n]\n")
  }
}
