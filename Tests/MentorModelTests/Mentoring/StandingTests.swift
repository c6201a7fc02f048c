import Testing

@testable import MentorModel

@Suite("The person at the keyboard is matched to the staff list by name, email or login")
struct StandingTests {
  /// A school with a mentor, a teacher and a Progress Leader.
  static func school(leader: Bool = true) -> School {
    var school = School()
    let members = [
      StaffMember(name: "Ms Quill", email: "quill@school.example", roles: [.mentor]),
      StaffMember(
        name: "Mr Ó Dálaigh", email: "odalaigh@school.example", roles: [.subjectTeacher],
        subjects: ["Art"]),
      StaffMember(
        name: "Dr Vance", email: "vance@school.example",
        roles: leader ? [.progressLeader] : [.subjectTeacher]),
    ]
    for member in members { school.staff[member.name] = member }
    return school
  }

  @Test(
    "A name in any case or accents, an email or the login before the @ names the member",
    arguments: [
      ("Ms Quill", "Ms Quill"), ("ms  QUILL", "Ms Quill"), ("quill@school.example", "Ms Quill"),
      ("QUILL", "Ms Quill"), ("Mr O Dalaigh", "Mr Ó Dálaigh"), ("odalaigh", "Mr Ó Dálaigh"),
      ("vance", "Dr Vance"),
    ])
  func matches(user: String, name: String) {
    #expect(Self.school().standing(of: user).member?.name == name)
  }

  @Test(
    "A name that fits nobody, or only part of a name, is unknown",
    arguments: ["", "Vanc", "Ms Quil", "Mr O", "quill@other.example", "root"])
  func unknown(user: String) {
    #expect(Self.school().standing(of: user) == .unknown)
  }

  @Test("Until a Progress Leader is on the list, everybody sets the school up")
  func settingUp() {
    #expect(School().standing(of: "anyone") == .settingUp)
    #expect(Self.school(leader: false).standing(of: "Ms Quill") == .settingUp)
    #expect(Self.school(leader: false).standing(of: "Ms Quill").actsAsProgressLeader)
  }

  @Test("Only the Progress Leader acts as one once the list names them")
  func onlyTheLeader() {
    let school = Self.school()
    #expect(school.standing(of: "Dr Vance").actsAsProgressLeader)
    #expect(!school.standing(of: "Ms Quill").actsAsProgressLeader)
    #expect(!school.standing(of: "root").actsAsProgressLeader)
    #expect(school.progressLeaderNames == ["Dr Vance"])
  }

  @Test("Two members with the same login are told apart only by name or email")
  func sharedLogin() {
    var school = Self.school()
    let twin = StaffMember(name: "Mrs Quill", email: "quill@annexe.example", roles: [.mentor])
    school.staff[twin.name] = twin
    #expect(school.standing(of: "quill") == .unknown)
    #expect(school.standing(of: "quill@annexe.example").member?.name == "Mrs Quill")
  }
}
