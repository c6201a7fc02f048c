import Foundation
import Testing

@testable import MentorShell

/// What a person is shown of mentees who are not theirs: at Tab, in errors, on standard
/// error.
@Suite("Others' mentees are shown by name only, and standard error names only what was typed")
struct DisclosureTests {
  /// Ms Patel's mentee Archie Mirza and Mr Okafor's Adaeze Eze.
  static let patels = RoleRulesTests.patels
  static let okafors = RoleRulesTests.okafors

  @Test(
    "Tab offers each person the mentees' names and ids they may see",
    arguments: [
      ("Dr Osei", "show mentee M91", true, true),
      ("Ms Patel", "show mentee M91", false, true),
      ("Ms Patel", "show mentee R16", true, true),
      ("Mr Brennan", "show mentee R16", false, true),
      ("Ms Nobody", "show mentee R16", false, false),
      ("Ms Nobody", "show mentee M91", false, false),
    ])
  func completion(user: String, line: String, offersID: Bool, offersName: Bool) throws {
    let session = try RoleScopeTests.session(user)
    let completer = Completer(shell: session.shell)
    let id = line.hasSuffix("M91") ? Self.okafors : Self.patels
    let name = line.hasSuffix("M91") ? "Adaeze Eze" : "Archie Mirza"
    let forename = String(name.prefix(4))

    let ids = completer.candidates(line, String(line.suffix(3)), false)
    let names = completer.candidates("show mentee \(forename)", forename, false)

    #expect(ids.contains(id) == offersID, "\(ids)")
    #expect(ids.allSatisfy { session.shell.school.mentees[$0].map(session.shell.maySee) == true })
    #expect(names.contains(name) == offersName, "\(names)")
  }

  @Test("A name that fits several mentees lists others' mentees by name only")
  func couldBe() throws {
    let session = try RoleScopeTests.session("Ms Patel")

    #expect(!session.shell.execute("show mentee Mirza"))

    let error = session.errors.text
    #expect(error.contains("Archie Mirza (R160046041851, 10A)"), "\(error)")
    #expect(error.contains("Harry Mirza,") || error.contains("Harry Mirza;"), "\(error)")
    #expect(!error.contains("J830340751732"))
    #expect(!error.contains("11C"))
    #expect(error.contains("ask their mentor or give the id you know"))
  }

  @Test("The Progress Leader is shown every candidate's id and form")
  func couldBeForTheLeader() throws {
    let session = try RoleScopeTests.session("Dr Osei")

    #expect(!session.shell.execute("show mentee Mirza"))

    #expect(session.errors.text.contains("Harry Mirza (J830340751732, 11C)"))
    #expect(!session.errors.text.contains("ask their mentor"))
  }

  @Test("A subject access export confirms its file on standard error by the mentee's id")
  func exportConfirmation() throws {
    let session = try RoleScopeTests.session("Dr Osei")
    let out = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-disclosure-\(UUID().uuidString).json").path
    defer { try? FileManager.default.removeItem(atPath: out) }

    #expect(session.shell.execute("export mentee 'Seán' --out '\(out)'"), "\(session.errors.text)")

    #expect(session.errors.text.contains("Wrote everything held about D939140454670 to"))
    #expect(!session.errors.text.contains("O’Brien"))
    #expect(!session.errors.text.contains("O'Brien"))
  }

  @Test("A refusal names another's mentee as typed, and never gives their id for a name")
  func refusalNames() throws {
    let session = try RoleScopeTests.session("Ms Patel")

    #expect(!session.shell.execute("show mentee \(Self.okafors)"))
    #expect(!session.shell.execute("history 'Adaeze Eze'"))
    #expect(!session.shell.execute("show mentee adaeze"))

    let lines = session.errors.text.split(separator: "\n").map(String.init)
    let refusal = "Mr Okafor's mentee: ask Mr Okafor or the Progress Leader (Dr Osei)"
    #expect(
      lines == [
        "error: '\(Self.okafors)' is \(refusal)", "error: 'Adaeze Eze' is \(refusal)",
        "error: 'adaeze' is \(refusal)",
      ], "\(lines)")
  }

  /// Each error that names a mentee: the person, the lines before, the line that fails,
  /// the answer typed at a prompt, and the names standard error must not hold.
  static let namingErrors: [(String, [String], String, String?, [String])] = [
    ("Ms Patel", [], "show mentee \(okafors)", nil, ["Adaeze", "Eze"]),
    ("Dr Osei", ["meet \(okafors)"], "erase mentee \(okafors) --yes", nil, ["Adaeze", "Eze"]),
    ("Dr Osei", [], "erase mentee \(okafors)", "no", ["Adaeze", "Eze"]),
    ("Dr Osei", [], "agree \(okafors) student x for Art", nil, ["Adaeze", "Eze"]),
    ("Dr Osei", [], "praise \(okafors) for Art", nil, ["Adaeze", "Eze"]),
    (
      "Dr Osei", ["meet \(patels)"], "meet \(okafors)", nil,
      ["Adaeze", "Eze", "Archie", "Mirza"]
    ),
    (
      "Dr Osei", ["meet \(patels)"], "agree \(okafors) student x", nil,
      ["Adaeze", "Eze", "Archie", "Mirza"]
    ),
    ("Dr Osei", [], "sheet \(okafors)", nil, ["Adaeze", "Eze"]),
  ]

  @Test(
    "An error names a mentee by id or as typed, never by a name that was not typed",
    arguments: 0..<8)
  func errorsNameByID(_ index: Int) throws {
    let (user, before, line, answer, hidden) = Self.namingErrors[index]
    let session = try RoleScopeTests.session("Dr Osei")
    for earlier in before {
      try #require(session.shell.execute(earlier), "\(earlier): \(session.errors.text)")
    }
    session.shell.options.user = user
    if let answer { session.shell.readFromKeyboard = { answer } }
    session.errors.text = ""

    #expect(!session.shell.execute(line))

    let error = session.errors.text
    #expect(error.hasPrefix("error: "), "\(line): \(error)")
    #expect(error.contains(Self.okafors) || error.contains(Self.patels), "\(line): \(error)")
    for name in hidden {
      #expect(!error.contains(name), "\(line): \(error)")
    }
  }
}
