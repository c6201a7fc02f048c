import Foundation

/// Runs the built `mentor` executable as a user would, and collects what it printed.
struct MentorProcess {
  /// What one run printed, and how it ended.
  struct Outcome {
    var output: String
    var errors: String
    var status: Int32
  }

  /// The package's root folder.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The built executable, beside the test bundle in the build folder.
  static let executable: URL = {
    var folder = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("mentor")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug/mentor")
  }()

  /// A private folder for one test, removed by `cleanUp`.
  let folder: URL

  /// Creates a fresh folder under the temporary directory.
  init() {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-e2e-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  /// Removes the test's folder.
  func cleanUp() {
    try? FileManager.default.removeItem(at: folder)
  }

  /// A path inside the test's folder.
  func path(_ name: String) -> String {
    folder.appendingPathComponent(name).path
  }

  /// Writes a file into the test's folder and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let target = path(name)
    try text.write(toFile: target, atomically: true, encoding: .utf8)
    return target
  }

  /// Runs `mentor` with arguments and standard input, from `directory` (the test folder).
  func run(
    _ arguments: [String], input: String = "", directory: URL? = nil,
    environment extra: [String: String] = [:]
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = Self.executable
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? folder
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = folder.path
    environment["XDG_DATA_HOME"] = nil
    environment["XDG_STATE_HOME"] = nil
    environment["MENTOR_DB"] = nil
    environment["NO_COLOR"] = "1"
    environment.merge(extra) { $1 }
    process.environment = environment
    let inputPipe = Pipe()
    let outputPipe = Pipe()
    let errorPipe = Pipe()
    process.standardInput = inputPipe
    process.standardOutput = outputPipe
    process.standardError = errorPipe
    try process.run()
    inputPipe.fileHandleForWriting.write(Data(input.utf8))
    try inputPipe.fileHandleForWriting.close()
    var output = Data()
    nonisolated(unsafe) var errors = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errors = errorPipe.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    output = outputPipe.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Outcome(
      output: String(decoding: output, as: UTF8.self),
      errors: String(decoding: errors, as: UTF8.self), status: process.terminationStatus)
  }
}
