import Foundation
import MentorModel
import Testing

@testable import MentorShell

/// Someone at the keyboard of the demo school, and the records they try a command on.
enum KeyboardRole: String, CaseIterable, CustomTestStringConvertible, Sendable {
  /// Dr Osei, the Progress Leader, on Mr Okafor's mentee.
  case leader
  /// Ms Patel, a mentor and Maths teacher, on her own mentee.
  case mentorOwn
  /// Ms Patel on Mr Okafor's mentee.
  case mentorOther
  /// Mr Brennan, a teacher and no mentor, on Ms Patel's mentee, with the intervention and
  /// the escalation that name him.
  case teacher
  /// Someone the staff list does not name.
  case unknown

  var testDescription: String { rawValue }

  /// The user name at the keyboard.
  var user: String {
    switch self {
    case .leader: return "Dr Osei"
    case .mentorOwn, .mentorOther: return "Ms Patel"
    case .teacher: return "Mr Brennan"
    case .unknown: return "Ms Nobody"
    }
  }

  /// The mentee, intervention, escalation and mentor the command is tried on.
  var records: [String: String] {
    let own = ["{M}": RoleRulesTests.patels, "{I}": "I1", "{E}": "E1"]
    let other = ["{M}": RoleRulesTests.okafors, "{I}": "I2", "{E}": "E2"]
    switch self {
    case .leader: return other.merging(["{R}": "'Mr Okafor'"]) { $1 }
    case .mentorOwn: return own.merging(["{R}": "'Ms Patel'"]) { $1 }
    case .mentorOther: return other.merging(["{R}": "'Mr Okafor'"]) { $1 }
    case .teacher: return own.merging(["{R}": "'Ms Patel'"]) { $1 }
    case .unknown: return own.merging(["{R}": ""]) { $1 }
    }
  }
}

/// Who may do what, command by command: every command of `CommandTable.all` is run as
/// each role on the demo school and must be allowed or refused as this table says.
@Suite("Each command is allowed or refused for each role as the roles table says")
struct RoleRulesTests {
  /// Archie Mirza, Ms Patel's mentee, and Adaeze Eze, Mr Okafor's.
  static let patels = "R160046041851"
  static let okafors = "M912292714495"

  /// I1 and E1 are about Ms Patel's mentee and name Mr Brennan; I2 and E2 are about
  /// Mr Okafor's mentee.
  static let setup = [
    "agree \(patels) student 'catch-up on Tuesdays' with Brennan",
    "agree \(okafors) student 'reading log'",
    "escalate \(patels) to Brennan 'late to every lesson'",
    "escalate \(okafors) to leader 'no homework'",
  ]

  static let everyone = Set(KeyboardRole.allCases)
  static let staff: Set<KeyboardRole> = [.leader, .mentorOwn, .mentorOther, .teacher]
  static let mentor: Set<KeyboardRole> = [.leader, .mentorOwn]
  static let involved: Set<KeyboardRole> = [.leader, .mentorOwn, .teacher]
  static let leader: Set<KeyboardRole> = [.leader]

