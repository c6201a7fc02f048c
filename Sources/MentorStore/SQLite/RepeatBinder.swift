/// Binds text to a statement run once per row, binding a parameter again only when its
/// value differs from the one bound before; the statement must be rewound, not reset,
/// between rows (`Statement.rewind()`), so that its bindings stay.
struct RepeatBinder {
  let statement: Statement
  /// The text bound to each parameter, by index from 1; nil before the first binding.
  private var bound: [String?]

  /// A binder for parameters 1 to `count` of `statement`, none bound yet.
  init(statement: Statement, count: Int) {
    self.statement = statement
    bound = Array(repeating: nil, count: count + 1)
  }

  /// Binds `value` to the parameter at `index` unless it is bound there already.
  mutating func bind(_ value: String, at index: Int) throws(DatabaseError) {
    if bound[index] == value { return }
    try statement.bind(value, at: index)
    bound[index] = value
  }
}
