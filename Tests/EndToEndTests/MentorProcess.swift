import Foundation
import Synchronization

/// Runs the built `mentor` executable as a user would, and collects what it printed.
///
/// Each value owns a private folder that serves as `HOME` and as the working folder, so a
/// run never touches the real user's files.
struct MentorProcess {
  /// What one run printed, and how it ended.
  struct Outcome {
    var output: String
    var errors: String
    var status: Int32
    /// Whether the run was stopped for taking longer than its time limit.
    var timedOut: Bool
  }

  /// Where standard input comes from.
  enum Input {
    /// These bytes, through a pipe that is closed after them.
    case text(String)
    /// The file at this path, opened for reading, as `mentor < FILE` does.
    case file(String)
  }

  /// The package's root folder.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The built executable: beside the test bundle in the build folder (`swift test` builds
  /// it with the tests, whatever `--scratch-path` says), else in `.build/debug`.
  static let executable: URL = {
    let starts = [
      Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments.first ?? "."),
    ]
    for start in starts {
      var folder = start
      for _ in 0..<4 {
        let candidate = folder.appendingPathComponent("mentor")
        if isExecutableFile(candidate) { return candidate }
        folder = folder.deletingLastPathComponent()
      }
    }
    return packageRoot.appendingPathComponent(".build/debug/mentor")
  }()

  /// Whether `url` is an executable file, not a folder.
  private static func isExecutableFile(_ url: URL) -> Bool {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
      return false
    }
    return !isFolder.boolValue && FileManager.default.isExecutableFile(atPath: url.path)
  }

  /// The absolute path of a data sheet in `Tests/EndToEndTests/Fixtures`, in single quotes
  /// so that it stays one word in a mentor command wherever the package lies.
  static func fixture(_ name: String) -> String {
    "'" + packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/\(name)").path + "'"
  }

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

  /// The paths of the files and folders under the test's folder, relative to it, sorted.
  func contents() -> [String] {
    let found = FileManager.default.subpaths(atPath: folder.path) ?? []
    return found.sorted()
  }

  /// A path inside the test's folder.
  func path(_ name: String) -> String {
    folder.appendingPathComponent(name).path
  }

  /// Writes a file into the test's folder and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, bytes: Array(text.utf8))
  }

  /// Writes bytes into the test's folder, creating folders on the way, and returns its path.
  @discardableResult
  func write(_ name: String, bytes: [UInt8]) throws -> String {
    let target = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: target)
    return target.path
  }

  /// The environment of a run: the caller's, with `HOME` in the test's folder and nothing
  /// that would point `mentor` elsewhere, then `extra` on top.
  func environment(_ extra: [String: String]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = folder.path
    environment["XDG_DATA_HOME"] = nil
    environment["XDG_STATE_HOME"] = nil
    // Never the real user's init file: a folder of the test's own, empty unless it writes one.
    environment["XDG_CONFIG_HOME"] = folder.appendingPathComponent("config").path
    environment["MENTOR_DB"] = nil
    environment["NO_COLOR"] = "1"
    // The demo school's Progress Leader, who may run every command, unless a test says.
    environment["MENTOR_USER"] = "Dr Osei"
    environment.merge(extra) { $1 }
    return environment
  }

  /// Runs `mentor` with arguments and standard input, from `directory` (the test folder).
  func run(
    _ arguments: [String], input: Input = .text(""), directory: URL? = nil,
    environment extra: [String: String] = [:], timeLimit: TimeInterval = 60
  ) throws -> Outcome {
    try launch(
      Self.executable, arguments, input: input, directory: directory,
      environment: environment(extra), timeLimit: timeLimit)
  }

  /// Runs `/bin/sh -c SCRIPT` with `$MENTOR` set to the built executable, for pipelines.
  func runShell(
    _ script: String, directory: URL? = nil, environment extra: [String: String] = [:],
    timeLimit: TimeInterval = 60
  ) throws -> Outcome {
    var environment = environment(extra)
    environment["MENTOR"] = Self.executable.path
    return try launch(
      URL(fileURLWithPath: "/bin/sh"), ["-c", script], input: .text(""),
      directory: directory, environment: environment, timeLimit: timeLimit)
  }

  /// The largest text input that goes through a pipe; a larger one goes through a file.
  private static let pipeCapacity = 16 * 1024

  /// What the program reads as standard input.
  ///
  /// Text is written into the pipe, and the pipe closed, before the program starts: it fits
  /// in the pipe's buffer, so nothing blocks, and a program that leaves without reading
  /// cannot make the write fail with SIGPIPE, which would end the whole test run. Text too
  /// large for the buffer is written to a file in the test's folder instead.
  private func standardInput(_ input: Input) throws -> Any {
    switch input {
    case .file(let path):
      guard let handle = FileHandle(forReadingAtPath: path) else {
        throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
      }
      return handle
    case .text(let text) where text.utf8.count > Self.pipeCapacity:
      return try standardInput(.file(write("standard-input-\(UUID().uuidString)", text)))
    case .text(let text):
      let pipe = Pipe()
      try pipe.fileHandleForWriting.write(contentsOf: Data(text.utf8))
      try pipe.fileHandleForWriting.close()
      return pipe
    }
  }

  /// Starts a program, feeds its input, collects both outputs and waits for it to end, or
  /// stops it once `timeLimit` has passed so that a hang fails the test instead of the run.
  private func launch(
    _ program: URL, _ arguments: [String], input: Input, directory: URL?,
    environment: [String: String], timeLimit: TimeInterval
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? folder
    process.environment = environment

    let outputPipe = Pipe()
    let errorPipe = Pipe()
    process.standardOutput = outputPipe
    process.standardError = errorPipe
    process.standardInput = try standardInput(input)

    try process.run()

    let collected = Collected()
    let group = DispatchGroup()
    let errorReader = errorPipe.fileHandleForReading
    DispatchQueue.global().async(group: group) {
      collected.errors.withLock { $0 = errorReader.readDataToEndOfFile() }
    }
    let watchdog = DispatchWorkItem {
      guard process.isRunning else { return }
      collected.timedOut.withLock { $0 = true }
      process.terminate()
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: watchdog)

    let output = outputPipe.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    watchdog.cancel()

    return Outcome(
      output: String(decoding: output, as: UTF8.self),
      errors: String(decoding: collected.errors.withLock { $0 }, as: UTF8.self),
      status: process.terminationStatus, timedOut: collected.timedOut.withLock { $0 })
  }
}

/// What the helper threads of one run hand back: standard error, and whether time ran out.
private final class Collected: Sendable {
  let errors = Mutex(Data())
  let timedOut = Mutex(false)
}
