import MentorModel

/// A data sheet read without a problem, and the report of how it was read.
///
/// The shell prints the report's lines first; only then is the sheet stored and added to
/// the school.
public struct ImportedDataSheet: Sendable {
  /// The checked sheet, ready to store.
  public var sheet: DataSheet
  /// What was found and how it was read.
  public var report: ImportReport
}
