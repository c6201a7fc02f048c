import Foundation
import MentorStore

/// Training copies of the database.
extension Shell {
  /// Writes a pseudonymised copy of the database to the file `out` names: now, or under
  /// `--atomic` once the script commits, or under `--dry-run` not at all.
  func writeTrainingCopy(to out: String) throws(ShellError) {
    let path = (out as NSString).expandingTildeInPath
    if let database = store.path,
      URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        == URL(fileURLWithPath: database).standardizedFileURL.resolvingSymlinksInPath()
    {
      throw .copyOverDatabase(out)
    }
    try refuseDatabaseFiles(out, at: path)
    let folder = (path as NSString).deletingLastPathComponent
    guard folder.isEmpty || SystemCalls.kind(of: folder) == .folder else {
      throw .noSuchFolder(path: path, folder: folder)
    }
    let kind = SystemCalls.kind(of: path)
    guard kind == .missing || kind == .file else { throw .cannotReplace(path: out, kind: kind) }
    // A file there may be a copy kept, or anything else: it is not written over unasked.
    guard kind == .missing else { throw .trainingCopyExists(out) }
    let done = try outsideTheDatabase("the training copy '\(out)'") {
      shell throws(ShellError) in
      do throws(DatabaseError) {
        try shell.store.writeTrainingCopy(to: path)
      } catch {
        throw .copyFailed(out, reason: error.message)
      }
      shell.console.printError("Wrote a pseudonymised training copy to '\(out)'.")
      shell.console.printError(Self.trainingCopyWarning)
      // The copy's staff have new names, so say whom to open it as.
      if let leader = Self.progressLeader(inCopyAt: path) {
        shell.console.printError(
          "Its Progress Leader is '\(leader)': open it with mentor --db '\(out)' --as '\(leader)'.")
      }
    }
    if !done {
      transaction.wouldWrite += 1
      console.print("Would write a pseudonymised training copy to '\(out)'.")
    }
  }

  /// What a training copy keeps that can single a child out, said each time one is made.
  static let trainingCopyWarning =
    "It keeps each mentee's year, subjects, grades and attendance, which can single a child"
    + " out: it is not anonymous, so keep it as safely as the school's own data."

  /// The name of the first Progress Leader on the staff list of the copy at `path`, or nil
  /// when it names none (then whoever opens it acts as one) or cannot be read.
  static func progressLeader(inCopyAt path: String) -> String? {
    guard let school = try? Store(path: path).loadSchool() else { return nil }
    return school.staff.values.filter { $0.roles.contains(.progressLeader) }.map(\.name).min()
  }
}
