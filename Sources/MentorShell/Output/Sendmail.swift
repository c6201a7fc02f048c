import Foundation

/// Handing messages to the system's mail program, as `sendmail -t -i` reads them.
///
/// `-t` takes the recipient from the message's own `To` field, so the message decides who
/// gets it and nothing else does; `-i` keeps a line holding only a dot from ending the
/// message early. The message goes in on standard input, with the line ends of the system
/// (LF), as sendmail expects. It is passed through a file that is removed at once, not a
/// pipe, so a program that leaves without reading cannot stop the shell with SIGPIPE.
struct Sendmail {
  /// The program, as configured: a path, or a name to look for on `PATH`.
  let program: String

  /// The program's path: as given when it holds a `/`, else the first on `PATH`.
  func executable() throws(ShellError) -> URL {
    var candidates = [program]
    if !program.contains("/") {
      let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/sbin:/usr/bin"
      candidates = searchPath.split(separator: ":").map { "\($0)/\(program)" }
    }
    guard let found = candidates.first(where: FileManager.default.isExecutableFile(atPath:))
    else { throw .cannotRunSendmail(program: program, reason: "no such program") }
    return URL(fileURLWithPath: found)
  }

  /// Gives one message to the program and waits for it to take it.
  func send(_ message: String) throws(ShellError) {
    let program = try executable()
    let input = try Self.standardInput(message)
    defer { try? input.close() }

    let process = Process()
    process.executableURL = program
    process.arguments = ["-t", "-i"]
    process.standardInput = input
    do {
      try process.run()
    } catch {
      throw .cannotRunSendmail(program: self.program, reason: error.localizedDescription)
    }
    process.waitUntilExit()
    guard process.terminationReason == .exit, process.terminationStatus == 0 else {
      throw .sendmailFailed(program: self.program, status: process.terminationStatus)
    }
  }

  /// A handle that reads `message` from its start: a private temporary file, removed from
  /// its folder as soon as it is open.
  private static func standardInput(_ message: String) throws(ShellError) -> FileHandle {
    let folder = NSTemporaryDirectory()
    let path = (folder as NSString).appendingPathComponent("mentor-message-\(UUID().uuidString)")
    if let failure = SystemCalls.writeNewFile(
      path, Array(message.utf8), permissions: Outbox.filePermissions)
    {
      throw .cannotWrite(path: path, reason: SystemCalls.describe(failure.code))
    }
    defer { SystemCalls.remove(path) }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .cannotRead(path: path, reason: SystemCalls.describe(SystemCalls.lastErrorCode))
    }
    return handle
  }
}
