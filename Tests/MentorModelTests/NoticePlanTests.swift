import Testing

@testable import MentorModel

@Suite("Who is told about each intervention and escalation")
struct NoticePlanTests {
  /// A small fictional school: two mentees of Ms Ríos, one of Mr Abara who is not on the
  /// staff list, staff with and without addresses, a Progress Leader, and parents.
  static func school() -> School {
    var school = School()
    school.enrol("A1", "Ada", "Quill", mentor: "Ms Ríos")
    school.enrol("B2", "Ben", "Arlo", form: "11C", mentor: "Ms Ríos")
    school.enrol("C3", "Cy", "Dunmore", mentor: "Mr Abara")
    school.enrol("D4", "Dee", "Ng", mentor: "")
    for member in [
      StaffMember(name: "Ms Ríos", email: "rios@school.example", roles: [.mentor]),
      StaffMember(name: "Mr Lund", email: "lund@school.example", roles: [.subjectTeacher]),
      StaffMember(name: "Mrs Vale", email: "", roles: [.subjectTeacher]),
      StaffMember(name: "Dr Amos", email: "amos@school.example", roles: [.progressLeader]),
    ] {
      school.staff[member.name] = member
    }
    school.carers["A1"] = [
      Carer(menteeID: "A1", name: "Jo Quill", relationship: "Mother", email: "jo@home.example"),
      Carer(menteeID: "A1", name: "Sam Quill", relationship: "Father", email: ""),
    ]
    school.carers["B2"] = [
      Carer(menteeID: "B2", name: "Jo Quill", relationship: "Aunt", email: "JO@home.example")
    ]
    return school
  }

  /// An intervention agreed today.
  static func intervention(_ id: String, _ mentee: String, staff: String? = nil) -> Intervention {
    Intervention(
      id: id, menteeID: mentee, category: .student, action: "catch-up", subject: "Maths",
      staff: staff, month: "2026-11", agreedBy: "Ms Ríos", agreedAt: "2026-12-04T10:00:00Z")
  }

  /// An escalation raised today.
  static func escalation(_ id: String, _ mentee: String, to: Escalation.Recipient) -> Escalation {
    Escalation(
      id: id, menteeID: mentee, recipient: to, reason: "no homework", raisedBy: "Ms Ríos",
      raisedAt: "2026-12-04T10:00:00Z")
  }

  @Test("An intervention goes to the member of staff it names, each person gets one notice")
  func toNamedStaff() {
    let plan = Self.school().noticePlan(
      interventions: [
        Self.intervention("I1", "A1", staff: "Mr Lund"),
        Self.intervention("I2", "B2", staff: "Mr Lund"),
        Self.intervention("I3", "A1", staff: "Ms Ríos"),
      ], escalations: [])

    #expect(plan.notices.map(\.recipient.name) == ["Mr Lund", "Ms Ríos"])
    #expect(plan.notices[0].interventions.map(\.id) == ["I2", "I1"])
    #expect(plan.notices[1].interventions.map(\.id) == ["I3"])
    #expect(plan.notices.allSatisfy { $0.asMentor.isEmpty })
    #expect(plan.shortfalls.isEmpty)
  }

  @Test("An intervention that names nobody goes to the mentee's mentor, marked as such")
  func toMentor() {
    let plan = Self.school().noticePlan(
      interventions: [Self.intervention("I1", "B2")], escalations: [])

    #expect(plan.notices.map(\.recipient.name) == ["Ms Ríos"])
    #expect(plan.notices[0].asMentor == ["I1"])
  }

