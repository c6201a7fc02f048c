/// An agreed action to bring a subject (or the mentee's work) back on target.
///
/// The texts agreed once (its ids, action, subject, staff, review, month, who agreed it
/// and when, what it replaced) are kept in one shared box, copied only when one of them
/// changes in a value that shares it; the state, the category and the not-working flag,
/// which checks change, are held in the value. A copy is then one retain instead of one
/// for each of a dozen texts: a long script copied interventions some 725,000 times.
public struct Intervention: Hashable, Sendable, Identifiable {
  /// The texts agreed once.
  private var agreed: AgreedTexts
  public var category: InterventionCategory
  public var state: InterventionState
  /// Set when a new month shows no improvement since it was agreed: why it is not working.
  public var notWorkingFlag: String?

  public init(
    id: String, menteeID: String, category: InterventionCategory, action: String,
    subject: String? = nil, staff: String? = nil, review: String? = nil,
    state: InterventionState = .agreed, month: String, agreedBy: String, agreedAt: String,
    replaces: String? = nil, notWorkingFlag: String? = nil
  ) {
    agreed = AgreedTexts(
      id: id, menteeID: menteeID, action: action, subject: subject, staff: staff,
      review: review, month: month, agreedBy: agreedBy, agreedAt: agreedAt,
      replaces: replaces)
    self.category = category
    self.state = state
    self.notWorkingFlag = notWorkingFlag
  }

  /// A short id, such as `I12`, printed when it is agreed.
  public var id: String { agreed.id }
  public var menteeID: String { agreed.menteeID }
  /// What will be done, in the words agreed.
  public var action: String {
    get { agreed.action }
    set { unshared.action = newValue }
  }
  /// The subject it is for, if one.
  public var subject: String? {
    get { agreed.subject }
    set { unshared.subject = newValue }
  }
  /// The member of staff who carries it out, if one.
  public var staff: String? {
    get { agreed.staff }
    set { unshared.staff = newValue }
  }
  /// When it is reviewed, as `YYYY-MM-DD`.
  public var review: String? {
    get { agreed.review }
    set { unshared.review = newValue }
  }
  /// The month whose data it was agreed on.
  public var month: String {
    get { agreed.month }
    set { unshared.month = newValue }
  }
  /// Who agreed it and when (ISO 8601).
  public var agreedBy: String {
    get { agreed.agreedBy }
    set { unshared.agreedBy = newValue }
  }
  public var agreedAt: String {
    get { agreed.agreedAt }
    set { unshared.agreedAt = newValue }
  }
  /// The intervention it replaced, after that one did not work.
  public var replaces: String? {
    get { agreed.replaces }
    set { unshared.replaces = newValue }
  }

  /// The box of agreed texts, copied first if another value shares it.
  private var unshared: AgreedTexts {
    mutating get {
      if !isKnownUniquelyReferenced(&agreed) { agreed = agreed.copy() }
      return agreed
    }
  }

  public static func == (left: Intervention, right: Intervention) -> Bool {
    left.category == right.category && left.state == right.state
      && left.notWorkingFlag == right.notWorkingFlag
      && left.hasAgreedTexts(of: right)
  }

  /// Whether the texts agreed once (all but the category, the state and the not-working
  /// flag) are those of `other`: at once when both share one box, as a value and the copy
  /// a check changed do, and text by text otherwise.
  public func hasAgreedTexts(of other: Intervention) -> Bool {
    agreed === other.agreed || agreed.sameTexts(as: other.agreed)
  }

  public func hash(into hasher: inout Hasher) {
    agreed.hash(into: &hasher)
    hasher.combine(category)
    hasher.combine(state)
    hasher.combine(notWorkingFlag)
  }

  /// The intervention after a check to `state` that `checked` allows: in that state, and
  /// no longer flagged as not working once it works.
  public func afterCheck(_ state: InterventionState) -> Intervention {
    var after = self
    after.state = state
    if state == .working { after.notWorkingFlag = nil }
    return after
  }

  /// The state after a check, or the reason the check is refused.
  public func checked(_ state: InterventionState) throws(ModelError) -> InterventionState {
    guard InterventionState.checkable.contains(state) || state == .closed else {
      throw .notACheck(state.rawValue)
    }
    guard state.mayFollow(self.state) else {
      if state == self.state { throw .checkedAlready(id: id, state: state.rawValue) }
      if let now = self.state.step, let asked = state.step, now > asked {
        throw .checkPast(id: id, from: self.state.rawValue, to: state.rawValue)
      }
      // One revised or closed is out of its life: no earlier step would let it on.
      throw .checkOutOfOrder(
        id: id, from: self.state.rawValue, to: state.rawValue,
        needs: self.state.isOpen ? state.needs : "open")
    }
    return state
  }
}
