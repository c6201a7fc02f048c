import Foundation
import MentorStore
import Testing

@testable import MentorShell

@Suite("What Tab offers at the prompt")
struct CompleterTests {
  /// A shell over a small fictional school held in memory.
  static func shell() throws -> Shell {
    let console = Console(isTerminal: false, usesColour: false, out: { _ in }, error: { _ in })
    let shell = try Shell(store: Store.inMemory(), console: console, options: ShellOptions())
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-completion-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let sheet = folder.appendingPathComponent("2026-10.csv").path
    try """
    UPN,Surname,Forename,Subject,Target,Working At
    A1,Brontë,Zoë,Maths,6,5
    A2,Brown,Zola,Maths,6,6
    A3,Smith,Jack,English,5,5
    """.write(toFile: sheet, atomically: true, encoding: .utf8)
    #expect(shell.execute("load '\(sheet)'"))
    return shell
  }

  @Test(
    "Command words, second words and options complete",
    arguments: [
      (
        "", "",
        [
          "acknowledge", "agree", "assign", "audit", "check", "due", "echo", "end", "erase",
          "escalate", "escalations", "excuse", "export", "for", "help", "history", "leave",
          "list", "load", "meet", "note", "notify", "pause", "praise", "purge", "quit", "report",
          "resolve", "revise", "serious", "set", "setting", "sheet", "show", "source",
          "strategy", "suggest", "target", "understood", "undo", "unset",
        ]
      ),
      ("li", "li", ["list"]),
      ("list m", "m", ["mappings", "meetings", "mentees", "months"]),
      ("show ", "", ["mentee"]),
      ("load x.csv --mo", "--mo", ["--month"]),
      ("list mentees ye", "ye", ["year"]),
      ("setting well", "well", ["well-below-from"]),
      ("target Ma", "Ma", ["Maths"]),
      ("help sh", "sh", ["sheet", "show"]),
      ("load st", "st", ["staff"]),
    ])
  func words(_ line: String, _ word: String, _ expected: [String]) throws {
    let completer = Completer(shell: try Self.shell())
    #expect(completer.candidates(line, word, false) == expected)
  }

  @Test("A member of staff's name typed in words completes from the word under the cursor")
  func staffNamesInWords() throws {
    let shell = try Self.shell()
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-completion-staff-\(UUID().uuidString).csv").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try """
    Name,Email,Role,Subjects
    Ms Patel,patel@school.example,Mentor,Maths
    Ms Pike,pike@school.example,Mentor,English
    Mr Okafor,okafor@school.example,Mentor,English
    Dr Osei,osei@school.example,Progress Leader,

    """.write(toFile: path, atomically: true, encoding: .utf8)
    #expect(shell.execute("load staff '\(path)'"))
    let completer = Completer(shell: shell)
    #expect(completer.candidates("assign zoe to Ms Pa", "Pa", false) == ["Patel"])
    #expect(completer.candidates("assign zoe to Ms ", "", false) == ["Patel", "Pike"])
    #expect(completer.candidates("assign zoe to Mr O", "O", false) == ["Okafor"])
    #expect(completer.candidates("assign zoe to Pat", "Pat", false) == ["Ms Patel"])
    #expect(completer.candidates("assign zoe to Ms Ok", "Ok", false).isEmpty)
  }

  @Test("Mentee names complete by prefix, ignoring case and accents")
  func menteeNames() throws {
    let completer = Completer(shell: try Self.shell())
    #expect(completer.candidates("show mentee zo", "zo", false) == ["Zola Brown", "Zoë Brontë"])
    #expect(completer.candidates("show mentee zoe", "zoe", false) == ["Zoë Brontë"])
    #expect(completer.candidates("show mentee Zoë B", "B", false) == ["Brontë"])
    #expect(completer.candidates("show mentee \"Zoë B", "Zoë B", true) == ["Zoë Brontë"])
    #expect(completer.candidates("show mentee A", "A", false) == ["A1", "A2", "A3"])
  }

  @Test("File names complete, folders with a slash")
  func fileNames() throws {
    let completer = Completer(shell: try Self.shell())
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-files-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("sheets"), withIntermediateDirectories: true)
    try "".write(
      to: folder.appendingPathComponent("september.csv"), atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: folder) }
    let typed = folder.path + "/s"
    #expect(
      completer.candidates("load \(typed)", typed, false) == [
        folder.path + "/september.csv", folder.path + "/sheets/",
      ])
  }
}

@Suite("Tab after a filter word offers its values")
struct FilterCompletionTests {
  @Test("Subjects after 'subject', statuses after 'status', keywords elsewhere")
  func values() throws {
    let completer = Completer(shell: try CompleterTests.shell())
    #expect(completer.candidates("list mentees where subject M", "M", false) == ["Maths"])
    #expect(completer.candidates("list mentees status we", "we", false) == ["well-below"])
    #expect(completer.candidates("list mentees where ye", "ye", false) == ["year"])
  }

  @Test("A name already typed whole is not completed again")
  func wholeName() throws {
    let completer = Completer(shell: try CompleterTests.shell())
    #expect(completer.candidates("show mentee \"Zoë Brontë\" ", "", false) == [])
  }
}

@Suite("Tab in the mentoring commands")
struct MentoringCompletionTests {
  @Test("After 'for' come subjects, after 'agree WHO' categories; ids sort by number")
  func clauses() throws {
    let shell = try CompleterTests.shell()
    let completer = Completer(shell: shell)
    #expect(completer.candidates("agree zoe student x for Ma", "Ma", false) == ["Maths"])
    #expect(completer.candidates("agree zoe student x f", "f", false) == ["for"])
    #expect(completer.candidates("agree zoe pa", "pa", false) == ["parent"])
    #expect(completer.candidates("escalate zoe to le", "le", false) == ["leader"])
    for number in 1...11 {
      #expect(shell.execute("agree zoe student 'catch-up \(number)'"))
    }
    let ids = completer.candidates("check I", "I", false)
    #expect(ids.prefix(3) == ["I1", "I2", "I3"])
    #expect(ids.last == "I11")
  }

  @Test("In a meeting the mentee is left out, so the first word completes as the command's")
  func inMeeting() throws {
    let shell = try CompleterTests.shell()
    #expect(shell.execute("meet zoe"))
    let completer = Completer(shell: shell)
    #expect(completer.candidates("agree cu", "cu", false) == ["curriculum"])
  }
}

@Suite("Tab after an option offers its values")
struct OptionValueCompletionTests {
  @Test("Months after --month, scales after --scale, the spelled-out choices after --format")
  func values() throws {
    let completer = Completer(shell: try CompleterTests.shell())
    #expect(completer.candidates("show mentee zoe --month 2026", "2026", false) == ["2026-10"])
    #expect(
      completer.candidates("load x.csv --scale gcse", "gcse", false) == [
        "gcse", "gcse-letters",
      ])
    #expect(completer.candidates("list mentees --format c", "c", false) == ["csv"])
    #expect(
      completer.candidates("load x.csv --month 2026-10 --sc", "--sc", false) == [
        "--scale", "--scale-for",
      ])
  }
}
