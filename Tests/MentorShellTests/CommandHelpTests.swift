import Foundation
import MentorStore
import Testing

@testable import MentorShell

/// One example line from a command's help.
struct HelpExample: CustomTestStringConvertible, Sendable {
  var command: String
  var line: String

  var testDescription: String { line }
}

@Suite("Every command has help, and every example in it runs against the demo school")
struct CommandHelpTests {
  /// The package's root folder: examples name files from there, such as `demo/2026-11.csv`.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let names = CommandTable.all.map(\.name)

  static let examples = CommandTable.all.flatMap { command in
    command.examples.map { HelpExample(command: command.name, line: $0) }
  }

  /// The command named `name`.
  static func command(_ name: String) throws -> Command {
    try #require(CommandTable.all.first { $0.name == name })
  }

  @Test("Each command has a usage line and a one-sentence summary", arguments: names)
  func usageAndSummary(name: String) throws {
    let command = try Self.command(name)
    let page = HelpText.page(for: command)

    #expect(command.usageLine.hasPrefix(command.name))
    #expect(page.hasPrefix("Usage: \(command.usageLine)\n"))
    let first = try #require(command.summary.first)
    #expect(first.isUppercase)
    #expect(!command.summary.hasSuffix("."))
    #expect(!command.summary.contains(". "))
    #expect(page.contains(command.summary))
  }

  @Test("Each command but quit has an example, and each example uses its command", arguments: names)
  func examplesUseTheCommand(name: String) throws {
    let command = try Self.command(name)
    guard name != "quit" else { return }

    #expect(!command.examples.isEmpty, "'\(name)' has no example")
    #expect(HelpText.page(for: command).contains("Examples:\n"))
    for example in command.examples {
      let words = try WordSplitter.split(example)
      let (found, _) = try CommandTable.find(words)
      #expect(found.name == name, "'\(example)' runs '\(found.name)', not '\(name)'")
    }
  }

  @Test("Each command's help fits in 100 columns", arguments: names)
  func helpFits(name: String) throws {
    let page = HelpText.page(for: try Self.command(name))
    for line in page.split(separator: "\n") {
      #expect(line.count <= 100, "too wide: '\(line)'")
    }
  }

  @Test("The overview lists every command with its summary")
  func overview() {
    let overview = HelpText.overview()
    for command in CommandTable.all {
      #expect(overview.contains("  \(command.name)  "), "'\(command.name)' is not listed")
      #expect(overview.contains(command.summary))
    }
  }

  @Test("Each example runs without an error against the demo school", arguments: examples)
  func exampleRuns(example: HelpExample) throws {
    let session = try DemoSession()
    for line in try Self.command(example.command).exampleSetup {
      #expect(session.shell.execute(line), "setup '\(line)' failed: \(session.errors.text)")
    }

    // A training copy refuses a file that exists: one left by an earlier run goes first.
    for word in example.line.split(separator: " ") where word.hasPrefix("/tmp/mentor-example-") {
      try? FileManager.default.removeItem(atPath: String(word))
    }
    let succeeded = session.shell.execute(example.line)

    #expect(succeeded, "'\(example.line)' failed: \(session.errors.text)")
    #expect(!session.errors.text.contains("error:"), "\(session.errors.text)")
  }
}

/// A shell over an in-memory store holding the demo school, with its output collected.
struct DemoSession {
  /// Text written to one stream.
  final class Collected {
    var text = ""
  }

  let shell: Shell
  let output = Collected()
  let errors = Collected()

  /// Opens a shell and sources `demo/school.mentor` from the package root.
  ///
  /// - Parameters:
  ///   - isTerminal: Whether the shell's console is a terminal that shows colour.
  ///   - configure: changes to the shell's options, made after the outbox is set to a
  ///     private folder for the tests.
  init(isTerminal: Bool = false, _ configure: (inout ShellOptions) -> Void = { _ in }) throws {
    try #require(DemoSession.enteredPackageRoot, "cannot enter \(CommandHelpTests.packageRoot)")
    let output = output
    let errors = errors
    let console = Console(
      isTerminal: isTerminal, usesColour: isTerminal, out: { output.text += $0 },
      error: { errors.text += $0 })
    var options = ShellOptions()
    options.outbox = DemoSession.outbox
    options.user = "Dr Osei"
    configure(&options)
    // The Progress Leader sets the school up; then the session is the user's.
    let user = options.user
    options.user = "Dr Osei"
    shell = try Shell(store: Store.inMemory(), console: console, options: options)

    try #require(shell.execute("source demo/school.mentor"), "\(errors.text)")
    shell.options.user = user
    try #require(errors.text.isEmpty, "\(errors.text)")
    output.text = ""
  }

  /// A private folder for the messages examples send, so that none goes to the outbox
  /// of the user running the tests.
  static let outbox = FileManager.default.temporaryDirectory
    .appendingPathComponent("mentor-help-outbox-\(UUID().uuidString)").path

  /// Makes the package root the working folder, once: the demo school and the examples
  /// name their files from there. No other test depends on the working folder.
  private static let enteredPackageRoot: Bool = FileManager.default
    .changeCurrentDirectoryPath(CommandHelpTests.packageRoot.path)
}
