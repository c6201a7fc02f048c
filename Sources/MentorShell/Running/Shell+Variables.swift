import Foundation

/// Splitting a line into words with its variables replaced.
extension Shell {
  /// The words of a line, each `$NAME` replaced by its value.
  ///
  /// A `for each ... do COMMAND` line keeps COMMAND as it was typed, as its last word, so
  /// that the loop replaces its variables afresh for each mentee or intervention.
  ///
  /// - Throws: `.unterminatedQuote`, or the error of a variable that has no value.
  func words(of line: String) throws(ShellError) -> [String] {
    let plain: [String]
    do {
      plain = try WordSplitter.split(line)
    } catch {
      throw .unterminatedQuote
    }
    guard let first = plain.first, first.utf8.count == 3, CommandTable.lowercased(first) == "for",
      let doIndex = plain.firstIndex(where: { $0.lowercased() == "do" }),
      let body = WordSplitter.text(of: line, fromWord: doIndex + 1)
    else {
      // Without a `$` there is nothing to replace, and the plain words are the words.
      return Self.mentionsVariable(line) ? try expanded(line) : plain
    }
    return try expanded(String(line[..<body.startIndex])) + [String(body)]
  }

  /// Whether `line` holds a `$`, looked for in its bytes in place by the C library rather
  /// than through the string's view of them one at a time.
  private static func mentionsVariable(_ line: String) -> Bool {
    var line = line
    return line.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, Int32(UInt8(ascii: "$")), bytes.count) != nil
    }
  }

  /// The words of a line with every variable replaced.
  private func expanded(_ line: String) throws(ShellError) -> [String] {
    do {
      return try WordSplitter.split(line) { name throws(ShellError) in
        try variables.value(of: name)
      }
    } catch let error as ShellError {
      throw error
    } catch {
      throw .unterminatedQuote
    }
  }
}
