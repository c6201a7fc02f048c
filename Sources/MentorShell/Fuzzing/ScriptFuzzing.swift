import Foundation
import MentorStore

/// Runs made-up scripts against a small school held in memory, built afresh for each
/// script, for `FuzzTarget.script`.
///
/// Lines that would reach outside the database are left out before the script runs: any
/// line with a `/` (a path elsewhere), and any naming a command or option that reads or
/// writes files, sends mail, waits or ends the process. Everything else runs as a script
/// file's lines do, errors and all, with what it prints thrown away.
final class ScriptFuzzing: Sendable {
  /// The one instance, which writes the school's data sheet on first use.
  static let shared = ScriptFuzzing()

  /// Words that, anywhere in a line, leave the line out.
  static let wordsLeftOut = [
    "load", "source", "notify", "sheet", "pause", "quit", "exit", "out", "send", "assign",
    "mail",
  ]

  /// The lines that build the school before each script: its data sheet, loaded from a
  /// folder of this process's own, then a few records for commands to work on.
  private let setup: [String]

  private init() {
    let folder = NSTemporaryDirectory() + "mentor-fuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let sheet = folder + "/school.csv"
    FileManager.default.createFile(atPath: sheet, contents: Data(Self.sheet.utf8))
    setup = ["load '\(sheet)'"] + Self.setupLines
  }

  /// Runs the script in `bytes` on a fresh school in memory.
  func run(_ bytes: [UInt8]) {
    let console = Console(isTerminal: false, usesColour: false, out: { _ in }, error: { _ in })
    var options = ShellOptions()
    options.user = "Ms Fuzz"
    guard let store = try? Store.inMemory(),
      let shell = try? Shell(store: store, console: console, options: options)
    else { preconditionFailure("no shell over a database in memory") }
    for line in setup {
      precondition(shell.execute(line), "the fuzzing school did not build: \(line)")
    }

    var lines = ScriptFile.lines(of: bytes).filter(Self.staysInTheDatabase)[...]
    shell.runScript(named: "fuzz.mentor") { lines.popFirst() }
  }

  /// Whether `line` names nothing that reaches outside the database.
  static func staysInTheDatabase(_ line: ScriptLine) -> Bool {
    guard case .text(let text) = line else { return true }
    let lowered = text.lowercased()
    guard !lowered.contains("/") else { return false }
    return !wordsLeftOut.contains { lowered.contains($0) }
  }

  /// A fictional school of four mentees, two subjects and two months.
  static let sheet = """
    UPN,Surname,Forename,Year,Form,Mentor,Month,Subject,Target Grade,Working At
    F000001,Ashdown,Amara,10,10A,Mr Abell,2026-09,Maths,6,5
    F000001,Ashdown,Amara,10,10A,Mr Abell,2026-10,Maths,6,6
    F000001,Ashdown,Amara,10,10A,Mr Abell,2026-09,History,5,3
    F000002,Brackley,Bram,10,10A,Mr Abell,2026-09,Maths,7,7
    F000002,Brackley,Bram,10,10A,Mr Abell,2026-10,History,4,2
    F000003,Cawood,Cosima,11,11B,Ms Brisco,2026-09,Maths,8,5
    F000003,Cawood,Cosima,11,11B,Ms Brisco,2026-10,Maths,8,6
    F000004,Dunmore,Dario,11,11B,Ms Brisco,2026-10,History,5,5

    """

  /// Records made after the sheet loads, so that commands have something to work on.
  static let setupLines = [
    "agree F000001 student 'reads for twenty minutes each evening'",
    "check I1 understood 'said so'",
    "agree F000003 teacher 'seats the mentee at the front'",
    "meet F000002",
    "praise for Maths 'homework on time'",
    "end",
    "escalate F000004 to leader 'three subjects below target'",
  ]
}
