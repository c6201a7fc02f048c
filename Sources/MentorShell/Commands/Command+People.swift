import MentorExchange
import MentorModel

/// Staff and mentors: `load staff`, `list staff` and `assign`.
extension Command {
  static let loadStaff = Command(
    "load staff", usage: "FILE",
    summary: "Read the staff list: name, e-mail, role, subjects or classes taught",
    detail: """
      A CSV with columns Name, Email, Role and Subjects. Role is Mentor, Teacher or Progress
      Leader (several separated by ';'); Subjects lists what a teacher teaches, separated
      by ';'. A file with a bad row stores nothing. Until the list names a Progress
      Leader, whoever is at the keyboard acts as one, and loading a list without one
      warns so; from then on each person may do what their roles allow, and someone not
      on the list nothing but help (see the README's Data protection).
      """,
    examples: ["load staff demo/staff.csv"],
    completions: [.file],
    access: .progressLeader,
  ) { shell, arguments throws(ShellError) in
    guard let typed = arguments.word(0), arguments.words.count == 1 else {
      throw .usage(command: "load staff", usage: "FILE")
    }
    let path = shell.resolve(typed)
    let members = try StaffList.read(path, shell: shell)
    try shell.audited("staff", "Loaded \(counted(members.count, "member")) of staff") {
      try shell.store.saveStaff(members)
    }
    for member in members { shell.school.staff[member.name] = member }
    shell.blockUndo("the staff list loaded")
    shell.console.print(
      "\(shell.stored()) \(counted(members.count, "member")) of staff from '\(path)'.")
    if shell.school.progressLeaderNames.isEmpty {
      shell.warn(ShellError.staffWithoutLeader.message)
    }
  }

  static let listStaff = Command(
    "list staff", usage: "[--count] [--format table|csv|json] [--out FILE]",
    summary: "List the staff, their roles and what they teach",
    examples: ["list staff", "list staff --format csv"],
    options: Option.listing, columns: staffColumns.map(\.key),
    access: .staff,
  ) { shell, arguments throws(ShellError) in
    var table = Table(columns: staffColumns)
    for member in shell.school.staff.values.sorted(by: { $0.name < $1.name }) {
      table.append([
        .init(member.name), .init(member.email),
        .init(member.roles.map(\.rawValue).sorted().joined(separator: "; ")),
        .init(member.subjects.joined(separator: "; ")),
      ])
    }
    try shell.emit(table, noun: "member of staff", plural: "members of staff", arguments)
  }

  /// The columns of `list staff`.
  static let staffColumns: [Table.Column] = [
    .init("name", "Name"), .init("email", "E-mail", shrinks: true, dropOrder: 1),
    .init("roles", "Roles"), .init("subjects", "Subjects", shrinks: true),
  ]

  static let assign = Command(
    "assign", usage: "WHO to MENTOR | --file FILE",
    summary: "Give a mentee a mentor, or many mentees from a CSV of ids and mentors",
    detail: """
      With --file, a CSV with an id column (UPN or Id) and a Mentor column assigns every
      mentee in it in one go, or none if any row is bad. A meeting open with the mentee
      stays with the mentor who opened it, and a warning says so.
      """,
    examples: ["assign zoe to 'Ms Patel'"],
    options: [.value("file", "FILE", "a CSV of mentee ids and mentors")],
    completions: [.mentee, .words(["to"]), .staff],
    access: .progressLeader,
  ) { shell, arguments throws(ShellError) in
    if let file = arguments.option("file") {
      try shell.assignFromFile(shell.resolve(file))
      return
    }
    let words = arguments.words
    guard let to = words.lastIndex(where: { $0.lowercased() == "to" }), to > 0,
      to + 1 < words.count
    else { throw .usage(command: "assign", usage: "WHO to MENTOR") }
    let mentee = try shell.menteeToChange(words[..<to].joined(separator: " "))
    var mentor = words[(to + 1)...].joined(separator: " ")
    if !shell.school.staff.isEmpty { mentor = try shell.mentorMember(mentor).name }
    let previous = mentee.mentor
    try shell.storing {
      try shell.store.assign([mentee.id], to: mentor) { id in
        var assigned = shell.event(
          id, "Assigned to \(mentor)" + (previous.isEmpty ? "" : " (was \(previous))"))
        assigned.kind = "assign"
        assigned.before = previous
        assigned.after = mentor
        return assigned
      }
    }
    var changed = mentee
    changed.mentor = mentor
    shell.school.put(changed)
    shell.remember(
      "Assigned \(mentee.displayName) to \(mentor)", about: mentee.id, before: previous,
      after: mentor
    ) { shell throws(ShellError) in
      try shell.storing { try shell.store.assign([mentee.id], to: previous) { _ in nil } }
      shell.school.put(mentee)
    }
    shell.console.print("\(mentee.displayName) is now mentored by \(mentor).")
    shell.warnOfOpenMeeting(with: mentee.id, mentor: mentor)
  }
}

extension Shell {
  /// Warns, by the mentee's id, that their open meeting stays with whoever opened it when
  /// the mentee is given to another mentor.
  func warnOfOpenMeeting(with menteeID: String, mentor: String) {
    guard let open = school.openMeeting(of: menteeID), open.mentor != mentor else { return }
    warn(
      ShellError.meetingStaysOpen(meeting: open.id, menteeID: menteeID, mentor: open.mentor).message
    )
  }

