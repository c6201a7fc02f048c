extension Shell {
  /// The undo steps of a session, oldest first, kept in pieces of a fixed size.
  ///
  /// A long script keeps a step for each change until it exits. In one array the steps
  /// grew by doubling it, and each time the old storage and the new, twice its size, were
  /// held at once while the steps were copied: at 100,000 steps, about 24 MB for 12 MB of
  /// steps. A new piece is added when the last is full, and nothing is copied.
  struct UndoHistory {
    /// The full pieces, oldest first, `pieceSize` steps each.
    private var full: [[UndoStep]] = []
    /// The newest steps, fewer than `pieceSize`: steps are added here, in place.
    private var last: [UndoStep] = []

    /// How many steps there are.
    var count: Int { full.count * Self.pieceSize + last.count }

    /// How many steps a piece holds: about half a megabyte of them.
    static let pieceSize = 4096

    /// The step at `index`, counted from the oldest.
    subscript(index: Int) -> UndoStep {
      let inFull = full.count * Self.pieceSize
      guard index < inFull else { return last[index - inFull] }
      return full[index / Self.pieceSize][index % Self.pieceSize]
    }

    /// Adds a step after the newest, taking it, so that it is not copied.
    mutating func append(_ step: consuming UndoStep) {
      if last.capacity == 0 { last.reserveCapacity(Self.pieceSize) }
      last.append(step)
      if last.count == Self.pieceSize {
        full.append(last)
        last = []
      }
    }

    /// The steps from `start` up to `end`, oldest first.
    func steps(from start: Int, to end: Int) -> [UndoStep] {
      (start..<end).map { self[$0] }
    }

    /// The index of the last step before `end` for which `test` holds, if any.
    func lastIndex(before end: Int, where test: (UndoStep) -> Bool) -> Int? {
      var index = end - 1
      while index >= 0 {
        if test(self[index]) { return index }
        index -= 1
      }
      return nil
    }

    /// Removes the steps from `start` on.
    mutating func removeSteps(from start: Int) {
      guard start < count else { return }
      let inFull = full.count * Self.pieceSize
      if start >= inFull {
        last.removeSubrange((start - inFull)...)
        return
      }
      let piece = start / Self.pieceSize
      last = full[piece]
      last.removeSubrange((start % Self.pieceSize)...)
      full.removeSubrange(piece...)
    }

    /// Removes the steps from `start` up to `end`, keeping those after.
    mutating func removeSteps(from start: Int, to end: Int) {
      let after = steps(from: end, to: count)
      removeSteps(from: start)
      for step in after { append(step) }
    }
  }
}
