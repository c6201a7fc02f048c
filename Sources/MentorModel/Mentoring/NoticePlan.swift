/// The messages to send: for each person, everything they must be told, and what could not
/// be sent to anyone.
///
/// A plan says who is told what; it sends nothing. `School.noticePlan` makes one, and the
/// shell writes each notice as one message to one recipient.
public struct NoticePlan: Sendable {
  /// A person a message goes to: a member of staff, or a parent or carer.
  public struct Recipient: Hashable, Sendable {
    /// Whether the person works at the school or is a mentee's parent or carer.
    public enum Kind: Hashable, Sendable {
      case staff, carer
    }

    public var name: String
    public var address: EmailAddress
    public var kind: Kind

    public init(name: String, address: EmailAddress, kind: Kind) {
      self.name = name
      self.address = address
      self.kind = kind
    }
  }

  /// One message: everything one recipient must be told.
  public struct Notice: Sendable {
    public var recipient: Recipient
    /// Interventions for the recipient to carry out, by mentee name, then id.
    public var interventions: [Intervention] = []
    /// The ids of those sent to the recipient as the mentee's mentor, because the
    /// intervention names no member of staff.
    public var asMentor: Set<String> = []
    /// Concerns handed on to the recipient, by id.
    public var escalations: [Escalation] = []

    public init(recipient: Recipient) {
      self.recipient = recipient
    }
  }

  /// Why an intervention or escalation could not be sent to someone.
  public enum Problem: Hashable, Sendable {
    /// The intervention or escalation names a member of staff the staff list lacks.
    case staffNotInList(String)
    /// No member of staff is named, and the mentee has no mentor.
    case noMentor
    /// No member of staff is named, and the mentee's mentor is not in the staff list.
    case mentorNotInList(String)
    /// The staff list has no Progress Leader.
    case noProgressLeader
    /// No parent or carer of the mentee is loaded.
    case noCarers
    /// The person has no e-mail address.
    case noAddress(name: String)
    /// The person's e-mail address is not one that can be written to.
    case badAddress(name: String, address: String)
    /// A parent or carer of the mentee has no e-mail address; unnamed, since warnings may
    /// be kept in a log.
    case carerNoAddress
    /// A parent or carer's e-mail address is not one that can be written to; the carer
    /// and the address unnamed.
    case carerBadAddress
  }

  /// An intervention or escalation that a problem kept from someone.
  public struct Shortfall: Hashable, Sendable {
    /// The id of the intervention (`I3`) or escalation (`E1`).
    public var itemID: String
    public var menteeID: String
    public var problem: Problem
    /// Whether the item went to nobody at all, rather than to some of its recipients.
    public var reachedNobody: Bool

    public init(itemID: String, menteeID: String, problem: Problem, reachedNobody: Bool) {
      self.itemID = itemID
      self.menteeID = menteeID
      self.problem = problem
      self.reachedNobody = reachedNobody
    }
  }

  /// One notice per recipient, sorted by the recipient's name.
  public var notices: [Notice]
  /// What could not be sent, in the order of the items.
  public var shortfalls: [Shortfall]

  public init(notices: [Notice], shortfalls: [Shortfall]) {
    self.notices = notices
    self.shortfalls = shortfalls
  }

  /// Whether there is nothing to send and nothing that failed to be sent.
  public var isEmpty: Bool { notices.isEmpty && shortfalls.isEmpty }

  /// Every intervention in some notice, each once, by id.
  public var interventions: [Intervention] {
    var seen: Set<String> = []
    return notices.flatMap(\.interventions).filter { seen.insert($0.id).inserted }
  }

  /// Every escalation in some notice, each once, by id.
  public var escalations: [Escalation] {
    var seen: Set<String> = []
    return notices.flatMap(\.escalations).filter { seen.insert($0.id).inserted }
  }
}
