import Testing

@testable import MentorModel

@Suite("A mentee's name as shown and as sorted")
struct MenteeTests {
  @Test(
    "The display name is forename then surname, or the id without a name",
    arguments: [
      (Mentee(id: "M01", surname: "Brontë", forename: "Zoë"), "Zoë Brontë"),
      (Mentee(id: "M02", surname: "Ward"), "Ward"), (Mentee(id: "M03", forename: "Ann"), "Ann"),
      (Mentee(id: "M04"), "M04"),
    ])
  func displayName(mentee: Mentee, name: String) {
    #expect(mentee.displayName == name)
  }

  @Test(
    "The sort name is surname first",
    arguments: [
      (Mentee(id: "M01", surname: "Brontë", forename: "Zoë"), "Brontë, Zoë"),
      (Mentee(id: "M02", surname: "Ward"), "Ward"), (Mentee(id: "M03", forename: "Ann"), "Ann"),
      (Mentee(id: "M04"), "M04"),
    ])
  func sortName(mentee: Mentee, name: String) {
    #expect(mentee.sortName == name)
  }

  @Test("Mentees are listed by surname, then forename, then id, ignoring case and accents")
  func menteesByName() {
    var school = School()
    school.enrol("M05", "Sam", "Okafor")
    school.enrol("M01", "Zoë", "Brontë")
    school.enrol("M04", "Sam", "Okafor")
    school.enrol("M02", "Inès", "Ávila")
    school.enrol("M03", "Ruth", "de Souza")
    school.enrol("M06", "Aled", "Okafor")
    school.enrol("M07", "Tomasz", "Ward")
    #expect(school.menteesByName.map(\.id) == ["M02", "M01", "M03", "M06", "M04", "M05", "M07"])
  }
}
