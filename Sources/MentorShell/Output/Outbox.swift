import Foundation

/// A folder of messages waiting to be sent, one `.eml` file each, private to its owner.
///
/// The folder is made with mode 0700 (and any folder missing on the way to it, too), and
/// each message with mode 0600, whatever the umask. A folder that is there already must
/// belong to the user and be closed to everyone else, since the messages are about
/// children. A message appears whole or not at all: it is written under a hidden name and
/// then given its own, which never replaces a file that is there.
struct Outbox {
  /// The folder's path.
  let path: String

  /// The permissions of the folder and of each message.
  static let folderPermissions: UInt32 = 0o700
  static let filePermissions: UInt32 = 0o600

  /// The outbox at `path`, made if missing, or an error when it cannot be used.
  static func open(_ path: String) throws(ShellError) -> Outbox {
    var folder = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      folder += "/" + component
      guard SystemCalls.kind(of: folder) == .missing else { continue }
      // Another session sending at the same moment may make the folder first; the checks
      // below still hold it to the same rules.
      if let failure = SystemCalls.makeFolder(folder, permissions: folderPermissions),
        failure.code != SystemCalls.existsCode || SystemCalls.kind(of: folder) != .folder
      {
        throw .cannotWrite(path: folder, reason: SystemCalls.describe(failure.code))
      }
    }
    guard SystemCalls.kind(of: path) == .folder else { throw .outboxNotAFolder(path) }
    guard SystemCalls.owner(of: path) == SystemCalls.currentUser else {
      throw .outboxNotYours(path)
    }
    guard let permissions = SystemCalls.permissions(of: path), permissions & 0o077 == 0 else {
      throw .outboxNotPrivate(path)
    }
    return Outbox(path: path)
  }

  /// The name of a message's file: `STEM.eml`, or `STEM-2.eml` and on when a file of the
  /// first name is there already.
  static func fileName(stem: String, attempt: Int) -> String {
    attempt == 1 ? "\(stem).eml" : "\(stem)-\(attempt).eml"
  }

  /// Writes a message as a new file, never replacing one, and returns the file's name.
  ///
  /// - Parameters:
  ///   - text: the whole message.
  ///   - stem: the start of the file's name, such as `20261204-153000-01-mrs-fletcher`.
  func write(_ text: String, stem: String) throws(ShellError) -> String {
    // Unique to this write, so that two sessions (or two threads) sending at once never
    // meet on the same part-written file.
    let hidden = (path as NSString).appendingPathComponent(
      ".\(stem).\(getpid()).\(UUID().uuidString).part")
    if let failure = SystemCalls.writeNewFile(
      hidden, Array(text.utf8), permissions: Self.filePermissions)
    {
      throw .cannotWrite(path: hidden, reason: SystemCalls.describe(failure.code))
    }
    defer { SystemCalls.remove(hidden) }

    for attempt in 1...1000 {
      let name = Self.fileName(stem: stem, attempt: attempt)
      let target = (path as NSString).appendingPathComponent(name)
      guard let failure = SystemCalls.link(hidden, to: target) else { return name }
      guard failure.code == SystemCalls.existsCode else {
        throw .cannotWrite(path: target, reason: SystemCalls.describe(failure.code))
      }
    }
    throw .cannotWrite(
      path: (path as NSString).appendingPathComponent(Self.fileName(stem: stem, attempt: 1)),
      reason: SystemCalls.describe(SystemCalls.existsCode))
  }

  /// A name for a person in a file's name: lower-case ASCII letters and digits joined by
  /// hyphens, accents dropped (`Zoë Brontë` gives `zoe-bronte`).
  static func slug(_ name: String) -> String {
    let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
    let slug = words.joined(separator: "-")
    return slug.isEmpty ? "message" : String(slug.prefix(40))
  }
}
