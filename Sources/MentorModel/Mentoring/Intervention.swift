/// An agreed action to bring a subject (or the mentee's work) back on target.
public struct Intervention: Hashable, Sendable, Identifiable {
  /// A short id, such as `I12`, printed when it is agreed.
  public let id: String
  public let menteeID: String
  public var category: InterventionCategory
  /// What will be done, in the words agreed.
  public var action: String
  /// The subject it is for, if one.
  public var subject: String?
  /// The member of staff who carries it out, if one.
  public var staff: String?
  /// When it is reviewed, as `YYYY-MM-DD`.
  public var review: String?
  public var state: InterventionState
  /// The month whose data it was agreed on.
  public var month: String
  /// Who agreed it and when (ISO 8601).
  public var agreedBy: String
  public var agreedAt: String
  /// The intervention it replaced, after that one did not work.
  public var replaces: String?
  /// Set when a new month shows no improvement since it was agreed: why it is not working.
  public var notWorkingFlag: String?

  public init(
    id: String, menteeID: String, category: InterventionCategory, action: String,
    subject: String? = nil, staff: String? = nil, review: String? = nil,
    state: InterventionState = .agreed, month: String, agreedBy: String, agreedAt: String,
    replaces: String? = nil, notWorkingFlag: String? = nil
  ) {
    self.id = id
    self.menteeID = menteeID
    self.category = category
    self.action = action
    self.subject = subject
    self.staff = staff
    self.review = review
    self.state = state
    self.month = month
    self.agreedBy = agreedBy
    self.agreedAt = agreedAt
    self.replaces = replaces
    self.notWorkingFlag = notWorkingFlag
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
