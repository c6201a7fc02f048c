import MentorModel

/// Reads a data sheet, a CSV file exported by a school's information system, into a
/// checked `DataSheet`, or says everything that is wrong with it.
///
/// The sheet is whole or nothing: one bad row means no data sheet at all, and every
/// problem is reported with its line, so that the file can be mended in one go. On success
/// the report says what was found, for the user to see before anything is stored.
public enum DataSheetImporter {
  /// Reads the data sheet in a file; the sheet's name is the file's name.
  public static func read(
    path: String, options: DataSheetOptions = DataSheetOptions()
  ) -> Result<ImportedDataSheet, ImportFailure> {
    let name = String(path.split(separator: "/").last ?? Substring(path))
    var reading = SheetReading(name: name, options: options)
    do {
      // The file's bytes are let go once scanned, before the sheet is put together.
      let format = try scan(try FileBytes.contents(ofFile: path), into: &reading, options)
      return reading.finish(format: format)
    } catch {
      return .failure(ImportFailure(name: name, problems: [ImportProblem(error)]))
    }
  }

  /// Reads a data sheet from the bytes of a file called `name`.
  ///
  /// Records go to the sheet as they are scanned; a malformed line anywhere makes the
  /// failure that line's alone, as if the file had been read whole first.
  public static func read(
    bytes: [UInt8], name: String, options: DataSheetOptions = DataSheetOptions()
  ) -> Result<ImportedDataSheet, ImportFailure> {
    var reading = SheetReading(name: name, options: options)
    do {
      let format = try scan(bytes, into: &reading, options)
      return reading.finish(format: format)
    } catch {
      return .failure(ImportFailure(name: name, problems: [ImportProblem(error)]))
    }
  }

  /// Reads a data sheet from a table that the CSV reader has already read.
  public static func read(
    table: CSVTable, name: String, options: DataSheetOptions = DataSheetOptions()
  ) -> Result<ImportedDataSheet, ImportFailure> {
    var reading = SheetReading(name: name, options: options)
    reading.take(table.header)
    table.rows.forEach { reading.take($0) }
    return reading.finish(format: CSVFormat(delimiter: table.delimiter, encoding: table.encoding))
  }

  /// The calendar month a file's name gives, such as `2026-11` for `2026-11.csv` or
  /// `year11-2026-11.csv`; nil when the name holds none.
  public static func monthInFileName(_ name: String) -> String? {
    let stem = name.split(separator: ".").first.map(String.init) ?? name
    let words = stem.split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "-" }).map(String.init)
    for index in words.indices.dropLast() {
      let pair = words[index] + " " + words[index + 1]
      if let label = try? Month.label(pair), Month.isCalendar(label) { return label }
    }
    return nil
  }

  /// Hands every record of `bytes` to `reading`; returns how they were read.
  private static func scan(
    _ bytes: [UInt8], into reading: inout SheetReading, _ options: DataSheetOptions
  ) throws(CSVError) -> CSVFormat {
    try CSVReader.scanEach(bytes, options: csvOptions(options)) { reading.take($0) }
  }

  private static func csvOptions(_ options: DataSheetOptions) -> CSVOptions {
    CSVOptions(delimiter: options.delimiter, encoding: options.encoding)
  }
}
