/// A reason a data sheet could not be read.
///
/// Cases carry data only; ``message`` holds all the wording. Lines are 1-based physical lines
/// of the file, counting a CR, an LF or a CRLF as one line end.
public enum CSVError: Error, Equatable, Sendable {
  /// The file holds no record, only nothing, a byte-order mark or blank lines.
  case empty

  /// A quoted field that starts on `line` has no closing quote.
  case unterminatedQuote(line: Int)

  /// A closing quote is followed by something other than spaces, a delimiter or a line end.
  ///
  /// This is an error rather than being read leniently because the usual cause is a lone
  /// quote inside a quoted field, as in `"O"Brien"`, and guessing would silently change data.
  case textAfterClosingQuote(line: Int)

  /// The encoding was given as UTF-8 but the byte sequence on `line` is not UTF-8.
  case invalidUTF8(line: Int)

  /// The file has a NUL byte on `line`, so it is binary (or UTF-16) rather than CSV text.
  case binary(line: Int)

  /// The given delimiter cannot separate fields: a quote, a space, a line end or not ASCII.
  case unsupportedDelimiter(UInt8)

  /// The file at `path` could not be read; `reason` is the system's explanation.
  case cannotRead(path: String, reason: String)

  /// The path names something other than a regular file, such as a folder or a device.
  case notAFile(path: String, kind: FileKind)

  /// The file at `path` is larger than `limit` bytes, the most a data sheet may be.
  case tooLarge(path: String, limit: Int)

  /// What a path that is not a regular file names instead.
  public enum FileKind: Equatable, Sendable {
    case folder
    case device
    case namedPipe
    case socket
    case other
  }

  /// The error as one sentence for a teacher, without a final full stop.
  public var message: String {
    switch self {
    case .empty:
      return "The data sheet is empty: it has no header line"
    case .unterminatedQuote(let line):
      return "Line \(line) opens a quoted field that is never closed"
    case .textAfterClosingQuote(let line):
      return "Line \(line) has text after a closing quote; "
        + "a quote inside a quoted field must be written twice"
    case .invalidUTF8(let line):
      return "Line \(line) is not valid UTF-8; try the encoding 'windows-1252'"
    case .binary(let line):
      return "Line \(line) contains a NUL byte; "
        + "the file looks binary or UTF-16 rather than CSV text"
    case .unsupportedDelimiter(let byte):
      return "'\(Self.describe(byte))' cannot separate fields; "
        + "use a comma, a semicolon or a tab"
    case .cannotRead(let path, let reason):
      return "Cannot read '\(path)': \(reason.lowercased())"
    case .notAFile(let path, let kind):
      return "Cannot read '\(path)': \(Self.describe(kind))"
    case .tooLarge(let path, let limit):
      return "Cannot read '\(path)': it is larger than \(Self.describeSize(limit)), "
        + "the most a data sheet may be"
    }
  }

  /// Says what a path names instead of a file.
  private static func describe(_ kind: FileKind) -> String {
    switch kind {
    case .folder: return "it is a folder, not a file"
    case .device: return "it is a device, not a file"
    case .namedPipe: return "it is a named pipe, not a file"
    case .socket: return "it is a socket, not a file"
    case .other: return "it is not a regular file"
    }
  }

  /// Spells a size in bytes in the largest whole unit: `2 GiB`, `64 MiB` or `100 bytes`.
  private static func describeSize(_ bytes: Int) -> String {
    for (unit, size) in [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)]
    where bytes >= size && bytes % size == 0 {
      return "\(bytes / size) \(unit)"
    }
    return "\(bytes) bytes"
  }

  /// Spells a byte so a person can see it: the character if printable, else its hex code.
  private static func describe(_ byte: UInt8) -> String {
    switch byte {
    case 0x09:
      return "\\t"
    case 0x0A:
      return "\\n"
    case 0x0D:
      return "\\r"
    case 0x20...0x7E:
      return String(UnicodeScalar(byte))
    default:
      let hex = String(byte, radix: 16, uppercase: true)
      return "0x" + (hex.count == 1 ? "0" + hex : hex)
    }
  }
}

extension CSVError: CustomStringConvertible {
  /// The same text as ``message``.
  public var description: String { message }
}
