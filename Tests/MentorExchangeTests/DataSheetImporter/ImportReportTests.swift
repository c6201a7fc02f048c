import MentorExchange
import MentorModel
import Testing

@Suite("The report shown before a data sheet is stored")
struct ImportReportTests {
  @Test("The report lists the shape, the columns, the counts, the scales and the notes")
  func reportLines() throws {
    let text = """
      Surname;Forename;Reg Group;Maths - Target;Maths - Working At;English - Target;Notes
      Brontë;Zoë;11B;6;5;7;
      O’Brien;Sam;11C;5;5+;;late
      """
    let options = DataSheetOptions(month: "2026-10", idPrefix: "Y11")

    let imported = try ImportFixtures.imported(text, name: "year11.csv", options: options)

    #expect(
      imported.report.lines == [
        "Data sheet 'year11.csv': wide by subject (detected), utf-8,"
          + " fields separated by semicolons",
        "Columns:",
        "  surname: 'Surname'",
        "  forename: 'Forename'",
        "  form: 'Reg Group'",
        "  Maths: target grade 'Maths - Target', working-at grade 'Maths - Working At'",
        "  English: target grade 'English - Target'",
        "Not used: 1 column: 'Notes'",
        "Found 2 mentees, 2 subjects, 1 month, 2 rows and 3 results",
        "Months: 2026-10",
        "Scale gcse (detected): Maths, English",
        "Note: no id column: ids made from prefix 'Y11' and the row number",
      ])
  }

  @Test("The report of a sheet by period names each period column and its month")
  func periodColumns() throws {
    let text = "UPN,Subject,Sep 2026,Oct 2026\nA100,Maths,5,6"

    let imported = try ImportFixtures.imported(text)

    #expect(
      imported.report.lines.contains(
        "  working-at grade by period: 'Sep 2026' as 2026-09, 'Oct 2026' as 2026-10"))
    #expect(imported.report.months == ["2026-09", "2026-10"])
    #expect(imported.report.resultCount == 2)
  }
}

@Suite("Text encodings of data sheets")
struct ImportEncodingTests {
  @Test("Names in a Windows-1252 file are read with their accents and apostrophes")
  func windows1252Names() throws {
    var bytes = Array("UPN;Surname;Forename;Subject;Working At\r\nA100;Bront".utf8)
    bytes += [0xEB] + Array(";Zo".utf8) + [0xEB] + Array(";Maths;5\r\nA101;O".utf8)
    bytes += [0x92] + Array("Brien;Sam;Maths;4\r\n".utf8)
    let options = DataSheetOptions(month: "2026-10")

    let result = DataSheetImporter.read(bytes: bytes, name: "october.csv", options: options)

    let imported = try result.get()
    #expect(imported.report.encoding == .windows1252)
    #expect(imported.report.delimiter == UInt8(ascii: ";"))
    #expect(imported.sheet.person("A100")?.surname == "Brontë")
    #expect(imported.sheet.person("A100")?.forename == "Zoë")
    #expect(imported.sheet.person("A101")?.surname == "O’Brien")
    #expect(imported.sheet.name == "october.csv")
  }

  @Test("A sheet detected as Windows-1252 says so in a note of the report")
  func windows1252Noted() throws {
    let bytes =
      Array("UPN,Surname,Subject,Working At\nA100,Bront".utf8) + [0xEB]
      + Array(",Maths,5\n".utf8)
    let options = DataSheetOptions(month: "2026-10")

    let imported = try DataSheetImporter.read(bytes: bytes, name: "a.csv", options: options).get()

    #expect(imported.report.notes.first == .readAsWindows1252)
    #expect(
      imported.report.lines.contains(
        "Note: the file is not UTF-8 text; it was read as Windows-1252 "
          + "(give --encoding utf-8 to refuse it instead)"))
  }

  @Test(
    "No note on the encoding when it was UTF-8 or Windows-1252 was given",
    arguments: [
      (Array("UPN,Surname,Subject,Working At\nA100,Brontë,Maths,5\n".utf8), nil),
      (
        Array("UPN,Surname,Subject,Working At\nA100,Bront".utf8) + [0xEB]
          + Array(",Maths,5\n".utf8), .windows1252
      ),
    ] as [([UInt8], TextEncoding?)])
  func noEncodingNote(bytes: [UInt8], encoding: TextEncoding?) throws {
    let options = DataSheetOptions(month: "2026-10", encoding: encoding)

    let imported = try DataSheetImporter.read(bytes: bytes, name: "a.csv", options: options).get()

    #expect(!imported.report.notes.contains(.readAsWindows1252))
    #expect(!imported.report.lines.contains { $0.contains("Windows-1252") })
  }

  @Test("An encoding given is used rather than detected")
  func encodingGiven() throws {
    let bytes =
      Array("UPN,Surname,Subject,Working At\nA100,Bront".utf8) + [0xEB]
      + Array(",Maths,5\n".utf8)
    let options = DataSheetOptions(month: "2026-10", encoding: .utf8)

    let result = DataSheetImporter.read(bytes: bytes, name: "october.csv", options: options)

    guard case .failure(let failure) = result else {
      Issue.record("Bytes that are not UTF-8 were read as UTF-8")
      return
    }
    #expect(failure.problems == [ImportProblem(.invalidUTF8(line: 2))])
  }
}
