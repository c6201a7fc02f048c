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
      by ';'. A file with a bad row stores nothing.
      """,
    examples: ["load staff demo/staff.csv"],
    completions: [.file],
    changesData: true
  ) { shell, arguments throws(ShellError) in
    guard let typed = arguments.word(0), arguments.words.count == 1 else {
      throw .usage(command: "load staff", usage: "FILE")
    }
    let path = shell.resolve(typed)
    let members = try StaffList.read(path, shell: shell)
    try shell.storing { try shell.store.saveStaff(members) }
    for member in members { shell.school.staff[member.name] = member }
    shell.console.print("Stored \(counted(members.count, "member")) of staff from '\(path)'.")
  }

  static let listStaff = Command(
    "list staff", usage: "[--format table|csv|json]",
    summary: "List the staff, their roles and what they teach",
    examples: ["list staff"],
    options: [.format]
  ) { shell, arguments throws(ShellError) in
    var table = Table(columns: [
      .init("name", "Name"), .init("email", "E-mail"), .init("roles", "Roles"),
      .init("subjects", "Subjects", shrinks: true),
    ])
    for member in shell.school.staff.values.sorted(by: { $0.name < $1.name }) {
      table.append([
        .init(member.name), .init(member.email),
        .init(member.roles.map(\.rawValue).sorted().joined(separator: "; ")),
        .init(member.subjects.joined(separator: "; ")),
      ])
    }
    shell.printTable(table, format: try shell.format(arguments))
  }

  static let assign = Command(
    "assign", usage: "WHO to MENTOR",
    summary: "Give a mentee a mentor",
    examples: ["assign zoe to 'Ms Patel'"],
    completions: [.mentee, .words(["to"])],
    changesData: true
  ) { shell, arguments throws(ShellError) in
    let words = arguments.words
    guard let to = words.lastIndex(where: { $0.lowercased() == "to" }), to > 0,
      to + 1 < words.count
    else { throw .usage(command: "assign", usage: "WHO to MENTOR") }
    let mentee = try shell.mentee(words[..<to].joined(separator: " "))
    var mentor = words[(to + 1)...].joined(separator: " ")
    if !shell.school.staff.isEmpty { mentor = try shell.staffMember(mentor).name }
    let previous = mentee.mentor
    try shell.storing {
      try shell.store.assign([mentee.id], to: mentor) { id in
        shell.event(id, "Assigned to \(mentor)" + (previous.isEmpty ? "" : " (was \(previous))"))
      }
    }
    var changed = mentee
    changed.mentor = mentor
    shell.school.put(changed)
    shell.remember("Assigned \(mentee.displayName) to \(mentor)", about: mentee.id) {
      shell throws(ShellError) in
      try shell.storing { try shell.store.assign([mentee.id], to: previous) { _ in nil } }
      shell.school.put(mentee)
    }
    shell.console.print("\(mentee.displayName) is now mentored by \(mentor).")
  }
}

/// Reading a staff list from CSV, whole or not at all.
enum StaffList {
  static func read(_ path: String, shell: Shell) throws(ShellError) -> [StaffMember] {
    let table: CSVTable
    do {
      table = try CSVReader.read(contentsOf: path)
    } catch {
      shell.console.printError(ErrorLocation.prefix(shell.frames) + "error: " + error.message)
      throw .notLoaded(path: path, problems: 1)
    }
    let headers = table.header.fields.map { $0.lowercased().filter(\.isLetter) }
    let column = { (names: [String]) in headers.firstIndex { names.contains($0) } }
    guard let name = column(["name", "staffname", "fullname"]),
      let role = column(["role", "roles"])
    else {
      shell.console.printError("\(path):1: error: A staff list needs Name and Role columns")
      throw .notLoaded(path: path, problems: 1)
    }
    let email = column(["email", "emailaddress"])
    let subjects = column(["subjects", "subject", "classes", "teaches"])
    var members: [StaffMember] = []
    var problems: [String] = []
    for row in table.rows {
      let field = { (index: Int?) in
        index.map { $0 < row.fields.count ? row.fields[$0].trimmingSpaces : "" } ?? ""
      }
      let roleWords = field(role).split(whereSeparator: { $0 == ";" || $0 == "/" })
      let roles = roleWords.compactMap { StaffMember.Role(words: String($0)) }
      if field(name).isEmpty || roles.isEmpty || roles.count != roleWords.count {
        problems.append(
          "\(path):\(row.line): error: A member of staff needs a name and a role"
            + " (Mentor, Teacher or Progress Leader), not '\(field(role))'")
        continue
      }
      members.append(
        StaffMember(
          name: field(name), email: field(email), roles: Set(roles),
          subjects: field(subjects).split(separator: ";").map { String($0).trimmingSpaces }))
    }
    guard problems.isEmpty else {
      problems.forEach(shell.console.printError)
      throw .notLoaded(path: path, problems: problems.count)
    }
    return members
  }
}