  @Test(
    "An intervention nobody can be sent stays out of every notice, with the reason",
    arguments: [
      ("C3", nil, NoticePlan.Problem.mentorNotInList("Mr Abara")),
      ("D4", nil, .noMentor),
      ("A1", "Mrs Vale", .noAddress(name: "Mrs Vale")),
      ("A1", "Mr Gone", .staffNotInList("Mr Gone")),
    ] as [(String, String?, NoticePlan.Problem)])
  func unsendable(mentee: String, staff: String?, problem: NoticePlan.Problem) {
    let plan = Self.school().noticePlan(
      interventions: [Self.intervention("I1", mentee, staff: staff)], escalations: [])

    #expect(plan.notices.isEmpty)
    #expect(
      plan.shortfalls == [
        .init(itemID: "I1", menteeID: mentee, problem: problem, reachedNobody: true)
      ])
  }

  @Test("A bad address is a problem, not a recipient")
  func badAddress() {
    var school = Self.school()
    school.staff["Mr Lund"]?.email = "lund@school.example\r\nBcc: all@home.example"

    let plan = school.noticePlan(
      interventions: [Self.intervention("I1", "A1", staff: "Mr Lund")], escalations: [])

    #expect(plan.notices.isEmpty)
    #expect(
      plan.shortfalls.map(\.problem) == [
        .badAddress(name: "Mr Lund", address: "lund@school.example\r\nBcc: all@home.example")
      ])
  }

  @Test("An escalation to the leader goes to each Progress Leader on their own")
  func toLeaders() {
    var school = Self.school()
    school.staff["Ms Kerr"] = StaffMember(
      name: "Ms Kerr", email: "kerr@school.example", roles: [.progressLeader, .mentor])

    let plan = school.noticePlan(
      interventions: [], escalations: [Self.escalation("E1", "A1", to: .progressLeader)])

    #expect(plan.notices.map(\.recipient.name) == ["Dr Amos", "Ms Kerr"])
    #expect(plan.notices.allSatisfy { $0.escalations.map(\.id) == ["E1"] })
  }

  @Test("An escalation to parents reaches those with an address and notes the one without")
  func toParents() {
    let plan = Self.school().noticePlan(
      interventions: [], escalations: [Self.escalation("E1", "A1", to: .parent)])

    #expect(plan.notices.map(\.recipient.name) == ["Jo Quill"])
    #expect(plan.notices[0].recipient.kind == .carer)
    #expect(
      plan.shortfalls == [
        .init(
          itemID: "E1", menteeID: "A1", problem: .carerNoAddress,
          reachedNobody: false)
      ])
  }

  @Test("A parent of two mentees, known by one address, gets one notice about both")
  func oneNoticePerAddress() {
    let plan = Self.school().noticePlan(
      interventions: [],
      escalations: [
        Self.escalation("E1", "A1", to: .parent), Self.escalation("E2", "B2", to: .parent),
      ])

    #expect(plan.notices.count == 1)
    #expect(plan.notices[0].escalations.map(\.id) == ["E1", "E2"])
  }

  @Test("No leader and no parents loaded are problems of their own")
  func nobodyToEscalateTo() {
    var school = Self.school()
    school.staff["Dr Amos"] = nil

    let plan = school.noticePlan(
      interventions: [],
      escalations: [
        Self.escalation("E1", "A1", to: .progressLeader),
        Self.escalation("E2", "C3", to: .parent),
      ])

    #expect(plan.notices.isEmpty)
    #expect(plan.shortfalls.map(\.problem) == [.noProgressLeader, .noCarers])
  }

  @Test("Only agreed interventions and open escalations not yet sent are waiting")
  func pending() {
    var school = Self.school()
    var communicated = Self.intervention("I1", "A1", staff: "Mr Lund")
    communicated.state = .communicated
    school.interventions["I1"] = communicated
    school.interventions["I2"] = Self.intervention("I2", "A1", staff: "Mr Lund")
    var sent = Self.escalation("E1", "A1", to: .progressLeader)
    sent.notifiedAt = "2026-12-04T11:00:00Z"
    var resolved = Self.escalation("E2", "A1", to: .progressLeader)
    resolved.state = .resolved
    school.escalations = ["E1": sent, "E2": resolved]
    school.escalations["E3"] = Self.escalation("E3", "A1", to: .progressLeader)

    let plan = school.pendingNotices

    #expect(plan.interventions.map(\.id) == ["I2"])
    #expect(plan.escalations.map(\.id) == ["E3"])
  }
}
