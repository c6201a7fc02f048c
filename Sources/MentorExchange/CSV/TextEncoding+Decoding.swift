extension TextEncoding {
  /// Decodes the bytes of one field.
  ///
  /// For UTF-8 the bytes must already have been checked: ``ByteSurvey`` does that for the whole
  /// file before any field is decoded, so decoding here never has to repair anything.
  func string(from bytes: UnsafeBufferPointer<UInt8>) -> String {
    switch self {
    case .utf8:
      return String(decoding: bytes, as: UTF8.self)
    case .windows1252:
      return Windows1252.string(from: bytes)
    }
  }
}
