import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The interactive prompt driven through a pseudo-terminal, keys in and screen text out.
///
/// Each test gets a private home folder and a fresh database made from
/// `demo/school.mentor`, and starts `mentor --db DATABASE` from the package root.
/// The tests run one at a time so that the timing of one cannot slow another.
@Suite("The prompt at a terminal", .serialized)
final class TerminalTests {
  /// The test's private `HOME`, removed when the test ends.
  let home: URL

  /// The demo school's database, inside `home`.
  let database: String

  /// Makes the home folder and loads the demo school into a new database there.
  init() throws {
    home = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-terminal-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    database = home.appendingPathComponent("school.db").path

    let loading = try TerminalSession(
      arguments: ["--db", database, "demo/school.mentor"], home: home)
    let ended = try loading.waitForExit()
    guard ended == .exited(0) else {
      throw TerminalSession.Failure(
        description: "Loading the demo school with '\(MentorProcess.executable.path)' ended"
          + " with \(ended):\n\(loading.transcript)")
    }
  }

  deinit {
    try? FileManager.default.removeItem(at: home)
  }

  /// Opens the prompt on the demo school and waits for it.
  private func openPrompt() throws -> TerminalSession {
    let session = try TerminalSession(arguments: ["--db", database], home: home)
    try session.waitForPrompt()
    return session
  }

  /// Types a line, presses Enter and waits for the next prompt.
  ///
  /// - Returns: The screen text from the typed line up to that prompt.
  @discardableResult
  private func run(_ line: String, in session: TerminalSession) throws -> String {
    try session.type(line + "\r")
    return try session.waitForPrompt()
  }

  // MARK: - Typing

  @Test("The prompt opens with the banner and runs a typed command")
  func promptRunsCommand() throws {
    let session = try TerminalSession(arguments: ["--db", database], home: home)
    defer { session.close() }

    let opening = try session.waitForPrompt()
    #expect(opening.hasPrefix("mentor "))
    #expect(opening.contains("120 mentees, 13 subjects, 3 months (latest 2026-11)"))
    #expect(opening.contains("Type 'help' for the commands"))

    let months = try run("list months", in: session)
    #expect(months.hasPrefix("list months\n"))
    for month in ["2026-09", "2026-10", "2026-11"] {
      #expect(months.contains("\n\(month) "), "month \(month) is listed")
    }
  }

