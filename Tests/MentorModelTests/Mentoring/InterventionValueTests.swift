import Testing

@testable import MentorModel

@Suite("An intervention is a value: copies share their texts until one of them changes")
struct InterventionValueTests {
  /// An intervention with every text set, as one agreed in a meeting.
  private let agreed = Intervention(
    id: "I7", menteeID: "B000123", category: .student, action: "reads each evening",
    subject: "English", staff: "Mr Okafor", review: "2027-01-15", month: "2026-11",
    agreedBy: "Dr Osei", agreedAt: "2026-12-04T10:00:00Z", replaces: "I3",
    notWorkingFlag: "no better in 2026-12")

  @Test("Changing a text of a copy leaves the original as it was")
  func copyChangesAlone() {
    var copy = agreed
    copy.action = "reads twice a day"
    copy.subject = nil
    copy.staff = "Ms Patel"
    copy.review = nil
    copy.month = "2026-12"
    copy.agreedBy = "Ms Patel"
    copy.agreedAt = "2026-12-05T09:00:00Z"
    copy.replaces = nil

    #expect(agreed.action == "reads each evening")
    #expect(agreed.subject == "English")
    #expect(agreed.staff == "Mr Okafor")
    #expect(agreed.review == "2027-01-15")
    #expect(agreed.month == "2026-11")
    #expect(agreed.agreedBy == "Dr Osei")
    #expect(agreed.agreedAt == "2026-12-04T10:00:00Z")
    #expect(agreed.replaces == "I3")
    #expect(copy.action == "reads twice a day")
    #expect(copy.subject == nil)
    #expect(copy.staff == "Ms Patel")
    #expect(copy.review == nil)
    #expect(copy.month == "2026-12")
    #expect(copy.agreedBy == "Ms Patel")
    #expect(copy.agreedAt == "2026-12-05T09:00:00Z")
    #expect(copy.replaces == nil)
    #expect(copy.id == "I7" && copy.menteeID == "B000123")
  }

  @Test("Two interventions are equal, and hash alike, when every field is the same")
  func equalByFields() {
    let same = Intervention(
      id: "I7", menteeID: "B000123", category: .student, action: "reads each evening",
      subject: "English", staff: "Mr Okafor", review: "2027-01-15", month: "2026-11",
      agreedBy: "Dr Osei", agreedAt: "2026-12-04T10:00:00Z", replaces: "I3",
      notWorkingFlag: "no better in 2026-12")

    #expect(same == agreed)
    #expect(same.hashValue == agreed.hashValue)
    #expect(Set([same, agreed]).count == 1)
  }

  @Test("A copy differing in any one field is not equal to the original")
  func differentInOneField() {
    let changes: [(inout Intervention) -> Void] = [
      { $0.category = .parent }, { $0.action = "reads" }, { $0.subject = nil },
      { $0.staff = nil }, { $0.review = "2027-01-16" }, { $0.state = .understood },
      { $0.month = "2026-10" }, { $0.agreedBy = "Ms Patel" },
      { $0.agreedAt = "2026-12-04T10:00:01Z" }, { $0.replaces = nil },
      { $0.notWorkingFlag = nil },
    ]
    for change in changes {
      var copy = agreed
      change(&copy)
      #expect(copy != agreed)
    }
  }

  @Test("Changing a text back makes the copy equal to the original again")
  func changedBack() {
    var copy = agreed
    copy.action = "something else"
    copy.action = agreed.action

    #expect(copy == agreed)
    #expect(copy.hashValue == agreed.hashValue)
  }
}
