/// Why reading lines, or keeping their history, failed.
///
/// The cases carry data only; `description` holds all the wording.
public enum LineReadingError: Error, Equatable, Sendable {
  /// A script file could not be opened; `code` is the `errno` value.
  case cannotOpen(path: String, code: Int32)

  /// Reading failed; `path` is nil for standard input.
  case cannotRead(path: String?, code: Int32)

  /// The line editor needs standard input to be a terminal.
  case notATerminal

  /// libedit could not set up the terminal, or another line editor is already open.
  case cannotStartEditor

  /// A folder on the way to the history file could not be created.
  case cannotCreateHistoryFolder(path: String, code: Int32)

  /// The history file could not be created.
  case cannotCreateHistoryFile(path: String, code: Int32)

  /// The history file exists but libedit could not read it, for example because it was
  /// written by another program.
  case cannotLoadHistory(path: String)

  /// The history file could not be written; `code` is 0 when libedit gave no reason.
  case cannotSaveHistory(path: String, code: Int32)
}

extension LineReadingError: CustomStringConvertible {
  /// The message for the person at the terminal: sentence case, no final full stop.
  public var description: String {
    switch self {
    case .cannotOpen(let path, let code):
      return "Cannot open '\(path)': \(SystemCalls.describe(code))"
    case .cannotRead(let path?, let code):
      return "Cannot read '\(path)': \(SystemCalls.describe(code))"
    case .cannotRead(nil, let code):
      return "Cannot read standard input: \(SystemCalls.describe(code))"
    case .notATerminal:
      return "Line editing needs standard input to be a terminal"
    case .cannotStartEditor:
      return "Cannot start line editing on this terminal"
    case .cannotCreateHistoryFolder(let path, let code):
      return "Cannot create the history folder '\(path)': \(SystemCalls.describe(code))"
    case .cannotCreateHistoryFile(let path, let code):
      return "Cannot create the history file '\(path)': \(SystemCalls.describe(code))"
    case .cannotLoadHistory(let path):
      return "Cannot read the history file '\(path)': it is not a history file of this shell"
    case .cannotSaveHistory(let path, 0):
      return "Cannot save the history file '\(path)'"
    case .cannotSaveHistory(let path, let code):
      return "Cannot save the history file '\(path)': \(SystemCalls.describe(code))"
    }
  }
}
