import Testing

@testable import MentorStore

@Suite("New ids are never given twice")
struct SequenceTests {
  @Test("Each id is one more than the last given, even if that record was deleted")
  func neverAgain() throws {
    let store = try Store.inMemory()
    #expect(try store.newID("I", atLeast: 1) == "I1")
    #expect(try store.newID("I", atLeast: 1) == "I2")
    #expect(try store.newID("E", atLeast: 1) == "E1")
    #expect(try store.newID("I", atLeast: 7) == "I7")
    #expect(try store.newID("I", atLeast: 1) == "I8")
  }
}
