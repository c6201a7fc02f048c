import MentorModel
import Testing

@testable import MentorStore

@Suite("Staff, carers and mentor assignments are kept in the file")
struct PeopleStoreTests {
  @Test("Staff read back with their roles and subjects, and saving a name again replaces it")
  func staffUpsert() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    let varga = StaffMember(
      name: "Ms Varga", email: "varga@example.org", roles: [.subjectTeacher],
      subjects: ["Maths", "10K/Ma2, set 2"])
    let adebayo = StaffMember(
      name: "Mr Adebayo", email: "adebayo@example.org", roles: [.mentor, .progressLeader])
    try fixture.store.saveStaff([varga, adebayo])

    var changed = varga
    changed.email = "k.varga@example.org"
    changed.roles = [.subjectTeacher, .mentor]
    changed.subjects = ["Statistics"]
    try fixture.store.saveStaff([changed])

    #expect(try fixture.reopened().staff == ["Ms Varga": changed, "Mr Adebayo": adebayo])
  }

  @Test("Carers saved for a mentee replace that mentee's carers only, in the order given")
  func carersReplacedPerMentee() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    let first = [
      Carer(menteeID: "P101", name: "Ada Okafor", relationship: "mother", email: "a@x.org"),
      Carer(menteeID: "P102", name: "Jan Lind", relationship: "father", email: "j@x.org"),
    ]
    try fixture.store.saveCarers(first)
    let second = [
      Carer(menteeID: "P101", name: "Uche Okafor", relationship: "grandfather", email: ""),
      Carer(menteeID: "P101", name: "Ada Okafor", relationship: "mother", email: "a@y.org"),
    ]

    try fixture.store.saveCarers(second)

    let school = try fixture.reopened()
    #expect(school.carers["P101"] == second)
    #expect(school.carers["P102"] == [first[1]])
    #expect(try fixture.count(.carers) == 3)
  }

  @Test("Assigning mentees changes their mentor and records a line for each one changed")
  func assign() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    try fixture.store.assign(["P101", "P102", "P999"], to: "Ms Varga") { id in
      MentoringFixture.event("Assigned to Ms Varga", mentee: id)
    }

    let school = try fixture.reopened()
    #expect(school.mentees["P101"]?.mentor == "Ms Varga")
    #expect(school.mentees["P102"]?.mentor == "Ms Varga")
    #expect(school.mentees["P101"]?.surname == "Okafor")
    #expect(try fixture.store.history(of: "P102").map(\.text) == ["Assigned to Ms Varga"])
    #expect(try fixture.store.history(of: "P999").isEmpty)
  }

  @Test("Assigning a mentee keeps the records that refer to the mentee")
  func assignKeepsRecords() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    try fixture.store.save(MentoringFixture.intervention(), event: nil)
    try fixture.store.record(MentoringFixture.event("Met"))

    try fixture.store.assign(["P101"], to: "Ms Varga") { _ in nil }

    #expect(try fixture.reopened().interventions.count == 1)
    #expect(try fixture.store.history(of: "P101").count == 1)
  }

  @Test("A new database offers the seed's strategies")
  func strategiesStartAsTheSeed() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    #expect(try fixture.reopened().strategies == Strategy.seed)
  }

  @Test("Saving strategies replaces the library, in order; an empty one reads as the seed")
  func strategiesReplaced() throws {
    let fixture = try MentoringFixture()
    defer { fixture.remove() }

    let library =
      [
        Strategy(
          category: .teacher, problem: "talks over the teacher",
          strategy: "a seat at the front and a report card for a fortnight")
      ] + Strategy.seed.reversed()

    try fixture.store.saveStrategies(library)
    #expect(try fixture.reopened().strategies == library)

    try fixture.store.saveStrategies([])
    #expect(try fixture.reopened().strategies == Strategy.seed)
  }
}
