/// A concern handed on to the Progress Leader, another member of staff or a parent.
public struct Escalation: Hashable, Sendable, Identifiable {
  /// Who receives an escalation.
  public enum Recipient: Hashable, Sendable {
    case progressLeader
    case parent
    case staff(String)

    /// How the recipient is written: `leader`, `parent` or the member of staff's name.
    public var text: String {
      switch self {
      case .progressLeader: return "leader"
      case .parent: return "parent"
      case .staff(let name): return name
      }
    }

    /// A recipient from its written form.
    public init(text: String) {
      switch text.lowercased() {
      case "leader", "progress leader", "progress-leader": self = .progressLeader
      case "parent", "parents", "carer", "carers": self = .parent
      default: self = .staff(text)
      }
    }
  }

  /// Where an escalation stands.
  public enum State: String, CaseIterable, Hashable, Sendable {
    case open, acknowledged, resolved
  }

  /// Whether its recipient still has to be sent a message about it: it is open and no
  /// message has gone. One acknowledged or resolved is known to the recipient already.
  public var awaitsMessage: Bool { state == .open && notifiedAt == nil }

  /// A short id, such as `E2`.
  public let id: String
  public let menteeID: String
  public var recipient: Recipient
  public var reason: String
  public var state: State = .open
  public var outcome: String = ""
  public var raisedBy: String
  public var raisedAt: String
  /// When the message to its recipient was sent (ISO 8601), or nil while it waits for one.
  public var notifiedAt: String?

  public init(
    id: String, menteeID: String, recipient: Recipient, reason: String, raisedBy: String,
    raisedAt: String
  ) {
    self.id = id
    self.menteeID = menteeID
    self.recipient = recipient
    self.reason = reason
    self.raisedBy = raisedBy
    self.raisedAt = raisedAt
  }
}
