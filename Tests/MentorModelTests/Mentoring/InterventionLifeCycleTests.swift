import Testing

@testable import MentorModel

@Suite("The life of an intervention: which checks may follow which")
struct InterventionLifeCycleTests {
  /// Every check a person can record, and `closed`.
  static let checks: [InterventionState] = [
    .understood, .implemented, .notImplemented, .working, .notWorking, .closed,
  ]

  /// The moves the life allows, written out here rather than read from the model.
  static let allowed: Set<Move> = [
    Move(.agreed, .understood), Move(.communicated, .understood),
    Move(.understood, .implemented), Move(.understood, .notImplemented),
    Move(.implemented, .implemented), Move(.implemented, .notImplemented),
    Move(.notImplemented, .implemented), Move(.notImplemented, .notImplemented),
    Move(.implemented, .working), Move(.implemented, .notWorking),
    Move(.working, .working), Move(.working, .notWorking),
    Move(.notWorking, .working), Move(.notWorking, .notWorking),
    Move(.agreed, .closed), Move(.communicated, .closed), Move(.understood, .closed),
    Move(.implemented, .closed), Move(.notImplemented, .closed), Move(.working, .closed),
    Move(.notWorking, .closed),
  ]

  /// The checks that go back to an earlier step than the one reached.
  static let backwards: Set<Move> = [
    Move(.implemented, .understood), Move(.notImplemented, .understood),
    Move(.working, .understood), Move(.notWorking, .understood),
    Move(.working, .implemented), Move(.working, .notImplemented),
    Move(.notWorking, .implemented), Move(.notWorking, .notImplemented),
  ]

  /// A check from one state to another.
  struct Move: Hashable, Sendable, CustomTestStringConvertible {
    var from: InterventionState
    var to: InterventionState

    init(_ from: InterventionState, _ to: InterventionState) {
      self.from = from
      self.to = to
    }

    var testDescription: String { "\(from.rawValue) to \(to.rawValue)" }
  }

  /// Every state paired with every check.
  static let everyMove = InterventionState.allCases.flatMap { from in
    checks.map { Move(from, $0) }
  }

  /// An intervention in `state`.
  static func intervention(in state: InterventionState) -> Intervention {
    Intervention(
      id: "I4", menteeID: "P1", category: .student, action: "Catch-up sessions", state: state,
      month: "2026-10", agreedBy: "Ms Ríos", agreedAt: "2026-10-14T09:00:00Z")
  }

  /// The step the message must name when `move` is refused.
  static func needed(for move: Move) -> String {
    guard move.from.isOpen else { return "open" }
    switch move.to {
    case .understood: return "agreed"
    case .implemented, .notImplemented: return "understood"
    case .working, .notWorking: return "implemented"
    default: return "open"
    }
  }

  @Test("A check in the life's order moves the intervention on", arguments: allowed)
  func allowedCheck(move: Move) throws {
    let intervention = Self.intervention(in: move.from)

    #expect(try intervention.checked(move.to) == move.to)
  }

  @Test(
    "A check out of order is refused, naming what must come first",
    arguments: everyMove.filter {
      !allowed.contains($0) && !backwards.contains($0) && $0.from != $0.to
    })
  func refusedCheck(move: Move) throws {
    let intervention = Self.intervention(in: move.from)
    let needs = Self.needed(for: move)

    let expected = ModelError.checkOutOfOrder(
      id: "I4", from: move.from.rawValue, to: move.to.rawValue, needs: needs)

    #expect(throws: expected) {
      try intervention.checked(move.to)
    }
    #expect(
      expected.message
        == "I4 is \(move.from.rawValue): it must be \(needs) before it can be \(move.to.rawValue)")
  }

  @Test("Working before implemented is refused with the reason a mentor reads")
  func workingBeforeImplemented() {
    let intervention = Self.intervention(in: .understood)

    do {
      _ = try intervention.checked(.working)
      Issue.record("The check was allowed")
    } catch {
      #expect(error.message == "I4 is understood: it must be implemented before it can be working")
    }
  }

  @Test(
    "States that a check cannot record are refused, listing the checks",
    arguments: [InterventionState.agreed, .communicated, .revised])
  func notACheck(state: InterventionState) {
    let intervention = Self.intervention(in: .understood)

    #expect(throws: ModelError.notACheck(state.rawValue)) {
      try intervention.checked(state)
    }
    #expect(
      ModelError.notACheck(state.rawValue).message
        == "'\(state.rawValue)' is not a check; use understood, implemented, not-implemented,"
        + " working, not-working")
  }

  @Test("A whole life runs from agreed to working and then closed")
  func wholeLife() throws {
    var intervention = Self.intervention(in: .agreed)

    for state in [InterventionState.understood, .implemented, .working, .closed] {
      intervention.state = try intervention.checked(state)
    }

    #expect(intervention.state == .closed)
    #expect(!intervention.state.isOpen)
  }

  @Test("Only revised and closed interventions are no longer open")
  func openStates() {
    let closed = InterventionState.allCases.filter { !$0.isOpen }

    #expect(closed == [.revised, .closed])
  }

  @Test(
    "Checking the state an intervention is in says it is there already",
    arguments: [InterventionState.understood, .closed])
  func repeatedCheck(state: InterventionState) {
    let intervention = Self.intervention(in: state)

    #expect(throws: ModelError.checkedAlready(id: "I4", state: state.rawValue)) {
      try intervention.checked(state)
    }
    #expect(
      ModelError.checkedAlready(id: "I4", state: state.rawValue).message
        == "I4 is \(state.rawValue) already")
  }

  @Test("A check of an earlier step says the intervention is past it", arguments: backwards)
  func backwardCheck(move: Move) {
    let intervention = Self.intervention(in: move.from)
    let expected = ModelError.checkPast(id: "I4", from: move.from.rawValue, to: move.to.rawValue)

    #expect(throws: expected) {
      try intervention.checked(move.to)
    }
    #expect(expected.message == "I4 is \(move.from.rawValue), already past \(move.to.rawValue)")
  }
}
