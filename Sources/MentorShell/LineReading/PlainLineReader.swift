/// Reads lines from a file descriptor with no prompt, banner, editing or history.
///
/// Used for scripts and for standard input when it is a pipe or a file. Bytes are read
/// as they come, so a pipe that delivers slowly yields each line as soon as it is
/// complete. The reader
/// - skips a UTF-8 byte order mark at the very start,
/// - ends a line at LF and drops one CR before it (files saved with CR LF),
/// - returns a last line that has no line ending,
/// - reports a line that is not valid UTF-8 as `.invalidText(lineNumber:)` and goes on.
public final class PlainLineReader: LineReader {
  /// The number of the line returned last, counting from 1; 0 before the first.
  public private(set) var lineNumber = 0

  /// The descriptor read from.
  private let descriptor: Int32

  /// The path the descriptor was opened from, or nil for a descriptor given by the caller.
  private let path: String?

  /// Bytes read but not yet returned start at `start`; earlier ones are used up.
  private var buffer: [UInt8] = []
  private var start = 0

  /// Where to go on looking for a line feed, so a long line is not searched twice.
  private var searchFrom = 0

  /// Whether the descriptor has reported end of input.
  private var reachedEnd = false

  /// Whether the byte order mark check is still to be done.
  private var atStartOfInput = true

  /// How many bytes to ask for at a time.
  private static let chunkSize = 64 * 1024

  /// The UTF-8 byte order mark, EF BB BF.
  private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Reads from a descriptor the caller owns and closes, such as 0 for standard input.
  public init(fileDescriptor: Int32) {
    self.descriptor = fileDescriptor
    self.path = nil
  }

  /// Opens a script file for reading; the reader closes it when it goes away.
  ///
  /// - Throws: `LineReadingError.cannotOpen` with the reason from the system.
  public init(path: String) throws(LineReadingError) {
    switch SystemCalls.openForReading(path) {
    case .success(let descriptor):
      self.descriptor = descriptor
      self.path = path
    case .failure(let failure):
      throw .cannotOpen(path: path, code: failure.code)
    }
  }

  deinit {
    if path != nil {
      SystemCalls.close(descriptor)
    }
  }

  /// Reads the next line; the prompt is ignored.
  public func readLine(prompt: String) throws(LineReadingError) -> LineReadResult {
    guard let bytes = try nextLineBytes() else {
      return .endOfInput
    }
    lineNumber += 1

    guard let text = String(validating: bytes, as: UTF8.self) else {
      return .invalidText(lineNumber: lineNumber)
    }
    return .line(text)
  }

  /// The bytes of the next line without LF or CR LF, or nil at end of input.
  private func nextLineBytes() throws(LineReadingError) -> ArraySlice<UInt8>? {
    try skipByteOrderMark()

    while true {
      if let feed = buffer[searchFrom...].firstIndex(of: 0x0A) {
        let line = buffer[start..<feed]
        start = feed + 1
        searchFrom = start
        return droppingCarriageReturn(line)
      }
      searchFrom = buffer.count

      if reachedEnd {
        guard start < buffer.count else { return nil }
        let line = buffer[start...]
        start = buffer.count
        return droppingCarriageReturn(line)
      }
      try readMore()
    }
  }

  /// Drops the byte order mark once enough of the input has come to tell.
  private func skipByteOrderMark() throws(LineReadingError) {
    guard atStartOfInput else { return }
    while buffer.count < Self.byteOrderMark.count && !reachedEnd {
      try readMore()
    }
    if buffer.starts(with: Self.byteOrderMark) {
      start = Self.byteOrderMark.count
      searchFrom = start
    }
    atStartOfInput = false
  }

  /// Appends the next bytes that arrive, waiting for them; notes end of input.
  private func readMore() throws(LineReadingError) {
    if start > 0 {
      buffer.removeFirst(start)
      searchFrom -= start
      start = 0
    }

    switch SystemCalls.read(descriptor, upTo: Self.chunkSize) {
    case .success(let bytes) where bytes.isEmpty:
      reachedEnd = true
    case .success(let bytes):
      buffer.append(contentsOf: bytes)
    case .failure(let failure):
      throw .cannotRead(path: path, code: failure.code)
    }
  }

  /// The line without one CR at its end.
  private func droppingCarriageReturn(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    line.last == 0x0D ? line.dropLast() : line
  }
}
