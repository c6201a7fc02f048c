extension String {
  /// Whether this string and `other` are one value in memory: the same short text held
  /// inline, or the same stored text. Identical strings hold the same bytes; strings that
  /// are not identical may still be equal, so this is only a quick first check.
  ///
  /// A data sheet repeats a few texts over many rows, and the CSV reader gives each repeat
  /// the string it made the first time (`FieldInterner`), so most cells compared with the
  /// cell before are identical and need no look at their bytes.
  public func isIdentical(to other: String) -> Bool {
    unsafeBitCast(self, to: (UInt64, UInt64).self)
      == unsafeBitCast(other, to: (UInt64, UInt64).self)
  }
}