  /// Each command with the words after its name and the roles allowed to run it.
  static let expected: [String: (words: String, allowed: Set<KeyboardRole>)] = [
    "load": ("demo/2026-11.csv", leader),
    "show mentee": ("{M}", mentor),
    "list mentees": ("", staff),
    "list interventions": ("", staff),
    "list subjects": ("", staff),
    "list months": ("", staff),
    "list mappings": ("", staff),
    "list meetings": ("", staff),
    "target": ("all 5", leader),
    "setting": ("well-below-from 2", leader),
    "meet": ("{M}", mentor),
    "praise": ("{M} 'good week'", mentor),
    "excuse": ("{M} 'the bus was late'", mentor),
    "understood": ("{M}", mentor),
    "serious": ("{M}", mentor),
    "agree": ("{M} parent 'diary signed'", mentor),
    "note": ("{M} 'wants to study medicine'", mentor),
    "end": ("{M}", mentor),
    "check": ("{I} understood", involved),
    "revise": ("{I} student 'lunchtime club'", involved),
    "suggest": ("parent", staff),
    "strategy add": ("student 'asleep in lessons' 'talk about sleep'", leader),
    "strategy edit": ("1 'weekly planner'", leader),
    "due": ("", staff),
    "notify": ("", staff),
    "escalate": ("{M} to leader 'no homework'", mentor),
    "escalations": ("", staff),
    "acknowledge": ("{E}", involved),
    "resolve": ("{E} 'met the parents'", involved),
    "load staff": ("demo/staff.csv", leader),
    "list staff": ("", staff),
    "load parents": ("demo/parents.csv", leader),
    "list parents": ("{M}", mentor),
    "assign": ("{M} to Okafor", leader),
    "history": ("{M}", mentor),
    "sheet": ("{M}", mentor),
    "report cohort": ("", staff),
    "report interventions": ("", leader),
    "report mentor": ("{R}", mentor),
    "report praise": ("", staff),
    "report parents": ("", leader),
    "audit": ("", leader),
    "leave mentee": ("{M} 2026-11-30", leader),
    "erase mentee": ("{M} --dry-run", leader),
    "purge": ("--before 2026-09-01 --dry-run", leader),
    "export mentee": ("{M} --out /tmp/mentor-role-export.json", leader),
    "export": ("--pseudonymise --out /tmp/mentor-role-copy.db", leader),
    "undo": ("", everyone),
    "help": ("load", everyone),
    "source": ("/nonexistent/script.mentor", everyone),
    "for each": ("mentee do echo $MENTEE", everyone),
    "set": ("who zoe", everyone),
    "unset": ("who", everyone),
    "echo": ("hello", everyone),
    "pause": ("0", everyone),
    "quit": ("", everyone),
  ]

  @Test("Every command has a rule, and the roles table names every command")
  func everyCommandHasARule() {
    for command in CommandTable.all {
      #expect(command.access != nil, "'\(command.name)' has no access rule")
      #expect(Self.expected[command.name] != nil, "'\(command.name)' is not in the table")
    }
    #expect(Set(Self.expected.keys) == Set(CommandTable.all.map(\.name)))
  }

  @Test("A command without a rule is refused, whoever runs it")
  func noRuleIsRefused() throws {
    let session = try DemoSession()
    let bare = Command("bare", summary: "Nothing", examples: []) { shell, _ in
      shell.console.print("ran")
    }
    let arguments = try Arguments([], for: bare)
    #expect(throws: ShellError.self) { try session.shell.authorise(bare, arguments) }
  }

  @Test("Each command is allowed or refused for each role", arguments: CommandTable.all.map(\.name))
  func allowedOrRefused(name: String) throws {
    let (words, allowed) = try #require(Self.expected[name])
    let session = try DemoSession()
    for line in Self.setup {
      try #require(session.shell.execute(line), "\(line): \(session.errors.text)")
    }
    // Refused roles first: a refusal changes nothing, so the others find the school as set.
    let order: [KeyboardRole] = [.unknown, .teacher, .mentorOther, .mentorOwn, .leader]
    for role in order {
      session.shell.options.user = role.user
      var line = "\(name) \(words)"
      for (mark, value) in role.records { line = line.replacingOccurrences(of: mark, with: value) }
      let refusal = Self.refusal(running: line, in: session.shell)
      if allowed.contains(role) {
        #expect(refusal == nil, "\(role) should run '\(line)': \(refusal ?? "")")
      } else {
        let message = try #require(refusal, "\(role) should be refused '\(line)'")
        #expect(message.contains("Dr Osei"), "the refusal names the Progress Leader: \(message)")
      }
      session.shell.meetingWith = nil
    }
  }

  /// The message of the refusal that running `line` ends in, or nil when it is not refused
  /// (it may still fail for another reason, as a missing file).
  static func refusal(running line: String, in shell: Shell) -> String? {
    do {
      try shell.run(line)
      return nil
    } catch {
      switch error {
      case .notOnStaffList, .onlyProgressLeader, .othersMentee, .othersCaseload, .noCaseload,
        .onlyLeaderSetsSchool, .noAccessRule:
        return error.message
      default:
        return nil
      }
    }
  }
}
