import Foundation
import MentorModel
import MentorStore
import Testing

@testable import MentorShell

@Suite("Subject access exports and pseudonymised training copies")
struct ExportCommandTests {
  /// A folder of its own for one test's files, removed by `remove`.
  struct Folder {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentor-export-\(UUID().uuidString)").path

    init() throws {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
  }

  /// The demo school with a meeting with Zoë, by Dr Osei.
  static func session() throws -> DemoSession {
    let session = try DemoSession { options in options.user = "Dr Osei" }
    for line in [
      "meet zoe", "praise for Maths 'a quizzical step up'", "note 'said the bus was late'",
      "agree student 'catch-up session' for Maths", "end",
      "escalate zoe to parent 'homework diary not signed'",
    ] {
      try #require(session.shell.execute(line), "\(line): \(session.errors.text)")
    }
    return session
  }

  @Test("JSON holds every kind of record about the mentee, and only the owner may read it")
  func json() throws {
    let session = try Self.session()
    let folder = try Folder()
    defer { folder.remove() }
    let path = folder.file("zoe.json")

    #expect(session.shell.execute("export mentee zoe --out \(path)"), "\(session.errors.text)")

    let text = try String(contentsOfFile: path, encoding: .utf8)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: [[String: Any]]])
    #expect(
      Set(object.keys) == [
        "mentee", "results", "parents", "interventions", "checks", "meetings",
        "meeting_records", "escalations", "audit",
      ])
    #expect(object["results"]?.count == 21)
    #expect(object["parents"]?.count == 2)
    #expect(
      object["meeting_records"]?.contains { $0["text"] as? String == "said the bus was late" }
        == true)
    #expect(object["escalations"]?.first?["reason"] as? String == "homework diary not signed")
    #expect(
      object["audit"]?.contains { ($0["what"] as? String)?.hasPrefix("Opened") == true } == true)
    #expect(!text.contains("Harry"))
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  @Test("An undone check is gone from the export; the audit keeps that it was made and undone")
  func undoneCheck() throws {
    let session = try Self.session()
    let folder = try Folder()
    defer { folder.remove() }
    let path = folder.file("zoe.json")
    for line in [
      "check I1 understood 'kept every session'", "undo", "acknowledge E1", "undo",
      "check I1 understood 'said she knows'",
    ] {
      try #require(session.shell.execute(line), "\(line): \(session.errors.text)")
    }

    #expect(session.shell.execute("export mentee zoe --out \(path)"), "\(session.errors.text)")

    let text = try String(contentsOfFile: path, encoding: .utf8)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: [[String: Any]]])
    let checks = object["checks"] ?? []
    #expect(checks.count == 1, "\(checks)")
    #expect(checks.first?["evidence"] as? String == "said she knows")
    #expect(object["interventions"]?.first?["state"] as? String == "understood")
    #expect(object["escalations"]?.first?["state"] as? String == "open")
    let undone = object["audit"]?.filter { ($0["what"] as? String)?.hasPrefix("Undid") == true }
    #expect(undone?.count == 2, "\(object["audit"] ?? [])")
  }

  @Test(
    "The audit row of an undo holds what it restores, as before and after",
    arguments: [
      ("leave mentee X797211371138 2026-12-01", "2026-12-01", nil),
      ("check I1 understood", "understood", "agreed"),
      ("acknowledge E1", "acknowledged", "open"),
      ("assign zoe to Okafor", "Mr Okafor", "Mrs Fletcher"),
    ] as [(String, String?, String?)])
  func undoAudited(line: String, before: String?, after: String?) throws {
    let session = try Self.session()
    try #require(session.shell.execute(line), "\(line): \(session.errors.text)")
    try #require(session.shell.execute("undo"), "\(session.errors.text)")

    let undone = try session.shell.store.auditEntries(about: "X797211371138")
      .filter { $0.kind == "undo" }
    #expect(undone.count == 1)
    #expect(undone.first?.before == before, "\(undone)")
    #expect(undone.first?.after == after, "\(undone)")
  }

  @Test("HTML is one page with a table for each kind of record; any other name gets text")
  func htmlAndText() throws {
    let session = try Self.session()
    let folder = try Folder()
    defer { folder.remove() }

    #expect(session.shell.execute("export mentee zoe --out \(folder.file("zoe.html"))"))
    #expect(session.shell.execute("export mentee zoe --out \(folder.file("zoe.txt"))"))

    let mode =
      try FileManager.default.attributesOfItem(atPath: folder.file("zoe.html"))[
        .posixPermissions] as? Int
    #expect(mode == 0o600)
    let html = try String(contentsOfFile: folder.file("zoe.html"), encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<h2>Praise, excuses and notes</h2>"))
    #expect(html.contains("Zoë Brontë") && !html.contains("<script"))
    let text = try String(contentsOfFile: folder.file("zoe.txt"), encoding: .utf8)
    #expect(text.hasPrefix("Everything held about Zoë Brontë (X797211371138)"))
    #expect(text.contains("a quizzical step up"))
  }

  @Test(
    "Bad input to export is refused with a clear message, and writes no file",
    arguments: [
      ("export mentee zoe", "'export mentee' writes personal data to a file"),
      ("export mentee --out FILE.json", "Usage: export mentee"),
      ("export mentee zoe --out FILE.json --format xml", "Unknown format 'xml' for an export"),
      ("export mentee nobody-at-all --out FILE.json", "nobody-at-all"),
      ("export --out FILE.db", "Usage: export --pseudonymise --out FILE"),
      ("export --pseudonymise", "'export' writes personal data to a file"),
      ("export --pseudonymise --out /no/such/folder/copy.db", "/no/such/folder"),
    ])
  func badInput(line: String, expected: String) throws {
    let session = try Self.session()
    let folder = try Folder()
    defer { folder.remove() }

    #expect(!session.shell.execute(line.replacingOccurrences(of: "FILE", with: folder.path + "/x")))

    #expect(session.errors.text.contains(expected), "\(session.errors.text)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test("A training copy opens, gives the same figures, and holds no original name or note")
  func trainingCopy() throws {
    let session = try Self.session()
    let folder = try Folder()
    defer { folder.remove() }
    let path = folder.file("training.db")
    let reports = "report cohort --format csv"

    #expect(session.shell.execute("export --pseudonymise --out \(path)"), "\(session.errors.text)")

    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["training.db"])
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(session.errors.text.contains("Its Progress Leader is '"), "\(session.errors.text)")
    let leader = try #require(Shell.progressLeader(inCopyAt: path))
    #expect(leader != "Dr Osei")
    let copy = try TestShell(store: Store(path: path), user: leader)
    for line in [reports, "report interventions counts --format csv", "list mentees --count"] {
      session.output.text = ""
      session.shell.execute(line)
      #expect(copy.run(line).output == session.output.text, "\(line)")
    }
    for original in [
      "X797211371138", "Brontë", "Zoë", "Bennett", "helene.bronte", "Dr Osei", "Mr Okafor",
      "okafor@demo-school", "said the bus was late", "quizzical", "catch-up session",
      "homework diary",
    ] {
      #expect(bytes.range(of: Data(original.utf8)) == nil, "'\(original)' is in the copy")
    }
    let everyone = session.shell.school.mentees.values.flatMap { mentee in
      [mentee.id, mentee.surname].filter { $0.count >= 6 }
    }
    #expect(everyone.count > 150)
    let left = everyone.filter { bytes.range(of: Data($0.utf8)) != nil }
    #expect(left.isEmpty, "\(left) are in the copy")
    // The copy's roster, read at start, was built again from the pseudonyms.
    var rostered: Int?
    try Database(path: path).query("SELECT mentees FROM roster") { rostered = $0.int(0) }
    #expect(rostered == session.shell.school.mentees.count)
  }

  @Test("A training copy hides forms, parents' order and the school's strategies, and warns")
  func formsAndStrategies() throws {
    let session = try Self.session()
    #expect(
      session.shell.execute(
        "strategy add student 'upset since the divorce' 'Mrs Quillfeather to check in daily'"),
      "\(session.errors.text)")
    let folder = try Folder()
    defer { folder.remove() }
    let path = folder.file("training.db")

    #expect(session.shell.execute("export --pseudonymise --out \(path)"), "\(session.errors.text)")

    #expect(session.errors.text.contains("it is not anonymous, so keep it as safely"))
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    for original in ["divorce", "Quillfeather"] {
      #expect(bytes.range(of: Data(original.utf8)) == nil, "'\(original)' is in the copy")
    }
    let original = session.shell.school
    let copy = try TestShell(store: Store(path: path)).shell.school
    #expect(copy.strategies.count == original.strategies.count)
    #expect(copy.strategies.dropLast() == original.strategies.dropLast())
    #expect(copy.strategies.last?.problem == "A problem the school wrote")
    let forms = Set(original.mentees.values.map(\.form))
    let copied = Set(copy.mentees.values.map(\.form))
    #expect(copied.count == forms.count)
    #expect(copied.allSatisfy { $0.hasPrefix("Form ") })
    var carers: [String] = []
    try Database(path: path).query("SELECT name FROM carers ORDER BY rowid") { row in
      carers.append(row.string(0) ?? "")
    }
    let numbered = (1...carers.count).map { "Carer \($0)" }
    #expect(carers.count == 197)
    #expect(Set(carers) == Set(numbered))
    #expect(carers != numbered, "the parents are numbered in the order of the school's list")
    let sizes = { (school: School) in
      Dictionary(grouping: school.mentees.values, by: \.form).values.map(\.count).sorted()
    }
    #expect(sizes(copy) == sizes(original))
  }

  @Test("The same person has the same pseudonym everywhere in the copy")
  func consistentPseudonyms() throws {
    let session = try Self.session()
    let folder = try Folder()
    defer { folder.remove() }
    let path = folder.file("training.db")
    #expect(session.shell.execute("export --pseudonymise --out \(path)"))

    #expect(session.errors.text.contains("Its Progress Leader is '"), "\(session.errors.text)")
    let leader = try #require(Shell.progressLeader(inCopyAt: path))
    #expect(leader != "Dr Osei")
    let copy = try TestShell(store: Store(path: path), user: leader)
    let school = copy.shell.school
    let meeting = try #require(school.meetings["M1"])
    let mentee = try #require(school.mentees[meeting.menteeID])
    #expect(school.interventions["I1"]?.menteeID == mentee.id)
    #expect(school.escalations["E1"]?.menteeID == mentee.id)
    #expect(school.carers[mentee.id]?.count == 2)
    #expect(meeting.mentor == school.interventions["I1"]?.agreedBy)
    let history = try copy.shell.store.history(of: mentee.id)
    #expect(history.count == (try session.shell.store.history(of: "X797211371138").count))
    #expect(history.allSatisfy { $0.by == meeting.mentor })
  }

  @Test("Pseudonyms are never the real ids or names of others in the school")
  func pseudonymsAvoidRealValues() throws {
    let folder = try Folder()
    defer { folder.remove() }
    let sheet = try TestShell.sheet(
      """
      UPN,Surname,Forename,Year,Form,Mentor,Subject,Target,Working At
      P00001,Amberley,Alder,10,10A,Ms Upwell,Maths,6,5
      P00002,Brookfield,Birch,10,10A,Mr Westerby,Maths,5,5
      """)
    let shell = try TestShell()
    #expect(shell.run("load \(sheet) --month 2026-10").succeeded, "\(shell.errors)")
    let path = folder.file("training.db")

    #expect(shell.run("export --pseudonymise --out \(path)").succeeded, "\(shell.errors)")

    let copy = try TestShell(store: Store(path: path)).shell.school
    #expect(Set(copy.mentees.keys).isDisjoint(with: ["P00001", "P00002"]))
    #expect(copy.mentees.count == 2)
    #expect(Set(copy.mentees.values.map(\.mentor)).isDisjoint(with: ["Ms Upwell", "Mr Westerby"]))
  }

  @Test("A training copy named as a folder is refused with the usual message, writing nothing")
  func copyIntoFolder() throws {
    let session = try Self.session()
    let folder = try Folder()
    defer { folder.remove() }

    #expect(!session.shell.execute("export --pseudonymise --out \(folder.path)"))

    #expect(
      session.errors.text.contains("'\(folder.path)': it is a folder; name a file in it"),
      "\(session.errors.text)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test(
    "No export is written over the database or the files SQLite keeps beside it",
    arguments: [
      "export mentee ottoline --out DB-wal", "export mentee ottoline --out DB-shm",
      "export mentee ottoline --out DB-journal --format json", "export mentee ottoline --out DB",
      "export --pseudonymise --out DB-wal", "audit --out DB-shm",
    ])
  func notOverDatabaseFiles(line: String) throws {
    let folder = try Folder()
    defer { folder.remove() }
    let path = folder.file("school.db")
    let sheet = try TestShell.sheet(
      """
      UPN,Surname,Forename,Year,Form,Mentor,Subject,Target,Working At
      Q900000000001,Quennell,Ottoline,10,10A,Ms Adeyemi,Maths,6,5
      """)
    let shell = try TestShell(store: Store(path: path))
    #expect(shell.run("load \(sheet) --month 2026-10").succeeded, "\(shell.errors)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()

    #expect(!shell.run(line.replacingOccurrences(of: "DB", with: path)).succeeded)

    #expect(shell.errors.contains("is the database or one of the files kept beside it"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == files)
    for file in files {
      let bytes = try Data(contentsOf: URL(fileURLWithPath: folder.file(file)))
      let written = ["Everything held", "{", "at,by"].contains { bytes.starts(with: Data($0.utf8)) }
      #expect(!written, "\(file) was written over")
    }
    #expect(try Store(path: path).loadSchool().mentees.count == 1)
  }

  @Test("A training copy over a file that exists is refused, and the file kept")
  func notOverAFile() throws {
    let session = try Self.session()
    let folder = try Folder()
    defer { folder.remove() }
    let path = folder.file("kept.db")
    try "keep me".write(toFile: path, atomically: true, encoding: .utf8)

    #expect(!session.shell.execute("export --pseudonymise --out \(path)"))

    #expect(session.errors.text.contains("exists already: remove it first, or name a new file"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
  }

  @Test("A training copy over the database itself is refused")
  func notOverTheDatabase() throws {
    let folder = try Folder()
    defer { folder.remove() }
    let path = folder.file("school.db")
    let shell = try TestShell(store: Store(path: path))

    #expect(!shell.run("export --pseudonymise --out \(path)").succeeded)

    #expect(shell.errors.contains("is the database itself"))
  }
}
