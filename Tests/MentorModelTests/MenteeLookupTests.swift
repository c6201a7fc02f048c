import Testing

@testable import MentorModel

@Suite("WHO finds a mentee by id or by name")
struct MenteeLookupTests {
  /// A fictional tutor group with names that share prefixes and one name that repeats.
  static let school: School = {
    var school = School()
    school.enrol("K801200001001", "Zoë", "Brontë")
    school.enrol("K801200001002", "Zoë", "Brown")
    school.enrol("K801200001003", "Ann", "Lee")
    school.enrol("K801200001004", "Ann", "Leeson")
    school.enrol("K801200001005", "Sam", "Okafor")
    school.enrol("K801200001006", "Sam", "Okafor")
    school.enrol("K801200001007", "Tomasz", "Ward")
    school.enrol("K801200001008", "Inès", "Ávila")
    return school
  }()

  /// The ids of the mentees a match names, in its order.
  static func ids(_ match: MenteeMatch) -> [String] {
    switch match {
    case .found(let mentee): return [mentee.id]
    case .ambiguous(let mentees): return mentees.map(\.id)
    case .notFound: return []
    }
  }

  @Test(
    "An id finds its mentee, ignoring case",
    arguments: ["K801200001007", "k801200001007", " K801200001007 "])
  func byID(who: String) {
    #expect(Self.school.find(who) == .found(Self.school.mentees["K801200001007"]!))
  }

  @Test(
    "A unique prefix of a name finds the mentee, ignoring case and accents",
    arguments: [
      ("zoe bront", "K801200001001"), ("Zoë Brontë", "K801200001001"),
      ("ZOE BRONTE", "K801200001001"), ("zoe bronte", "K801200001001"),
      ("bronte", "K801200001001"), ("bronte zoe", "K801200001001"),
      ("Brontë, Zoë", "K801200001001"), ("  zoe   bronte ", "K801200001001"),
      ("tom", "K801200001007"), ("ward", "K801200001007"), ("ines", "K801200001008"),
      ("avila", "K801200001008"), ("Ávila, I", "K801200001008"),
    ])
  func byUniquePrefix(who: String, id: String) {
    #expect(Self.ids(Self.school.find(who)) == [id])
  }

  @Test("'zoe b' finds Zoë Brontë when she is the only Zoë B")
  func zoeB() {
    var school = School()
    school.enrol("K801200001001", "Zoë", "Brontë")
    school.enrol("K801200001007", "Tomasz", "Ward")
    #expect(school.find("zoe b") == .found(school.mentees["K801200001001"]!))
  }

  @Test(
    "A name several mentees start with gives the candidates, sorted by name",
    arguments: [
      ("zoe", ["K801200001001", "K801200001002"]), ("zoe b", ["K801200001001", "K801200001002"]),
      ("ann le", ["K801200001003", "K801200001004"]),
      ("sam", ["K801200001005", "K801200001006"]),
    ])
  func ambiguousPrefix(who: String, ids: [String]) {
    let match = Self.school.find(who)
    #expect(Self.ids(match) == ids)
    if case .found = match { Issue.record("'\(who)' should be ambiguous") }
  }

  @Test("Candidates are sorted by surname ignoring case and accents")
  func candidatesIgnoreAccents() {
    var school = School()
    school.enrol("M01", "Ines", "Zeller")
    school.enrol("M02", "Inès", "Ávila")
    school.enrol("M03", "Inez", "de Souza")
    #expect(Self.ids(school.find("ine")) == ["M02", "M03", "M01"])
  }

  @Test(
    "A whole name wins over a longer name it starts",
    arguments: ["Ann Lee", "ann lee", "Lee, Ann", "lee ann"])
  func wholeNameWins(who: String) {
    #expect(Self.school.find(who) == .found(Self.school.mentees["K801200001003"]!))
  }

  @Test("Two mentees with the same whole name are ambiguous")
  func sameNameIsAmbiguous() {
    let match = Self.school.find("Sam Okafor")
    #expect(
      match
        == .ambiguous([
          Self.school.mentees["K801200001005"]!, Self.school.mentees["K801200001006"]!,
        ]))
  }

  @Test("The id tells apart mentees who share a name")
  func idSeparatesNamesakes() {
    #expect(Self.ids(Self.school.find("K801200001006")) == ["K801200001006"])
  }

  @Test(
    "Nobody is found for a name no mentee has, or for nothing",
    arguments: ["Nadia", "zoe x", "", "   ", "K8012", "okafor sam x"])
  func notFound(who: String) {
    #expect(Self.school.find(who) == .notFound)
  }

  @Test("A name cannot be matched from its middle")
  func noMiddleMatch() {
    #expect(Self.school.find("ront") == .notFound)
    #expect(Self.school.find("kafor") == .notFound)
  }

  @Test("Names complete from a prefix as forename and surname, ignoring accents")
  func completion() {
    #expect(Self.school.completeNames("zo") == ["Zoë Brontë", "Zoë Brown"])
    #expect(Self.school.completeNames("sam") == ["Sam Okafor"])
    #expect(Self.school.completeNames("avi") == ["Inès Ávila"])
    #expect(Self.school.completeNames("nobody").isEmpty)
  }

  @Test("A typed apostrophe finds a name written with a curly one")
  func curlyApostrophe() {
    var school = School()
    school.enrol("M01", "Seán", "O\u{2019}Brien")
    school.enrol("M02", "Tomasz", "Ward")
    for who in ["sean o'brien", "o'brien", "O’Brien, Seán", "o'b"] {
      #expect(Self.ids(school.find(who)) == ["M01"], "'\(who)'")
    }
  }

  @Test(
    "Folding ignores case, accents, extra spaces and the shape of an apostrophe",
    arguments: [
      ("Zoë Brontë", "zoe bronte"), ("  ÁVILA\tInès ", "avila ines"), ("Ann", "ann"),
      ("", ""), ("O\u{2019}Brien", "o'brien"), ("D\u{2018}Arcy", "d'arcy"),
      ("Ann  Lee", "ann lee"), (" Ann Lee", "ann lee"), ("Ann Lee ", "ann lee"),
      ("MacLEOD-Smith, Ann", "macleod-smith, ann"), ("B000123", "b000123"), (" ", ""),
    ])
  func fold(text: String, folded: String) {
    #expect(School.fold(text) == folded)
  }
}
