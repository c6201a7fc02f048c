extension LineEditor {
  /// The Tab key callback: completes the word at the cursor through `completer`.
  static func complete(editor: OpaquePointer?, key: Int32) -> UInt8 {
    guard let lineEditor = attached(to: editor) else {
      return LibEdit.KeyOutcome.refreshAndBeep.code
    }
    return lineEditor.completeWordAtCursor().code
  }

  /// Edits the line as the completion plan says and lists the candidates if several.
  func completeWordAtCursor() -> LibEdit.KeyOutcome {
    guard let completer else { return .refreshAndBeep }
    let line = LibEdit.textBeforeCursor(editor)
    let word = CompletionWord(lineBeforeCursor: line)
    let candidates = completer(line, word.text, word.isInQuotes)
    let plan = CompletionPlan(word: word, candidates: candidates, isFilePath: Self.isFilePath)

    if plan.deleteCount > 0 {
      LibEdit.deleteBeforeCursor(plan.deleteCount, in: editor)
    }
    if !plan.insertion.isEmpty && !LibEdit.insert(plan.insertion, into: editor) {
      return .refreshAndBeep
    }

    if !plan.listing.isEmpty {
      showBelowLine(plan.listing)
      return .redisplay
    }
    return plan.changesLine ? .refresh : .refreshAndBeep
  }

  /// Prints the candidates in columns below the line; libedit then redraws the line.
  private func showBelowLine(_ candidates: [String]) {
    let lines = CandidateColumns.lines(
      for: candidates, width: LibEdit.columns(of: editor),
      displayWidth: SystemCalls.displayWidth(of:))
    LibEdit.write("\r\n" + lines.joined(separator: "\r\n") + "\r\n", to: editor)
  }

  /// Whether a candidate names a file or folder: it has a slash or exists.
  static func isFilePath(_ candidate: String) -> Bool {
    candidate.contains("/") || SystemCalls.kind(of: candidate) != .missing
  }
}
