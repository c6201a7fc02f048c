/// The character encoding of a data sheet's bytes.
///
/// Schools' management systems export either UTF-8 or the Windows code page 1252 that
/// older spreadsheet software still writes. The raw value is the canonical name.
public enum TextEncoding: String, Sendable, CaseIterable {
  case utf8 = "utf-8"
  case windows1252 = "windows-1252"

  /// Creates an encoding from a name as a person or another program might write it.
  ///
  /// Case, hyphens, underscores and spaces are ignored, so `UTF-8`, `utf8` and `utf_8` all
  /// name UTF-8. `cp1252`, `windows-1252`, `latin1` and `iso-8859-1` all name Windows-1252:
  /// files labelled Latin-1 are in practice nearly always Windows-1252.
  ///
  /// - Parameter name: The encoding's name.
  public init?(name: String) {
    let key = name.lowercased().filter { !"-_ ".contains($0) }

    switch key {
    case "utf8":
      self = .utf8
    case "cp1252", "windows1252", "win1252", "latin1", "iso88591":
      self = .windows1252
    default:
      return nil
    }
  }
}
