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
    do {
      let table = try CSVReader.read(contentsOf: path, options: csvOptions(options))
      return read(table: table, name: name, options: options)
    } catch {
      return .failure(ImportFailure(name: name, problems: [ImportProblem(error)]))
    }
  }

  /// Reads a data sheet from the bytes of a file called `name`.
  public static func read(
    bytes: [UInt8], name: String, options: DataSheetOptions = DataSheetOptions()
  ) -> Result<ImportedDataSheet, ImportFailure> {
    do {
      let table = try CSVReader.read(bytes, options: csvOptions(options))
      return read(table: table, name: name, options: options)
    } catch {
      return .failure(ImportFailure(name: name, problems: [ImportProblem(error)]))
    }
  }

  /// Reads a data sheet from a table that the CSV reader has already read.
  public static func read(
    table: CSVTable, name: String, options: DataSheetOptions = DataSheetOptions()
  ) -> Result<ImportedDataSheet, ImportFailure> {
    var options = options
    if options.month == nil { options.monthFromName = monthInFileName(name) }
    var problems: [ImportProblem] = []
    var month: String?
    if let given = options.month {
      do {
        month = try Month.label(given)
      } catch {
        problems.append(ImportProblem(line: nil, .badMonth(given)))
      }
    }

    guard let layout = HeaderLayout(header: table.header, options: options, problems: &problems)
    else { return .failure(ImportFailure(name: name, problems: problems)) }

    for column in layout.usedColumns {
      guard let code = HiddenCharacters.first(in: layout.headers[column]) else { continue }
      let reason = ImportProblem.Reason.hiddenCharacter(
        column: layout.headers[column], code: code, inHeader: true)
      problems.append(ImportProblem(line: layout.line, reason))
    }
    let usesName = month == nil && layout.roles[.month] == nil && layout.shape != .wideByPeriod
    if usesName { month = options.monthFromName }
    let reader = RowReader(layout: layout, subject: options.subject, month: month)
    var rows: [SheetRow] = []
    for record in table.rows where !RowReader.isBlank(record) {
      let position = rows.count + 1
      if let row = reader.read(record, position: position, problems: &problems) {
        rows.append(row)
      }
    }
    if rows.isEmpty, problems.isEmpty { problems.append(ImportProblem(line: nil, .noRows)) }

    let prefix = options.idPrefix ?? MenteeIDMaker.defaultPrefix(for: name)
    let identity = MenteeIDMaker.assign(&rows, layout: layout, prefix: prefix)
    let assembler = SheetAssembler(layout: layout, options: options)
    let (sheet, scales) = assembler.assemble(rows, name: name, problems: &problems)
    guard problems.isEmpty else { return .failure(ImportFailure(name: name, problems: problems)) }

    let report = ImportReport(
      table: table, layout: layout, options: options, sheet: sheet, rowCount: rows.count,
      scales: scales, identity: identity, monthFromName: usesName ? month : nil)
    return .success(ImportedDataSheet(sheet: sheet, report: report))
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

  private static func csvOptions(_ options: DataSheetOptions) -> CSVOptions {
    CSVOptions(delimiter: options.delimiter, encoding: options.encoding)
  }
}
