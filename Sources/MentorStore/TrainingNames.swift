/// Made-up names for training copies: a pseudonym for each mentee and member of staff.
///
/// The words are trees, plants and invented places, chosen to be unlike the names of real
/// people, so that a trainer's demo cannot be taken for real records.
enum TrainingNames {
  static let forenames = [
    "Alder", "Aspen", "Birch", "Briar", "Cedar", "Elm", "Fern", "Hazel", "Heather", "Holly",
    "Ivy", "Juniper", "Laurel", "Linden", "Maple", "Olive", "Rowan", "Sorrel", "Willow",
    "Yarrow",
  ]

  static let surnames = [
    "Amberley", "Brookfield", "Caldwell", "Dunmore", "Eastleigh", "Fairhaven", "Glenholme",
    "Harrowby", "Kingsmere", "Larkspur", "Merrow", "Northcote", "Oakhurst", "Pendlebury",
    "Quarrington", "Redfern", "Stanwick", "Thornbury", "Upwell", "Westerby",
  ]

  static let titles = ["Mr", "Ms", "Mrs", "Dr", "Mx"]

  /// The `number`th mentee's forename and surname (from 0): every pair once, then again
  /// with a number after the surname.
  static func mentee(_ number: Int) -> (forename: String, surname: String) {
    let pairs = forenames.count * surnames.count
    let round = number / pairs
    let place = number % pairs
    let surname = surnames[place / forenames.count] + (round == 0 ? "" : " \(round + 1)")
    return (forenames[place % forenames.count], surname)
  }

  /// The `number`th member of staff's name (from 0), as a school writes it: `Ms Upwell`.
  static func staff(_ number: Int) -> String {
    let round = number / surnames.count
    let surname = surnames[surnames.count - 1 - number % surnames.count]
    return "\(titles[number % titles.count]) \(surname)" + (round == 0 ? "" : " \(round + 1)")
  }
}
