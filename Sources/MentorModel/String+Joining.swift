extension String {
  /// `parts` one after another, made in one piece of storage.
  ///
  /// Interpolation appends part by part, growing the storage as it goes: for the words of
  /// one change (`Checked I1: understood (seen by the mentor)`) and the line that prints
  /// them, that cost a `check` in a bulk script about 1,000 instructions more.
  ///
  /// Inlinable, so that where it is used the list of parts can be made on the stack.
  @inlinable
  public init(joining parts: String...) {
    var count = 0
    for part in parts { count += part.utf8.count }
    self.init(unsafeUninitializedCapacity: count) { buffer in
      var written = 0
      for var part in parts {
        part.withUTF8 { bytes in
          guard let start = bytes.baseAddress, let end = buffer.baseAddress else { return }
          (end + written).update(from: start, count: bytes.count)
          written += bytes.count
        }
      }
      return written
    }
  }
}
