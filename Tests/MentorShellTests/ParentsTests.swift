import Foundation
import Testing

@testable import MentorShell

@Suite("load parents: parents and carers from CSV, whole or not at all")
struct ParentsTests {
  @Test("The demo school's parents are loaded, one or two for each of the 120 mentees")
  func demoParents() throws {
    let session = try MessageSession()
    let carers = session.demo.shell.school.carers

    #expect(carers.count == 120)
    #expect(carers.values.allSatisfy { (1...2).contains($0.count) })
    #expect(
      carers.values.joined().allSatisfy { $0.email.isEmpty || $0.email.hasSuffix(".example") })

    #expect(session.run("list parents zoe"))
    #expect(
      session.output == """
        id,mentee,form,name,relationship,email
        X797211371138,Zoë Brontë,11B,Hélène Brontë,Mother,helene.bronte@home.example
        X797211371138,Zoë Brontë,11B,Marc Brontë,Father,marc.bronte@home.example

        """)
  }

  @Test("Bad rows are each reported as FILE:LINE, and nothing of the file is stored")
  func badRows() throws {
    let session = try MessageSession()
    let path = session.folder.appendingPathComponent("parents.csv").path
    try """
    UPN,Name,Relationship,Email
    X797211371138,Ann Other,Aunt,ann.other@home.example
    NOBODY,Ann Other,Aunt,ann@home.example
    X797211371138,,Aunt,ann@home.example
    X797211371138,Ann Other,Aunt,ann.home.example
    ,Ann Other,Aunt,ann@home.example

    """.write(toFile: path, atomically: true, encoding: .utf8)
    let before = session.demo.shell.school.carers

    #expect(!session.run("load parents '\(path)'"))

    #expect(
      session.errors == """
        \(path):3: error: No mentee has the id 'NOBODY'; 'list mentees' shows them
        \(path):4: error: A parent or carer needs a name
        \(path):5: error: 'ann.home.example' is not an e-mail address such as name@example.org
        \(path):6: error: A parent or carer needs the id of their child, in the UPN or Id column
        error: Nothing of '\(path)' was stored: 4 problems above

        """)
    #expect(session.demo.shell.school.carers == before)
    #expect(try session.demo.shell.store.loadSchool().carers == before)
  }

  @Test("A file without an id or a name column is refused at its first line")
  func missingColumns() throws {
    let session = try MessageSession()
    let path = session.folder.appendingPathComponent("parents.csv").path
    try "Student,Email\nZoë,a@home.example\n"
      .write(toFile: path, atomically: true, encoding: .utf8)

    #expect(!session.run("load parents '\(path)'"))

    #expect(
      session.errors.hasPrefix(
        "\(path):1: error: A list of parents needs a UPN (or Id) column and a Name column\n"))
  }

  @Test("Loading again replaces the parents of the mentees in the file, and no others")
  func replaces() throws {
    let session = try MessageSession()
    let path = session.folder.appendingPathComponent("parents.csv").path
    try "upn,name,relationship,email\nx797211371138,Ann Other,Guardian,\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    let chloe = try session.demo.shell.mentee("chloe")
    let before = session.demo.shell.school.carers[chloe.id]

    #expect(session.run("load parents '\(path)'"), "\(session.errors)")

    #expect(session.output.contains("Stored 1 parent or carer of 1 mentee from"))
    let zoe = try #require(session.demo.shell.school.carers["X797211371138"])
    #expect(zoe.map(\.name) == ["Ann Other"])
    #expect(session.demo.shell.school.carers[chloe.id] == before)
    #expect(try session.demo.shell.store.loadSchool().carers["X797211371138"] == zoe)
  }
}
