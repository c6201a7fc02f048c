import Foundation

/// Where `mentor` keeps its files by default, following the XDG base directories.
public enum Paths {
  /// The database: `$MENTOR_DB`, else `$XDG_DATA_HOME/mentor/mentor.db`.
  public static func database(_ environment: [String: String]) -> String {
    if let path = environment["MENTOR_DB"], !path.isEmpty { return path }
    return base(environment, variable: "XDG_DATA_HOME", fallback: ".local/share")
      + "/mentor/mentor.db"
  }

  /// The history of lines typed at the prompt: `$XDG_STATE_HOME/mentor/history`.
  public static func history(_ environment: [String: String]) -> String {
    base(environment, variable: "XDG_STATE_HOME", fallback: ".local/state") + "/mentor/history"
  }

  private static func base(
    _ environment: [String: String], variable: String, fallback: String
  ) -> String {
    if let path = environment[variable], path.hasPrefix("/") { return path }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/" + fallback
  }

  /// Creates the folder that will hold `path`, private to its owner, if it is missing.
  static func makeParentFolder(of path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
    try FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
  }
}
