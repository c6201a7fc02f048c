import Foundation
import MentorExchange
import MentorModel
import Testing

@testable import MentorShell

/// A command that prints records, named for test output.
struct RecordCommand: CustomTestStringConvertible, Sendable {
  var name: String
  var testDescription: String { name }

  /// The command itself.
  var command: Command { CommandTable.all.first { $0.name == name }! }

  /// A line that prints the command's records against the demo school: its first example
  /// with `extra` after it.
  func line(_ extra: String) -> String {
    command.examples[0] + " " + extra
  }
}

@Suite("Every command that prints records prints them the same way, as the README says")
struct RecordOutputTests {
  /// The commands that take `--format table|csv|json`, from the command table.
  static let recordCommands = CommandTable.all
    .filter { $0.options.contains { $0.name == "format" && $0.value == "table|csv|json" } }
    .map { RecordCommand(name: $0.name) }

  /// The README's section on output for other tools, up to the next section.
  static func readmeSection() throws -> String {
    let readme = try String(
      contentsOf: CommandHelpTests.packageRoot.appendingPathComponent("README.md"),
      encoding: .utf8)
    let start = try #require(readme.range(of: "\n## Output for other tools\n"))
    let rest = readme[start.upperBound...]
    return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
  }

  /// The names in backquotes in a piece of README text, in order.
  static func quotedNames(_ text: Substring) -> [String] {
    text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
      .filter { $0.offset % 2 == 1 }.map { String($0.element) }
  }

  /// The README's table of columns: each command's name and its columns.
  static func documentedColumns() throws -> [String: [String]] {
    var found: [String: [String]] = [:]
    for line in try readmeSection().split(separator: "\n") where line.hasPrefix("| `") {
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count == 2 else { continue }
      let command = String(cells[0].dropFirst().dropLast())
      found[command] = quotedNames(Substring(cells[1]))
    }
    return found
  }

  @Test("The commands that print records are the ones the README names")
  func commandsAreKnown() {
    #expect(
      Set(Self.recordCommands.map(\.name)) == [
        "list mentees", "show mentee", "list interventions", "list subjects", "list months",
        "list mappings", "list meetings",
        "list staff", "list parents", "escalations", "due", "suggest", "history", "audit",
      ])
  }

  @Test(
    "A command with --format also takes --out and declares its columns",
    arguments: recordCommands)
  func formatComesWithOut(_ record: RecordCommand) {
    let command = record.command
    #expect(command.options.contains { $0.name == "out" && $0.value == "FILE" })
    #expect(!command.columns.isEmpty)
    #expect(command.usage.contains("[--out FILE]"))
  }

  @Test("Only commands that print records declare columns")
  func columnsOnlyWithFormat() {
    let declaring = CommandTable.all.filter { !$0.columns.isEmpty }.map(\.name)
    #expect(Set(declaring) == Set(Self.recordCommands.map(\.name)))
  }

  @Test("The README lists exactly each command's columns, in order")
  func readmeListsColumns() throws {
    let documented = try Self.documentedColumns()
    let declared = Dictionary(
      uniqueKeysWithValues: Self.recordCommands.map { ($0.name, $0.command.columns) })

    #expect(documented == declared)
  }

  @Test("The README gives the fields of show mentee's JSON object as the code writes them")
  func readmeListsFeedbackFields() throws {
    let section = try Self.readmeSection()
    let start = try #require(section.range(of: "`show mentee --format json` writes one object"))
    let paragraph = section[start.upperBound...]
    let end = paragraph.range(of: "\n\n")?.lowerBound ?? paragraph.endIndex
    let names = Self.quotedNames(paragraph[..<end])
    let subjects = try #require(names.firstIndex(of: "subjects"))

    #expect(Array(names[...subjects]) == FeedbackSheet.jsonFields)
    #expect(
      Array(names[(subjects + 1)...].prefix(FeedbackSheet.subjectFields.count))
        == FeedbackSheet.subjectFields)
  }

  @Test("Each command's CSV header is its declared column list", arguments: recordCommands)
  func csvHeaderIsDeclared(_ record: RecordCommand) throws {
    let session = try DemoSession()
    for line in record.command.exampleSetup { #expect(session.shell.execute(line)) }
    session.output.text = ""

    #expect(session.shell.execute(record.line("--format csv")), "\(session.errors.text)")
    let header = session.output.text.prefix { $0 != "\n" }

    #expect(header.split(separator: ",").map(String.init) == record.command.columns)
  }

  @Test(
    "Each command's JSON objects have exactly its columns as keys", arguments: recordCommands)
  func jsonKeysAreDeclared(_ record: RecordCommand) throws {
    let session = try DemoSession()
    for line in record.command.exampleSetup { #expect(session.shell.execute(line)) }
    session.output.text = ""
    #expect(session.shell.execute(record.line("--format json")), "\(session.errors.text)")

    let parsed = try JSONSerialization.jsonObject(with: Data(session.output.text.utf8))
    if record.name == "show mentee" {
      let object = try #require(parsed as? [String: Any])
      #expect(Set(object.keys) == Set(FeedbackSheet.jsonFields))
      let subjects = try #require(object["subjects"] as? [[String: Any]])
      for subject in subjects { #expect(Set(subject.keys) == Set(FeedbackSheet.subjectFields)) }
      return
    }
    let objects = try #require(parsed as? [[String: Any]])
    for object in objects {
      #expect(Set(object.keys) == Set(record.command.columns))
    }
    let keys = session.output.text.split(separator: "\n").dropFirst().first.map {
      Self.quotedKeys($0)
    }
    if let keys { #expect(keys == record.command.columns, "keys in the documented order") }
  }

  /// The keys of a one-line JSON object, in the order written.
  static func quotedKeys(_ line: Substring) -> [String] {
    line.matches(of: #/[{,] ?"([a-z_]+)": /#).map { String($0.output.1) }
  }

  @Test("Counts and measures are JSON numbers, and an empty cell is null")
  func jsonTypes() throws {
    let session = try DemoSession()
    #expect(session.shell.execute("list mentees where year 11 --format json"))

    let parsed = try JSONSerialization.jsonObject(with: Data(session.output.text.utf8))
    let objects = try #require(parsed as? [[String: Any]])
    #expect(objects.count == 60)
    for object in objects {
      for key in ["subjects", "below", "well_below", "attendance"] {
        #expect(object[key] is NSNumber, "\(key) is a number")
      }
      #expect(object["id"] is String)
      #expect(object["flags"] is String || object["flags"] is NSNull)
    }
    #expect(objects.contains { $0["flags"] is NSNull }, "a mentee without flags has null")
  }

  @Test("The session's format applies when a command names none")
  func sessionFormat() throws {
    let session = try DemoSession { $0.format = .json }
    #expect(session.shell.execute("list months"))
    #expect(session.output.text.hasPrefix("[\n  {\"month\": "))
  }
}
