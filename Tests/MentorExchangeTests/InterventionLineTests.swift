import MentorModel
import Testing

@testable import MentorExchange

@Suite("An intervention in one line: category, action, its clauses in order, state")
struct InterventionLineTests {
  @Test("Without clauses the line is id, category, action and state")
  func bare() {
    let agreed = Intervention(
      id: "I1", menteeID: "B000001", category: .student, action: "reads each evening",
      month: "2026-11", agreedBy: "Dr Osei", agreedAt: "2026-12-04T10:00:00Z")

    #expect(ActionSheet.describe(agreed) == "I1 Student: reads each evening [agreed]")
  }

  @Test("Each clause the intervention has comes in its place, separated by commas")
  func everyClause() {
    var revised = Intervention(
      id: "I12", menteeID: "B000001", category: .teacher, action: "seat at the front",
      subject: "Combined Science", staff: "Mr Okafor", review: "2027-01-15",
      state: .understood, month: "2026-11", agreedBy: "Dr Osei",
      agreedAt: "2026-12-04T10:00:00Z", replaces: "I3")

    #expect(
      ActionSheet.describe(revised)
        == "I12 Teacher: seat at the front, for Combined Science, with Mr Okafor,"
        + " review 2027-01-15, replaces I3 [understood]")
    revised.staff = nil
    revised.replaces = nil
    #expect(
      ActionSheet.describe(revised)
        == "I12 Teacher: seat at the front, for Combined Science, review 2027-01-15"
        + " [understood]")
  }
}
