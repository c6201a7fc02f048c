import Foundation
import MentorExchange
import MentorModel
import Testing

@Suite("The UCI student performance data sheets")
struct UCIDataSheetTests {
  /// The columns that, together, identify a student in both files.
  static let identifying = [
    "school", "sex", "age", "address", "famsize", "Pstatus", "Medu", "Fedu", "Mjob", "Fjob",
    "reason", "nursery", "internet",
  ]

  /// The folder of the shared data: beside the package root, found from this file.
  static let folder: String = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path),
      url.pathComponents.count > 1
    {
      url.deleteLastPathComponent()
    }
    return url.deletingLastPathComponent()
      .appendingPathComponent("shared/data/uci-student-performance").path
  }()

  @Test(
    "Each file reads as a sheet by period: G1, G2 and G3 on the 0 to 20 scale",
    arguments: [("student-mat.csv", "Mathematics", 395), ("student-por.csv", "Portuguese", 649)]
  )
  func readsAsSheetByPeriod(file: String, subject: String, students: Int) throws {
    let options = DataSheetOptions(subject: subject)

    let imported = try DataSheetImporter.read(path: "\(Self.folder)/\(file)", options: options)
      .get()

    let sheet = imported.sheet
    let prefix = file == "student-mat.csv" ? "MAT" : "POR"
    #expect(sheet.name == file)
    #expect(imported.report.shape == .wideByPeriod)
    #expect(sheet.months == ["G1", "G2", "G3"])
    #expect(sheet.people.count == students)
    #expect(sheet.results.count == students * 3)
    #expect(sheet.scales == [subject: .numeric(0, 20)])
    #expect(sheet.people.first?.id == "\(prefix)0001")
    #expect(sheet.people.last?.id == "\(prefix)0\(students)")
    #expect(imported.report.notes == [.idsFromRowNumbers(prefix: prefix)])
    #expect(imported.report.unusedColumns.count == 30)
  }

  @Test("Ids made from the identifying columns are shared by the students in both files")
  func idsMatchAcrossFiles() throws {
    let options = DataSheetOptions(idColumns: Self.identifying)
    var maths = options
    maths.subject = "Mathematics"
    var portuguese = options
    portuguese.subject = "Portuguese"

    let first = try DataSheetImporter.read(path: "\(Self.folder)/student-mat.csv", options: maths)
      .get()
    let second = try DataSheetImporter.read(
      path: "\(Self.folder)/student-por.csv", options: portuguese
    ).get()

    let shared = Set(first.sheet.people.map(\.id)).intersection(second.sheet.people.map(\.id))
    let counts = try [
      Self.identityCounts("student-mat.csv"), Self.identityCounts("student-por.csv"),
    ]
    let oneToOne = counts[0].reduce(0) { $0 + min($1.value, counts[1][$1.key] ?? 0) }
    let pairs = counts[0].reduce(0) { $0 + $1.value * (counts[1][$1.key] ?? 0) }
    #expect(shared.count == oneToOne)
    #expect(shared.count == 370)
    #expect(pairs == 382)
    #expect(first.sheet.people.count == 395)
    #expect(second.sheet.people.count == 649)
    #expect(first.report.notes.contains(.rowsNumbered(4)))
    #expect(second.report.notes.contains(.rowsNumbered(12)))
  }

  /// How many students of a file have each combination of identifying values, counted
  /// straight from the text without the importer.
  static func identityCounts(_ file: String) throws -> [[String]: Int] {
    let text = try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8)
    let lines = text.split(whereSeparator: \.isNewline).map { line in
      line.split(separator: ";", omittingEmptySubsequences: false).map {
        $0.replacingOccurrences(of: "\"", with: "")
      }
    }
    let columns = identifying.compactMap { lines[0].firstIndex(of: $0) }
    var counts: [[String]: Int] = [:]
    for fields in lines.dropFirst() {
      counts[columns.map { fields[$0] }, default: 0] += 1
    }
    return counts
  }
}
