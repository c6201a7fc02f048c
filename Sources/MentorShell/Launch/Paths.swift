import Foundation

/// Where `mentor` keeps its files by default, following the XDG base directories.
public enum Paths {
  /// The database: `$MENTOR_DB`, else `$XDG_DATA_HOME/mentor/mentor.db`.
  public static func database(_ environment: [String: String]) -> String {
    if let path = environment["MENTOR_DB"], !path.isEmpty { return path }
    return base(environment, variable: "XDG_DATA_HOME", fallback: ".local/share")
      + "/mentor/mentor.db"
  }

  /// The init file run before anything else: `$XDG_CONFIG_HOME/mentor/init.mentor`, else
  /// `~/.config/mentor/init.mentor`.
  public static func initFile(_ environment: [String: String]) -> String {
    base(environment, variable: "XDG_CONFIG_HOME", fallback: ".config") + "/mentor/init.mentor"
  }

  /// The history of lines typed at the prompt: `$XDG_STATE_HOME/mentor/history`.
  public static func history(_ environment: [String: String]) -> String {
    base(environment, variable: "XDG_STATE_HOME", fallback: ".local/state") + "/mentor/history"
  }

  /// The outbox messages are written to: `$MENTOR_OUTBOX`, else the folder `outbox` beside
  /// the database file (`~/.local/share/mentor/outbox` beside the default database). Nil
  /// for a database in memory, unless `$MENTOR_OUTBOX` names one.
  ///
  /// - Parameters:
  ///   - environment: the process's environment.
  ///   - database: the database file's path, or nil when the database is in memory.
  public static func outbox(_ environment: [String: String], database: String?) -> String? {
    if let path = environment["MENTOR_OUTBOX"], !path.isEmpty { return absolute(path) }
    guard let database else { return nil }
    return ((absolute(database) as NSString).deletingLastPathComponent as NSString)
      .appendingPathComponent("outbox")
  }

  /// The mail program `notify --sendmail` runs: `$MENTOR_SENDMAIL`, else the system's.
  public static func sendmail(_ environment: [String: String]) -> String {
    environment["MENTOR_SENDMAIL"].flatMap { $0.isEmpty ? nil : $0 }
      ?? ShellOptions.systemSendmail
  }

  /// A path made absolute from the current folder, with `~` expanded.
  private static func absolute(_ path: String) -> String {
    let expanded = (path as NSString).expandingTildeInPath
    guard !expanded.hasPrefix("/") else { return expanded }
    return (FileManager.default.currentDirectoryPath as NSString)
      .appendingPathComponent(expanded)
  }

  private static func base(
    _ environment: [String: String], variable: String, fallback: String
  ) -> String {
    if let path = environment[variable], path.hasPrefix("/") { return path }
    // Shortcoming: without HOME, NSHomeDirectory asks the system's accounts, which the
    // static release build (README, "The code") can do only with the C library it was
    // built against; every login sets HOME, so the fallback is left as it is.
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/" + fallback
  }

  /// Creates the folders that will hold `path` that are missing, each private to its
  /// owner (0700) whatever the umask; a failure is left for opening the file to report.
  static func makeParentFolder(of path: String) {
    _ = OwnerOnlyFile.makeFolders(toHold: path)
  }
}
