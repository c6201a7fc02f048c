/// The column of each role, looked up by position rather than by hashing, since every cell
/// of every row is found through it.
struct RoleColumns: Sendable {
  /// The column of each role, in the order of `ColumnRole.allCases`; -1 for none.
  private var slots: [Int]

  /// The columns of `roles`, a role's missing column as none.
  init(_ roles: [ColumnRole: Int]) {
    slots = ColumnRole.allCases.map { roles[$0] ?? -1 }
  }

  /// The column of `role`, if the sheet has one.
  subscript(role: ColumnRole) -> Int? {
    let column = slots[role.slot]
    return column < 0 ? nil : column
  }
}

extension ColumnRole {
  /// The role's place in `allCases`, found without a search.
  fileprivate var slot: Int {
    switch self {
    case .upn: 0
    case .surname: 1
    case .forename: 2
    case .name: 3
    case .year: 4
    case .form: 5
    case .mentor: 6
    case .attendance: 7
    case .month: 8
    case .subject: 9
    case .target: 10
    case .workingAt: 11
    case .predicted: 12
    case .effort: 13
    case .homework: 14
    }
  }
}
