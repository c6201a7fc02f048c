import MentorModel

/// What the user says about a data sheet; anything left out is worked out from the file.
public struct DataSheetOptions: Sendable {
  /// The month of the whole sheet, such as `2026-10` or `Oct 2026`; it wins over a
  /// `Month` column. A sheet with period columns takes its months from them instead.
  public var month: String?
  /// The shape, when detection from the header should not decide.
  public var shape: DataSheetShape?
  /// The subject of every row, for a sheet that has no subject column.
  public var subject: String?
  /// The scale of every subject that `scales` does not name.
  public var scale: GradeScale?
  /// The scale of each named subject (names compared ignoring case).
  public var scales: [String: GradeScale] = [:]
  /// Header names by role; a role given here wins over detection.
  public var columns = ColumnMapping()
  /// The prefix of ids made up for a sheet without an id column; by default taken from the
  /// file name (`MAT` for `student-mat.csv`).
  public var idPrefix: String?
  /// Header names whose values together identify a mentee, for sheets without ids that
  /// must match across files; the id is a short code of the values, such as `S-3FA9C21B`.
  public var idColumns: [String] = []
  /// The text encoding, or nil to detect it.
  public var encoding: TextEncoding?
  /// The byte between fields, or nil to detect it.
  public var delimiter: UInt8?
  /// The month the file's name gives (`2026-11.csv`), used when neither `month` nor a
  /// column gives one; the importer fills it in from the name.
  public var monthFromName: String?

  /// Creates options that leave everything to detection.
  public init(
    month: String? = nil, shape: DataSheetShape? = nil, subject: String? = nil,
    scale: GradeScale? = nil, scales: [String: GradeScale] = [:],
    columns: ColumnMapping = ColumnMapping(), idPrefix: String? = nil,
    idColumns: [String] = [], encoding: TextEncoding? = nil, delimiter: UInt8? = nil
  ) {
    self.month = month
    self.shape = shape
    self.subject = subject
    self.scale = scale
    self.scales = scales
    self.columns = columns
    self.idPrefix = idPrefix
    self.idColumns = idColumns
    self.encoding = encoding
    self.delimiter = delimiter
  }

  /// The scale given for a subject, if any: by its name, else for every subject.
  func givenScale(for subject: String) -> GradeScale? {
    let key = subject.lowercased()
    return scales.first { $0.key.lowercased() == key }?.value ?? scale
  }
}
