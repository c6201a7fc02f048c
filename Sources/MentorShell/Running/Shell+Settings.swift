import MentorModel

/// The `setting` command: the school's settings, and those held for one session only.
extension Shell {
  /// Settings held for one session: set with `setting --session`, or in the init file.
  struct SessionSettings {
    /// The session's own values, in the order set.
    var values: [(name: String, value: String)] = []
    /// The school's settings as the database holds them, while the session has its own.
    var school = Settings()
  }

  /// Shows every setting, shows one, or changes one for the school or, with `--session`
  /// or in the init file, for this session.
  func setting(_ arguments: Arguments) throws(ShellError) {
    guard let name = arguments.word(0)?.lowercased() else {
      for name in Settings.names { console.print(settingLine(name)) }
      return
    }
    guard school.settings.value(of: name) != nil else { throw .model(.unknownSetting(name)) }
    guard let value = arguments.word(1) else {
      console.print(settingLine(name))
      return
    }
    let forSession = arguments.flag("session") || runningInitFile
    if sessionSettings.values.isEmpty { sessionSettings.school = school.settings }
    var settings = forSession ? school.settings : sessionSettings.school
    do throws(ModelError) {
      try settings.set(name, to: value)
    } catch {
      throw .model(error)
    }
    let given = settings.value(of: name) ?? value
    if forSession {
      sessionSettings.values.removeAll { $0.name == name }
      sessionSettings.values.append((name, given))
      school.settings = settings
    } else {
      try audited(
        "setting", "Changed the setting '\(name)'", before: school.settings.value(of: name),
        after: given
      ) {
        try store.saveSetting(name, given)
      }
      school.settings = settings
      applySessionSettings()
      blockUndo("the setting '\(name)'")
    }
    if !runningInitFile { console.print(settingLine(name)) }
  }

  /// `name value`, and for a session's setting the school's value beside it.
  private func settingLine(_ name: String) -> String {
    let value = school.settings.value(of: name) ?? ""
    guard sessionSettings.values.contains(where: { $0.name == name }) else {
      return "\(name) \(value)"
    }
    let schools = sessionSettings.school.value(of: name) ?? ""
    return "\(name) \(value)   (this session only; the school's is \(schools))"
  }

  /// The school with its own settings rather than the session's over them: what a dry run
  /// compares, so that a setting held for this session is no change to the school.
  var schoolAsStored: School {
    guard !sessionSettings.values.isEmpty else { return school }
    var stored = school
    stored.settings = sessionSettings.school
    return stored
  }

  /// Puts the session's settings over the school's, once the school is read again.
  func applySessionSettings() {
    sessionSettings.school = school.settings
    for (name, value) in sessionSettings.values {
      try? school.settings.set(name, to: value)
    }
  }
}
