import MentorExchange
import Testing

@testable import MentorShell

@Suite("The load command's help and the importer's messages name the same options and roles")
struct LoadHelpTests {
  /// The words of a text, split at anything but a letter, a digit or a hyphen.
  static func words(_ text: String) -> Set<String> {
    Set(
      text.split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init))
  }

  /// Problems whose messages tell the user which option of `load` to give.
  static let problemsNamingOptions: [ImportProblem.Reason] = [
    .cannotTellMenteesApart, .missingColumn(.subject), .noMonth,
    .noScaleFits(subject: "Maths", examples: ["5*"]),
  ]

  @Test("The load help names every role that --map takes")
  func helpNamesEveryRole() throws {
    let detail = Self.words(Command.load.detail)

    for role in ColumnRole.allCases {
      #expect(detail.contains(role.rawValue), "'\(role.rawValue)' is not in the load help")
      #expect(ColumnRole(name: role.rawValue) == role)
    }
  }

  @Test(
    "Every option an import problem suggests is an option of load",
    arguments: problemsNamingOptions)
  func problemsNameRealOptions(reason: ImportProblem.Reason) {
    let options = Set(Command.load.options.map { "--" + $0.name })
    let message = ImportProblem(line: nil, reason).message

    let named = Self.words(message).filter { $0.hasPrefix("--") }
    #expect(!named.isEmpty, "'\(message)' names no option")
    for option in named {
      #expect(options.contains(option), "'\(message)' names '\(option)', which load lacks")
    }
  }

  @Test("A sheet with nothing to tell mentees apart points to --map and --id-from")
  func cannotTellMenteesApartWording() {
    let message = ImportProblem(line: nil, .cannotTellMenteesApart).message

    #expect(
      message
        == "Nothing tells the mentees apart: no id or name column; "
        + "map the id column with --map upn=HEADER or give --id-from COLUMN,...")
  }
}
