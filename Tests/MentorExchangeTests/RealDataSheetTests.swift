import Foundation
import MentorExchange
import Testing

@Suite("Real data sheets")
struct RealDataSheetTests {
  /// The shared data folder beside the package root, wherever the package is checked out.
  static let dataFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("shared/data/uci-student-performance")

  @Test(
    "The UCI student performance sheets read with 33 fields in every row",
    arguments: [("student-mat.csv", 395), ("student-por.csv", 649)]
  )
  func studentPerformanceSheets(file: String, rowCount: Int) throws {
    let path = Self.dataFolder.appendingPathComponent(file).path

    let table = try CSVReader.read(contentsOf: path)

    #expect(table.delimiter == UInt8(ascii: ";"))
    #expect(table.encoding == .utf8)
    #expect(table.header.fields.count == 33)
    #expect(table.header.fields.first == "school")
    #expect(table.header.fields.last == "G3")
    #expect(table.rows.count == rowCount)
    #expect(table.rows.allSatisfy { $0.fields.count == 33 })
    #expect(table.rowLines == Array(2...(rowCount + 1)))
  }

  @Test("The row that ends with a stray semicolon reads like the others")
  func strayTrailingSemicolonInMathsSheet() throws {
    let path = Self.dataFolder.appendingPathComponent("student-mat.csv").path

    let table = try CSVReader.read(contentsOf: path)

    let first = try #require(table.rows.first)
    #expect(first.fields.count == 33)
    #expect(first.fields.prefix(3) == ["GP", "F", "18"])
    #expect(first.fields.suffix(3) == ["5", "6", "6"])
  }

  @Test("A missing file cannot be read, with the system's reason")
  func missingFile() {
    let path = "/nonexistent-mentor-folder/marks.csv"

    #expect(throws: CSVError.cannotRead(path: path, reason: "No such file or directory")) {
      try CSVReader.read(contentsOf: path)
    }
  }

  @Test("A directory cannot be read as a data sheet")
  func directoryIsNotASheet() {
    let path = Self.dataFolder.path

    #expect(throws: CSVError.notAFile(path: path, kind: .folder)) {
      try CSVReader.read(contentsOf: path)
    }
  }
}
