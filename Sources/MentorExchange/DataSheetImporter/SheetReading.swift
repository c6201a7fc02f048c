import MentorModel

/// Reads a data sheet a record at a time, the header first, as the CSV reader hands them
/// over: each row goes through the row reader to the assembler as it comes, so that a long
/// sheet is never held as records or rows.
///
/// Rows wait for the last one only when ids are made rather than read from a column, since
/// making them needs every row.
struct SheetReading {
  /// What reads the rows once the header is known.
  private struct Body {
    var reader: RowReader
    var assembler: SheetAssembler
    /// Whether the sheet has an id column, so each row's id is known as it is read.
    let idsFromColumn: Bool
    /// Rows waiting for their ids.
    var waiting: [SheetRow] = []
    /// The rows read, not counting blank ones and ones that do not fit the header.
    var rowCount = 0

    mutating func take(_ record: CSVRecord, problems: inout [ImportProblem]) {
      guard !RowReader.isBlank(record),
        var row = reader.read(record, position: rowCount + 1, problems: &problems)
      else { return }
      rowCount += 1
      if idsFromColumn {
        row.person.id = row.id ?? ""
        assembler.take(row, problems: &problems)
      } else {
        waiting.append(row)
      }
    }
  }

  /// The data sheet's name: its file name.
  let name: String
  private var options: DataSheetOptions
  private var problems: [ImportProblem] = []
  /// The month of the whole sheet, given or taken from the file's name.
  private var month: String?
  /// Whether the month was taken from the file's name.
  private var usesName = false
  private var headerRead = false
  /// Nil before the header, and after a header that could not be read.
  private var body: Body?

  /// Prepares to read the sheet `name`; a month given that is not one is a problem.
  init(name: String, options: DataSheetOptions) {
    self.name = name
    self.options = options
    if options.month == nil {
      self.options.monthFromName = DataSheetImporter.monthInFileName(name)
    }
    if let given = options.month {
      do {
        month = try Month.label(given)
      } catch {
        problems.append(ImportProblem(line: nil, .badMonth(given)))
      }
    }
  }

  /// Takes the next record: the header, then the rows.
  mutating func take(_ record: CSVRecord) {
    guard headerRead else {
      headerRead = true
      readHeader(record)
      return
    }
    body?.take(record, problems: &problems)
  }

  private mutating func readHeader(_ header: CSVRecord) {
    guard let layout = HeaderLayout(header: header, options: options, problems: &problems)
    else { return }
    for column in layout.usedColumns {
      guard let code = HiddenCharacters.first(in: layout.headers[column]) else { continue }
      let reason = ImportProblem.Reason.hiddenCharacter(
        column: layout.headers[column], code: code, inHeader: true)
      problems.append(ImportProblem(line: layout.line, reason))
    }

    usesName = month == nil && layout.roles[.month] == nil && layout.shape != .wideByPeriod
    if usesName { month = options.monthFromName }
    body = Body(
      reader: RowReader(layout: layout, subject: options.subject, month: month),
      assembler: SheetAssembler(layout: layout, options: options, name: name),
      idsFromColumn: layout.roles[.upn] != nil)
  }

  /// The data sheet and its report, or every problem found; `format` is how the records
  /// were read.
  mutating func finish(format: CSVFormat) -> Result<ImportedDataSheet, ImportFailure> {
    guard var body else { return .failure(ImportFailure(name: name, problems: problems)) }
    self.body = nil
    if body.rowCount == 0, problems.isEmpty { problems.append(ImportProblem(line: nil, .noRows)) }

    let layout = body.reader.layout
    let prefix = options.idPrefix ?? MenteeIDMaker.defaultPrefix(for: name)
    let identity = MenteeIDMaker.assign(&body.waiting, layout: layout, prefix: prefix)
    for row in body.waiting { body.assembler.take(row, problems: &problems) }
    body.waiting = []
    let (sheet, scales) = body.assembler.assemble(problems: &problems)
    guard problems.isEmpty else { return .failure(ImportFailure(name: name, problems: problems)) }

    let report = ImportReport(
      format: format, layout: layout, options: options, sheet: sheet,
      rowCount: body.rowCount, scales: scales, identity: identity,
      monthFromName: usesName ? month : nil)
    return .success(ImportedDataSheet(sheet: sheet, report: report))
  }
}
