import MentorExchange

extension CSVReader {
  /// Reads a data sheet written out as a Swift string, as its UTF-8 bytes.
  static func read(text: String, options: CSVOptions = .init()) throws(CSVError) -> CSVTable {
    try read(Array(text.utf8), options: options)
  }
}
