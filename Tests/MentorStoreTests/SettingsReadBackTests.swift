import MentorModel
import MentorStore
import Testing

@Suite("Settings read back from the database as they were kept")
struct SettingsReadBackTests {
  @Test("Settings kept in an order that is out of order halfway are read back whole")
  func settingsOutOfOrderHalfway() throws {
    let store = try Store.inMemory()
    // Each change was in order when made; the rows keep the order each name was first set.
    try store.saveSetting("below-from", "1")
    try store.saveSetting("well-below-from", "3")
    try store.saveSetting("below-from", "5/2")

    let settings = try store.loadSchool().settings

    #expect(settings.wellBelowFrom == 3)
    #expect(settings.belowFrom == 2.5)
  }
}
