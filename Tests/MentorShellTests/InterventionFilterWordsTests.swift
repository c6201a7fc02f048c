import MentorModel
import Testing

@testable import MentorShell

@Suite("Reading the conditions of 'list interventions' and the new mentee conditions")
struct InterventionFilterWordsTests {
  @Test("Conditions read like a sentence; state may be given more than once")
  func readsConditions() throws {
    let (filter, mentee) = try InterventionFilterWords.parse([
      "where", "state", "agreed", "and", "state", "communicated", "category", "stu",
      "subject", "Maths", "mentee", "zoe", "overdue",
    ])
    #expect(filter.states == [.agreed, .communicated])
    #expect(filter.category == .student)
    #expect(filter.subject == "Maths")
    #expect(mentee == "zoe")
    #expect(filter.overdue)
    #expect(!filter.notWorking)
  }

  @Test("'not-working' and 'review-due' stand alone and ask for different flags")
  func flagConditions() throws {
    let (notWorking, _) = try InterventionFilterWords.parse(["where", "not-working"])
    let (reviewDue, _) = try InterventionFilterWords.parse(["review-due", "and", "state", "open"])

    #expect(notWorking.notWorking && !notWorking.reviewDue)
    #expect(reviewDue.reviewDue && !reviewDue.notWorking)
  }

  @Test("'state open' is every state but revised and closed")
  func openStates() throws {
    let (filter, _) = try InterventionFilterWords.parse(["state", "open"])
    #expect(!filter.states.contains(.revised) && !filter.states.contains(.closed))
    #expect(filter.states.contains(.notWorking))
  }

  @Test(
    "Bad conditions are refused with a clear message",
    arguments: [
      (["colour", "red"], "'colour' is not an intervention filter"),
      (["state", "lost"], "'lost' is not a state"),
      (["category", "sport"], "'sport' is not a category"),
      (["staff"], "The filter 'staff' needs a value"),
      (["overdue", "overdue"], "The filter 'overdue' is given twice"),
    ])
  func refusesBadConditions(_ words: [String], _ message: String) {
    #expect {
      _ = try InterventionFilterWords.parse(words)
    } throws: { error in
      (error as? ShellError)?.message.hasPrefix(message) == true
    }
  }

  @Test("The mentee filter reads effort, not-working and interventions N")
  func menteeFlags() throws {
    let filter = try FilterWords.parse([
      "where", "effort", "and", "not-working", "interventions", "2",
    ])
    #expect(filter.effortFlagged)
    #expect(filter.notWorking)
    #expect(filter.openInterventionsAtLeast == 2)
    #expect(throws: ShellError.self) { try FilterWords.parse(["interventions", "many"]) }
    #expect(throws: ShellError.self) { try FilterWords.parse(["effort", "effort"]) }
  }

  @Test("'no-interventions' admits only mentees with none open; 'interventions 0' is refused")
  func noInterventions() throws {
    let filter = try FilterWords.parse(["where", "no-interventions"])
    #expect(filter.noOpenInterventions)
    #expect(filter.admits(interventions: []))
    let open = Intervention(
      id: "I1", menteeID: "K1", category: .student, action: "plan", month: "2026-10",
      agreedBy: "Ms Adeyemi", agreedAt: "2026-12-04T10:00:00Z")
    #expect(!filter.admits(interventions: [open]))
    #expect {
      try FilterWords.parse(["interventions", "0"])
    } throws: { error in
      (error as? ShellError)?.message.contains("use 'no-interventions'") == true
    }
  }

  @Test(
    "'where' or 'and' with no condition after it is refused, not read as everyone",
    arguments: [["where"], ["where", "form", "11B", "and"], ["where", "and", "form", "11B"]])
  func refusesDanglingJoiners(_ words: [String]) {
    #expect(throws: ShellError.self) { try FilterWords.parse(words) }
    #expect(throws: ShellError.self) { try InterventionFilterWords.parse(words) }
  }
}
