import MentorStore
import Testing

/// An error, with a name that reads well in the test report.
struct ErrorSample: Sendable, CustomTestStringConvertible {
  let name: String
  let error: DatabaseError

  var testDescription: String {
    name
  }
}

@Suite("Error messages follow the house style")
struct DatabaseErrorTests {
  static let samples: [ErrorSample] = [
    ErrorSample(name: "cannot open", error: .cannotOpen(path: "/a/b", reason: "No such file")),
    ErrorSample(name: "folder", error: .isDirectory(path: "/a")),
    ErrorSample(name: "not a database", error: .notADatabase(path: "/a/b.csv")),
    ErrorSample(name: "unsafe permissions", error: .unsafePermissions(path: "/a/b")),
    ErrorSample(name: "read-only", error: .readOnly(path: "/a/b")),
    ErrorSample(name: "busy", error: .busy),
    ErrorSample(name: "disk full", error: .full),
    ErrorSample(name: "changed elsewhere", error: .changedElsewhere),
    ErrorSample(name: "interrupted", error: .interrupted),
    ErrorSample(name: "constraint", error: .constraint("UNIQUE constraint failed: mentee.upn")),
    ErrorSample(name: "other SQLite error", error: .sqlite(code: 10, message: "disk I/O error")),
    ErrorSample(name: "newer schema", error: .newerSchema(found: 9, supported: 4)),
    ErrorSample(
      name: "parameter count", error: .parameterCount(expected: 2, given: 1, sql: "SELECT ?, ?")),
    ErrorSample(name: "not one statement", error: .notOneStatement(sql: "SELECT 1; SELECT 2")),
  ]

  @Test(arguments: samples)
  func messageStartsWithACapitalOrQuotedPathAndHasNoFullStop(sample: ErrorSample) {
    let message = sample.error.message

    #expect(message.first?.isUppercase == true || message.first == "'")
    #expect(!message.hasSuffix("."))
    #expect(!message.contains("\n"))
  }

  @Test(arguments: samples)
  func pathsAppearInSingleQuotes(sample: ErrorSample) {
    let paths = ["/a/b", "/a", "/a/b.csv"]

    for path in paths where sample.error.message.contains(path) {
      #expect(sample.error.message.contains("'\(path)"))
    }
  }

  @Test func aNewerSchemaMessageNamesBothVersions() {
    let message = DatabaseError.newerSchema(found: 9, supported: 4).message

    #expect(message.contains("9"))
    #expect(message.contains("4"))
  }
}