  @Test(
    "Letters typed at the prompt come back byte for byte",
    arguments: ["Zoë Brontë", "Seán O’Brien"])
  func textComesBackIntact(_ name: String) throws {
    let session = try openPrompt()
    defer { session.close() }

    let shown = try run("echo \(name)", in: session)
    let lines = shown.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3, "the line typed, the line echoed, the prompt: \(shown)")
    #expect(lines.first.map { Array($0.utf8) } == Array("echo \(name)".utf8))
    #expect(lines.dropFirst().first.map { Array($0.utf8) } == Array(name.utf8))
  }

  // MARK: - Completion

  @Test("Tab completes a subcommand and adds a space after it")
  func tabCompletesSubcommand() throws {
    let session = try openPrompt()
    defer { session.close() }

    try session.type("show m")
    try session.waitFor("show m")
    try session.type("\t")
    try session.waitFor("entee ")

    let sheet = try run("Zoë Brontë", in: session)
    #expect(sheet.contains("Zoë Brontë  (id "), "the completed line ran: \(sheet)")
  }

  @Test("Tab completes a mentee's name from its first letters")
  func tabCompletesName() throws {
    let session = try openPrompt()
    defer { session.close() }

    try session.type("show mentee Zoë B")
    try session.waitFor("show mentee Zoë B")
    try session.type("\t")
    try session.waitFor("rontë ")

    let sheet = try run("", in: session)
    #expect(sheet.contains("Zoë Brontë  (id "), "the completed line ran: \(sheet)")
  }

  @Test("Tab on letters that begin several names lists them each time, keeping the line")
  func tabListsNames() throws {
    let session = try openPrompt()
    defer { session.close() }

    try session.type("show mentee Zo")
    try session.waitFor("show mentee Zo")
    for press in 1...2 {
      try session.type("\t")
      let listing = try session.waitFor("\(TerminalSession.prompt)show mentee Zo")
      #expect(listing.contains("Zoë Brontë"), "Tab \(press) lists Zoë: \(listing)")
      #expect(listing.contains("Zola Brown"), "Tab \(press) lists Zola: \(listing)")
    }

    let sheet = try run("la", in: session)
    #expect(sheet.contains("Zola Brown  (id "), "the line was kept: \(sheet)")
  }

  @Test("Tab completes a file name inside quotes without adding a space")
  func tabCompletesQuotedFile() throws {
    let session = try openPrompt()
    defer { session.close() }

    try session.type("load \"demo/2026-1")
    try session.waitFor("load \"demo/2026-1")
    try session.type("\t")
    let listing = try session.waitFor("\(TerminalSession.prompt)load \"demo/2026-1")
    for file in ["demo/2026-10.csv", "demo/2026-11.csv", "demo/2026-12-wide.csv"] {
      #expect(listing.contains(file), "\(file) is offered")
    }

    try session.type("1\t")
    try session.waitFor("1.csv")
    try session.type("\"")
    let line = try session.waitFor("\"")
    #expect(line == "\"", "nothing comes between the file name and the closing quote")

    let report = try run("", in: session)
    #expect(report.contains("'demo/2026-11.csv'"), "the completed line loaded: \(report)")
    #expect(!report.contains("error:"))
  }

  // MARK: - Leaving and interrupting

  @Test("One Ctrl-C drops the line being typed, shows a new prompt, and the shell goes on")
  func controlCClearsLine() throws {
    let session = try openPrompt()
    defer { session.close() }

    try session.type("show mentee Nob")
    try session.waitFor("show mentee Nob")
    try session.type("\u{03}")
    try session.waitFor("^C")
    #expect(try session.waitForPrompt() == "\n" + TerminalSession.prompt)
    #expect(session.isRunning)

    let months = try run("list months", in: session)
    #expect(months.hasPrefix("list months\n"), "the new line starts empty: \(months)")
    #expect(months.contains("\n2026-11 "))
    #expect(!months.contains("error:"))
    #expect(session.isRunning)
  }

  @Test("Ctrl-C during a long load stops it, stores nothing of the file, and the shell goes on")
  func controlCStopsALongLoad() throws {
    let sheet = home.appendingPathComponent("big-school.csv").path
    let made = try MentorProcess().runShell(
      "'\(MentorProcess.packageRoot.path)/scripts/make-school' sheet --mentees 2000"
        + " --subjects 12 --months 10 '\(sheet)'")
    try #require(made.status == 0, "\(made.errors)")
    let session = try openPrompt()
    defer { session.close() }

    try session.type("load '\(sheet)'\r")
    // Reading 240,000 rows takes seconds; one in, the load is still running.
    Thread.sleep(forTimeInterval: 1)
    try session.type("\u{03}")
    let stopped = try session.waitForPrompt(timeout: .seconds(120))

    #expect(stopped.contains("error: Interrupted: nothing of '\(sheet)' was stored\n"))
    #expect(!stopped.contains("Stored "))
    let months = try run("list months", in: session)
    #expect(months.contains("\n2026-11 "))
    #expect(!months.contains("2027-"), "none of the sheet's months: \(months)")
    #expect(session.isRunning)
  }

  @Test("Ctrl-D on an empty line leaves with exit status 0")
  func controlDLeaves() throws {
    let session = try openPrompt()
    defer { session.close() }

    try run("list months", in: session)
    try session.type("\u{04}")
    #expect(try session.waitForExit() == .exited(0))
  }

  /// A way to end a session at the prompt.
  enum WayOut: String, CaseIterable, CustomTestStringConvertible {
    case controlD = "Ctrl-D"
    case quit = "quit"
    case terminateSignal = "SIGTERM"
    case hangUpSignal = "SIGHUP"

    var testDescription: String { rawValue }

    /// Ends the session this way.
    func take(_ session: TerminalSession) throws {
      switch self {
      case .controlD: try session.type("\u{04}")
      case .quit: try session.type("quit\r")
      case .terminateSignal: session.send(signal: SIGTERM)
      case .hangUpSignal: session.send(signal: SIGHUP)
      }
    }

    /// How `mentor` should end.
    var expectedEnd: TerminalSession.Termination {
      switch self {
      case .controlD, .quit: .exited(0)
      case .terminateSignal: .signalled(SIGTERM)
      case .hangUpSignal: .signalled(SIGHUP)
      }
    }
  }

  @Test(
    "The terminal is back in canonical mode with echo after leaving", arguments: WayOut.allCases)
  func terminalLeftSane(_ way: WayOut) throws {
    let session = try TerminalSession(arguments: ["--db", database], home: home)
    defer { session.close() }
    let sane = tcflag_t(ICANON | ECHO)
    #expect(session.modesBefore.c_lflag & sane == sane, "a new terminal starts sane")

    try session.waitForPrompt()
    #expect(try session.modes().c_lflag & tcflag_t(ECHO) == 0, "the editor echoes by itself")

    try way.take(session)
    #expect(try session.waitForExit() == way.expectedEnd)

    let after = try session.modes()
    #expect(after.c_lflag & sane == sane, "ICANON and ECHO are set again")
    #expect(after.c_lflag == session.modesBefore.c_lflag)
    #expect(after.c_iflag == session.modesBefore.c_iflag)
    #expect(after.c_oflag == session.modesBefore.c_oflag)
  }

  // MARK: - History

  @Test("A new session's Up arrow brings back the last line, spaces and accents intact")
  func historySurvivesRestart() throws {
    let first = try openPrompt()
    defer { first.close() }
    let words = try run("echo 'two words'", in: first)
    #expect(words.contains("\ntwo words\n"))
    try run("show mentee Zoë Brontë", in: first)
    try first.type("\u{04}")
    #expect(try first.waitForExit() == .exited(0))

    let second = try openPrompt()
    defer { second.close() }
    try second.type("\u{1B}[A")
    let recalled = try second.waitFor("Brontë")
    #expect(Array(recalled.utf8) == Array("show mentee Zoë Brontë".utf8))
    let sheet = try run("", in: second)
    #expect(sheet.contains("Zoë Brontë  (id "), "the recalled line ran: \(sheet)")

    try second.type("\u{1B}[A\u{1B}[A")
    try second.waitFor("words'")
    let echoed = try run("", in: second)
    #expect(
      echoed.hasSuffix("\ntwo words\n\(TerminalSession.prompt)"), "the older line ran: \(echoed)")
  }

  @Test("The history file is readable only by its owner, in a folder only its owner opens")
  func historyIsPrivate() throws {
    let session = try openPrompt()
    defer { session.close() }
    try run("echo Seán O’Brien", in: session)
    try session.type("\u{04}")
    #expect(try session.waitForExit() == .exited(0))

    let folder = home.appendingPathComponent(".local/state/mentor")
    let file = folder.appendingPathComponent("history")
    #expect(try permissions(of: file) == 0o600)
    #expect(try permissions(of: folder) == 0o700)
    let saved = try String(contentsOf: file, encoding: .utf8)
    #expect(saved.contains("Seán"), "the history holds the line: \(saved)")
  }

  /// The permission bits of a file or folder.
  private func permissions(of url: URL) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
  }

  // MARK: - Tables

  /// The escape sequences that start the colours of statuses and counts.
  static let colours = ["\u{1B}[31m", "\u{1B}[32m", "\u{1B}[33m", "\u{1B}[34m"]

  /// Opens the prompt in a window `columns` wide, with more environment variables.
  private func openPrompt(columns: UInt16, environment: [String] = []) throws -> TerminalSession {
    let session = try TerminalSession(
      arguments: ["--db", database], home: home, columns: columns, environment: environment)
    try session.waitForPrompt()
    return session
  }

  /// Runs a line and returns the lines it printed, without the typed line and the prompt.
  private func printed(_ line: String, in session: TerminalSession) throws -> [Substring] {
    Array(try run(line, in: session).split(separator: "\n").dropFirst().dropLast())
  }

  @Test("A 60-column terminal gets tables no wider than 60, with statuses in colour")
  func narrowTerminal() throws {
    let session = try openPrompt(columns: 60)
    defer { session.close() }

    let caseload = try printed("list mentees where mentor 'Mrs Fletcher'", in: session)
    let sheet = try printed("show mentee zoe b", in: session)

    #expect(caseload.count > 10)
    #expect(caseload.contains { $0.hasPrefix("X797211371138  Brontë ") })
    let heading = sheet.firstIndex { $0.hasPrefix("Subject ") } ?? sheet.endIndex
    #expect(sheet[heading...].count > 7, "the feedback sheet has its table: \(sheet)")
    for line in caseload + sheet[heading...] {
      #expect(line.count <= 60, "too wide: '\(line)'")
    }
    #expect(session.rawTranscript.contains("\u{1B}[32mon target"), "on target is green")
    #expect(session.rawTranscript.contains("\u{1B}[33mbelow"), "below is amber")
  }

  @Test("A 120-column terminal shows every column of the caseload")
  func wideTerminal() throws {
    let session = try openPrompt(columns: 120)
    defer { session.close() }

    let caseload = try printed("list mentees where mentor 'Mrs Fletcher'", in: session)

    #expect(caseload.contains { $0.contains("Attendance") && $0.contains("Mentor") })
    for line in caseload { #expect(line.count <= 120, "too wide: '\(line)'") }
  }

  @Test(
    "NO_COLOR or a dumb terminal gets no colour", arguments: [["NO_COLOR=1"], ["TERM=dumb"]])
  func noColour(_ environment: [String]) throws {
    let session = try openPrompt(columns: 100, environment: environment)
    defer { session.close() }

    let sheet = try printed("show mentee zoe b", in: session)

    #expect(sheet.contains { $0.contains("on target") })
    for colour in Self.colours {
      #expect(!session.rawTranscript.contains(colour), "no colour escape appears")
    }
  }

  // MARK: - Errors

  @Test(
    "An error at the prompt reads 'error: ...' with no file or line, and the shell goes on",
    arguments: ["show mentee Nobody", "lsit months", "echo 'open"])
  func errorAtPrompt(_ line: String) throws {
    let session = try openPrompt()
    defer { session.close() }

    let shown = try run(line, in: session)
    let lines = shown.split(separator: "\n").map(String.init)
    let report = lines.dropFirst().first ?? ""
    #expect(report.hasPrefix("error: "), "the message: \(shown)")
    #expect(!report.dropFirst("error: ".count).isEmpty)
    #expect(!shown.contains(": error:"), "no file or line is named: \(shown)")
    #expect(session.isRunning)

    let months = try run("list months", in: session)
    #expect(months.contains("\n2026-11 "))
  }
}