  /// The member of staff meant by a name, who must have the mentor role.
  func mentorMember(_ name: String) throws(ShellError) -> StaffMember {
    let member = try staffMember(name)
    guard member.roles.contains(.mentor) else { throw .notAMentor(member.name) }
    return member
  }

  /// Assigns mentors from a CSV of ids and mentors, in one transaction, or none at all.
  func assignFromFile(_ path: String) throws(ShellError) {
    let file = try ListFile.read(path, shell: self)
    let table = file.table
    let headers = file.headers
    guard let idColumn = headers.firstIndex(where: { ["upn", "id", "studentid"].contains($0) }),
      let mentorColumn = headers.firstIndex(of: "mentor")
    else {
      console.printError(
        "\(path):1: error: An assignment list needs UPN (or Id) and Mentor columns")
      throw .notLoaded(path: path, problems: 1)
    }
    var pairs: [(Mentee, String)] = []
    var problems: [String] = []
    for row in table.rows {
      let value = { (index: Int) in file.field(row, index) }
      do throws(ShellError) {
        try file.checkHidden(row)
      } catch {
        problems.append("\(path):\(row.line): error: " + error.message)
        continue
      }
      guard let mentee = school.mentees[value(idColumn)] else {
        problems.append("\(path):\(row.line): error: No mentee has the id '\(value(idColumn))'")
        continue
      }
      var mentor = value(mentorColumn)
      if !school.staff.isEmpty {
        do throws(ShellError) {
          mentor = try mentorMember(mentor).name
        } catch {
          problems.append("\(path):\(row.line): error: " + error.message)
          continue
        }
      }
      pairs.append((mentee, mentor))
    }
    guard problems.isEmpty else {
      problems.prefix(50).forEach(console.printError)
      throw .notLoaded(path: path, problems: problems.count)
    }
    let who = userName
    let at = clock.now
    try storing {
      try store.transaction {
        for (mentee, mentor) in pairs {
          try store.assign([mentee.id], to: mentor) { id in
            HistoryEvent(menteeID: id, at: at, by: who, text: "Assigned to \(mentor)")
          }
        }
      }
    }
    for (mentee, mentor) in pairs {
      var changed = mentee
      changed.mentor = mentor
      school.put(changed)
      warnOfOpenMeeting(with: mentee.id, mentor: mentor)
    }
    remember("Assigned \(counted(pairs.count, "mentee")) from '\(path)'") {
      shell throws(ShellError) in
      try shell.storing {
        try shell.store.transaction {
          for (mentee, _) in pairs {
            try shell.store.assign([mentee.id], to: mentee.mentor) { id in
              shell.event(id, "Undid: assigned from '\(path)'")
            }
          }
        }
      }
      pairs.forEach { shell.school.put($0.0) }
    }
    console.print("Assigned \(counted(pairs.count, "mentee")) from '\(path)'.")
  }
}

/// Reading a staff list from CSV, whole or not at all.
enum StaffList {
  static func read(_ path: String, shell: Shell) throws(ShellError) -> [StaffMember] {
    let file = try ListFile.read(path, shell: shell)
    let table = file.table
    let column = file.column
    guard let name = column(["name", "staffname", "fullname"]),
      let role = column(["role", "roles"])
    else {
      shell.console.printError("\(path):1: error: A staff list needs Name and Role columns")
      throw .notLoaded(path: path, problems: 1)
    }
    let email = column(["email", "emailaddress"])
    let subjects = column(["subjects", "subject", "classes", "teaches"])
    var members: [StaffMember] = []
    var firstLines: [String: Int] = [:]
    var problems: [String] = []
    for row in table.rows {
      do throws(ShellError) {
        try file.checkHidden(row)
        let member = try Self.member(
          row.fields, columns: (name, email, role, subjects))
        let key = member.name.lowercased()
        if let first = firstLines[key] { throw .staffNameRepeated(member.name, line: first) }
        firstLines[key] = row.line
        members.append(member)
      } catch {
        problems.append("\(path):\(row.line): error: " + error.message)
      }
    }
    guard problems.isEmpty else {
      problems.forEach(shell.console.printError)
      throw .notLoaded(path: path, problems: problems.count)
    }
    return members
  }

  /// The member of staff in one row, or why the row is not one.
  ///
  /// A row must have a name and only known roles; an e-mail address, when there is one,
  /// must be a plain `name@domain`.
  private static func member(
    _ fields: [String], columns: (name: Int, email: Int?, role: Int, subjects: Int?)
  ) throws(ShellError) -> StaffMember {
    let field = { (index: Int?) in
      index.map { $0 < fields.count ? fields[$0].trimmingSpaces : "" } ?? ""
    }
    let roleWords = field(columns.role).split(whereSeparator: { $0 == ";" || $0 == "/" })
    let roles = roleWords.compactMap { StaffMember.Role(words: String($0)) }
    guard !field(columns.name).isEmpty, !roles.isEmpty, roles.count == roleWords.count else {
      throw .staffRowIncomplete(role: field(columns.role))
    }
    let email = field(columns.email)
    guard email.isEmpty || EmailAddress(email) != nil else { throw .badEmail(email) }
    return StaffMember(
      name: field(columns.name), email: email, roles: Set(roles),
      subjects: field(columns.subjects).split(separator: ";").map { String($0).trimmingSpaces })
  }
}
