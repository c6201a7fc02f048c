/// A number and its noun, in the plural unless the number is one: `1 mentee`, `3 mentees`.
func counted(_ number: Int, _ noun: String) -> String {
  "\(number) \(noun)\(number == 1 ? "" : "s")"
}
