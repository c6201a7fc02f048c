import MentorExchange

/// The parts of mentor that read untrusted bytes, each as one entry point that takes any
/// bytes at all: the fuzzer (`scripts/fuzz`) calls them with inputs it makes up, and the
/// test suite with every file of the seed corpus in `fuzz/corpus/NAME/`.
///
/// An entry point may refuse its input with an error, which it drops; any crash, trap or
/// hang is a fault to fix.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// The CSV reader: a data sheet's bytes, read whole and record by record.
  case csv
  /// The word splitter: one line typed at the prompt or written in a script.
  case words
  /// The script runner: a script's bytes, run against a small school.
  case script

  /// Runs the target on `bytes`.
  public func run(_ bytes: [UInt8]) {
    switch self {
    case .csv: Self.readSheet(bytes)
    case .words: Self.splitWords(bytes)
    case .script: ScriptFuzzing.shared.run(bytes)
    }
  }

  /// Reads `bytes` as a data sheet both ways the importer does, with the delimiter and
  /// encoding detected and with each given, and checks that both ways agree.
  private static func readSheet(_ bytes: [UInt8]) {
    let whole = try? CSVReader.read(bytes)
    var records: [CSVRecord] = []
    let format = try? CSVReader.forEachRecord(bytes) { records.append($0) }
    if let whole {
      let wholeFormat = CSVFormat(delimiter: whole.delimiter, encoding: whole.encoding)
      precondition(format == wholeFormat, "the two ways of reading chose different formats")
      precondition(records == [whole.header] + whole.rows, "the two ways read different records")
    }
    for delimiter in [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")] {
      _ = try? CSVReader.read(bytes, options: CSVOptions(delimiter: delimiter, encoding: .utf8))
    }
    _ = try? CSVReader.read(bytes, options: CSVOptions(encoding: .windows1252))
  }

  /// Splits `bytes`, read as UTF-8 with bad bytes replaced, as one line, with and without
  /// variables, and checks that a line that splits has no open quote and the other way
  /// round.
  private static func splitWords(_ bytes: [UInt8]) {
    let line = String(decoding: bytes, as: UTF8.self)
    let scanned = WordSplitter.scanOpen(line)
    do {
      let words = try WordSplitter.split(line)
      precondition(scanned.openQuote == nil && words == scanned.words, "split and scan differ")
    } catch {
      precondition(scanned.openQuote != nil, "a line refused without an open quote")
    }
    _ = try? WordSplitter.split(line) { name in name.count.isMultiple(of: 2) ? "a 'b' c" : "" }
    _ = WordSplitter.text(of: line, fromWord: 1)
  }
}
