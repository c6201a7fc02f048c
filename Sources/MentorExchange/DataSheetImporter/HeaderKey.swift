/// A header name reduced to what identifies it: lower-case letters and digits only.
///
/// School systems write the same header in many ways (`Working At`, `working_at`,
/// `WorkingAt`, `Working-At`); all of them have the key `workingat`.
struct HeaderKey: Hashable, Sendable {
  /// The letters and digits of the name, lower-cased.
  let text: String

  /// The key of a header name.
  init(_ name: String) {
    text = String(name.lowercased().filter { $0.isLetter || $0.isNumber })
  }
}
