extension Intervention {
  /// The texts of an intervention agreed once, shared by every copy of it until one of
  /// them changes.
  ///
  /// Only `Intervention` holds one, and it changes one only while no other value shares
  /// it (`isKnownUniquelyReferenced`), so a box is never changed while another thread can
  /// see it: that is what makes it safe to send.
  final class AgreedTexts: @unchecked Sendable {
    let id: String
    let menteeID: String
    var action: String
    var subject: String?
    var staff: String?
    var review: String?
    var month: String
    var agreedBy: String
    var agreedAt: String
    var replaces: String?

    init(
      id: String, menteeID: String, action: String, subject: String?, staff: String?,
      review: String?, month: String, agreedBy: String, agreedAt: String, replaces: String?
    ) {
      self.id = id
      self.menteeID = menteeID
      self.action = action
      self.subject = subject
      self.staff = staff
      self.review = review
      self.month = month
      self.agreedBy = agreedBy
      self.agreedAt = agreedAt
      self.replaces = replaces
    }

    /// A box of its own with the same texts, for a value about to change one.
    func copy() -> AgreedTexts {
      AgreedTexts(
        id: id, menteeID: menteeID, action: action, subject: subject, staff: staff,
        review: review, month: month, agreedBy: agreedBy, agreedAt: agreedAt,
        replaces: replaces)
    }

    /// Whether every text is the same as in `other`.
    func sameTexts(as other: AgreedTexts) -> Bool {
      id == other.id && menteeID == other.menteeID && action == other.action
        && subject == other.subject && staff == other.staff && review == other.review
        && month == other.month && agreedBy == other.agreedBy && agreedAt == other.agreedAt
        && replaces == other.replaces
    }

    /// Feeds every text to `hasher`, in the order they are declared.
    func hash(into hasher: inout Hasher) {
      hasher.combine(id)
      hasher.combine(menteeID)
      hasher.combine(action)
      hasher.combine(subject)
      hasher.combine(staff)
      hasher.combine(review)
      hasher.combine(month)
      hasher.combine(agreedBy)
      hasher.combine(agreedAt)
      hasher.combine(replaces)
    }
  }
}
