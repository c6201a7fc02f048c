/// A number with its noun in the singular or plural: `1 result`, `2 results`.
func counted(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
  "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
}
