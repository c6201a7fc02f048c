extension CSVReader {
  /// Reads the data sheet in the file at `path`.
  ///
  /// - Parameters:
  ///   - path: The file's path, absolute or relative to the current directory.
  ///   - options: The delimiter and encoding, each detected when `nil`.
  /// - Throws: ``CSVError/notAFile(path:kind:)`` for a folder, a device, a named pipe or a
  ///   socket; ``CSVError/tooLarge(path:limit:)`` for a file over 2 GiB;
  ///   ``CSVError/cannotRead(path:reason:)`` for a missing file or any other failure to
  ///   read; or a ``CSVError`` from ``read(_:options:)``.
  public static func read(
    contentsOf path: String, options: CSVOptions = .init()
  ) throws(CSVError) -> CSVTable {
    let bytes = try FileBytes.contents(ofFile: path)
    return try read(bytes, options: options)
  }
}
