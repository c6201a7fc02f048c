import Foundation

/// Running scripts: files given to `mentor`, `source FILE`, standard input and `-c`.
extension Shell {
  /// How deeply `source` may nest before the shell refuses.
  static let maximumSourceDepth = 16

  /// Runs lines one after another as the script `name`, until they end, `quit`, or a
  /// failure under `--bail`. Returns false when it stopped because of `--bail`.
  @discardableResult
  func runScript(named name: String, lines next: () -> ScriptLine?) -> Bool {
    frames.append(ScriptFrame(name: name))
    defer { frames.removeLast() }
    while !quitRequested, let line = next() {
      frames[frames.count - 1].line += 1
      let succeeded: Bool
      switch line {
      case .text(let text): succeeded = execute(text)
      case .notUTF8:
        // The rest was written the same way: one error, and the script stops.
        fail(.scriptNotUTF8)
        return !options.bail
      }
      if !succeeded && options.bail {
        bailed = true
        return false
      }
      if bailed { return false }
    }
    return true
  }

  /// Runs a script file: the `source` command and files named on the command line.
  ///
  /// - Throws: when the file cannot be read, is already being run, or nests too deep.
  func runScriptFile(_ path: String) throws(ShellError) {
    let key = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    guard !sourcing.contains(key) else { throw .sourceLoop(path: path) }
    guard frames.count < Self.maximumSourceDepth else {
      throw .sourceTooDeep(path: path, depth: Self.maximumSourceDepth)
    }
    let lines = try ScriptFile.lines(at: path)
    sourcing.insert(key)
    defer { sourcing.remove(key) }
    var iterator = lines.makeIterator()
    runScript(named: path) { iterator.next() }
  }
}

extension Shell {
  /// Runs the init file: its `setting` lines hold for this session only, quietly, and its
  /// errors are reported without stopping anything, even under `--bail`, or changing the
  /// exit status.
  ///
  /// - Throws: when the file cannot be read.
  func runInitFile(_ path: String) throws(ShellError) {
    // Under `--atomic` or `--dry-run` the launcher runs this inside the run's transaction.
    let bail = options.bail
    let failed = failures
    options.bail = false
    runningInitFile = true
    defer {
      options.bail = bail
      initFileFailures += failures - failed
      failures = failed
      runningInitFile = false
    }
    // Its failures roll nothing back, so under `--atomic` or `--dry-run` each of its writes
    // keeps its own savepoint: one that fails half-way then takes back only itself.
    try store.keepingSavepoints { () throws(ShellError) in try runScriptFile(path) }
  }

  /// A path as typed, with `~` expanded; a relative path that is not found from the
  /// current folder is looked for from the folder of the script being run.
  func resolve(_ typed: String) -> String {
    let path = (typed as NSString).expandingTildeInPath
    guard !path.hasPrefix("/"), !FileManager.default.fileExists(atPath: path),
      let script = frames.last?.name, FileManager.default.fileExists(atPath: script)
    else { return path }
    let beside = ((script as NSString).deletingLastPathComponent as NSString)
      .appendingPathComponent(path)
    return FileManager.default.fileExists(atPath: beside) ? beside : path
  }
}

/// One line of a script, or a line that could not be read as text.
enum ScriptLine {
  case text(String)
  case notUTF8
}

/// Reading a script file whole: a leading byte-order mark skipped, CRLF or LF.
enum ScriptFile {
  /// The largest script read, in bytes: 64 MiB, far more than any script a person writes.
  static let largestScript = 64 << 20

  /// The lines of the script at `path`.
  ///
  /// Only a regular file is read, and only when it is no larger than `largestScript`: a
  /// device such as `/dev/zero` never ends, and a named pipe waits for a writer. A file
  /// with any line that is not UTF-8 is refused whole, before any of it runs: it was saved
  /// in another encoding, and its other lines may not mean what they seem.
  static func lines(at path: String) throws(ShellError) -> [ScriptLine] {
    let status = SystemCalls.status(of: path)
    switch status.kind {
    case .file: break
    case .missing: throw .cannotRead(path: path, reason: "no such file")
    default: throw .notAFile(path: path, kind: status.kind)
    }
    guard status.size <= largestScript else {
      throw .scriptTooLarge(path: path, limit: largestScript)
    }

    guard let data = FileManager.default.contents(atPath: path) else {
      throw .cannotRead(path: path, reason: "permission denied")
    }
    let lines = lines(of: [UInt8](data))
    if let bad = lines.firstIndex(where: { if case .notUTF8 = $0 { true } else { false } }) {
      throw .scriptFileNotUTF8(path: path, line: bad + 1)
    }
    return lines
  }

  /// Splits bytes into lines, dropping a byte-order mark and carriage returns before `\n`.
  static func lines(of bytes: [UInt8]) -> [ScriptLine] {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    // Read in place, not through the slice one byte at a time: a bulk script has
    // hundreds of thousands of lines.
    return body.withUnsafeBufferPointer { bytes in
      var lines: [ScriptLine] = []
      var start = 0
      while start < bytes.count {
        // The C library finds the line's end, many bytes at a time.
        let base = UnsafeRawPointer(bytes.baseAddress!)
        let end =
          memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
          .map { base.distance(to: UnsafeRawPointer($0)) } ?? bytes.count
        var line = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if line.last == UInt8(ascii: "\r") { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
        lines.append(text(of: line).map { .text($0) } ?? .notUTF8)
        start = end + 1
      }
      return lines
    }
  }

  /// The text of a line's bytes, or nil when they are not UTF-8. A line of ASCII, which
  /// nearly every line is, is made without the general check of UTF-8, which costs many
  /// times as much.
  private static func text(of line: UnsafeBufferPointer<UInt8>) -> String? {
    var high: UInt8 = 0
    for byte in line { high |= byte }
    if high < 0x80 { return String(decoding: line, as: UTF8.self) }
    return String(validating: line, as: UTF8.self)
  }
}
