#if canImport(Glibc)
  import Glibc
#endif

/// The process's environment variables, read straight from the C library.
///
/// Foundation's `ProcessInfo.environment` builds the same dictionary at several times the
/// cost, which a `mentor -c` run pays on every start.
enum ProcessEnvironment {
  /// Every variable, by name. A variable given twice keeps its first value, as `getenv`
  /// would find it.
  static func all() -> [String: String] {
    var count = 0
    while environ[count] != nil { count += 1 }
    var variables: [String: String] = [:]
    variables.reserveCapacity(count)
    for index in 0..<count {
      guard let entry = environ[index] else { continue }
      let length = strlen(entry)
      let bytes = UnsafeRawBufferPointer(start: entry, count: length)
        .bindMemory(to: UInt8.self)
      guard let equals = bytes.firstIndex(of: UInt8(ascii: "=")) else { continue }
      let name = String(decoding: bytes[..<equals], as: UTF8.self)
      guard variables[name] == nil else { continue }
      variables[name] = String(decoding: bytes[(equals + 1)...], as: UTF8.self)
    }
    return variables
  }

  /// One variable's value, or nil when it is not set (`getenv`).
  static func value(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
