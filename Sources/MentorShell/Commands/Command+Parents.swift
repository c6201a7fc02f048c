import MentorExchange
import MentorModel

/// Parents and carers: `load parents` and `list parents`.
extension Command {
  static let loadParents = Command(
    "load parents", usage: "FILE",
    summary: "Read the parents and carers of mentees: mentee id, name, relationship, e-mail",
    detail: """
      A CSV with columns UPN (or Id), Name, Relationship and Email, one row per parent or
      carer; a mentee may have several rows. The id must be a mentee's, loaded before from
      a data sheet; an e-mail address may be left blank, and 'notify' then says it cannot
      write to that person. For each mentee in the file, the parents and carers it lists
      replace those stored before; other mentees keep theirs. A file with a bad row stores
      nothing, and every problem is shown as FILE:LINE.
      """,
    examples: ["load parents demo/parents.csv"],
    completions: [.file],
    access: .progressLeader,
  ) { shell, arguments throws(ShellError) in
    guard let typed = arguments.word(0), arguments.words.count == 1 else {
      throw .usage(command: "load parents", usage: "FILE")
    }
    let path = shell.resolve(typed)
    let carers = try CarerList.read(path, shell: shell)
    let mentees = Set(carers.map(\.menteeID))
    try shell.audited(
      "parents",
      "Loaded \(counted(carers.count, "parent or carer", "parents or carers")) of"
        + " \(counted(mentees.count, "mentee"))"
    ) {
      try shell.store.saveCarers(carers)
    }
    for id in mentees { shell.school.carers[id] = carers.filter { $0.menteeID == id } }
    shell.blockUndo("the parents loaded")
    shell.console.print(
      "\(shell.stored()) \(counted(carers.count, "parent or carer", "parents or carers")) of"
        + " \(counted(mentees.count, "mentee")) from '\(path)'.")
  }

  static let listParents = Command(
    "list parents", usage: "[WHO] [--count] [--format table|csv|json] [--out FILE]",
    summary: "List the parents and carers of every mentee (a mentor's own), or of one",
    examples: ["list parents zoe", "list parents --format csv"],
    options: Option.listing,
    completions: [.mentee], columns: carerColumns.map(\.key),
    access: .mentee,
  ) { shell, arguments throws(ShellError) in
    // Without WHO, a mentor gets their own mentees' parents; the Progress Leader everyone's.
    var mentees = shell.school.menteesByName.filter(shell.maySee)
    if !arguments.words.isEmpty {
      mentees = [try shell.mentee(arguments.rest(from: 0))]
    }
    var table = Table(columns: carerColumns)
    for mentee in mentees {
      for carer in shell.school.carers[mentee.id] ?? [] {
        table.append([
          .init(mentee.id), .init(mentee.displayName), .init(mentee.form), .init(carer.name),
          .init(carer.relationship), .init(carer.email),
        ])
      }
    }
    try shell.emit(table, noun: "parent or carer", plural: "parents or carers", arguments)
  }

  /// The columns of `list parents`.
  static let carerColumns: [Table.Column] = [
    .init("id", "Id"), .init("mentee", "Mentee", shrinks: true),
    .init("form", "Form", dropOrder: 1), .init("name", "Parent or carer", shrinks: true),
    .init("relationship", "Relationship", dropOrder: 2), .init("email", "E-mail", shrinks: true),
  ]
}
