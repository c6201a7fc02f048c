import Foundation
import MentorExchange
import MentorModel

/// Personal data out: `export mentee` for a subject access request, and `export
/// --pseudonymise` for a training copy.
extension Command {
  static let exportMentee = Command(
    "export mentee", usage: "WHO --out FILE [--format json|html|text]",
    summary: "Write everything held about one mentee to a file, for a subject access request",
    detail: """
      The file holds who they are and their attendance, every result and target, their
      parents and carers, interventions with every check (a message sent to a member of
      staff is a 'communicated' check saying to whom), meetings with their praise,
      excuses and notes, escalations with when their message was sent, and every row of
      the audit about them. JSON (.json) is for other programs; HTML (.html) is one file
      to read in a browser and print; any other name gets text. --format chooses whatever
      the name. Only its owner can read the file.
      """,
    examples: [
      "export mentee zoe --out /tmp/mentor-example-zoe.json",
      "export mentee zoe --out /tmp/mentor-example-zoe.html",
    ],
    exampleSetup: ["meet zoe", "praise for Maths 'a big step up'", "end"],
    options: [
      .value("out", "FILE", "the file to write (owner-only)"),
      .value("format", "json|html|text", "the format (default: as FILE's extension, else text)"),
    ],
    completions: [.mentee],
    access: .progressLeader,
  ) { shell, arguments throws(ShellError) in
    let usage = "WHO --out FILE [--format json|html|text]"
    guard !arguments.words.isEmpty else { throw .usage(command: "export mentee", usage: usage) }
    guard let out = arguments.option("out") else { throw .needsOutFile("export mentee") }
    let suffix = (out as NSString).pathExtension.lowercased()
    let format = arguments.option("format")?.lowercased() ?? (suffix == "htm" ? "html" : suffix)
    if let asked = arguments.option("format"), !["json", "html", "text"].contains(format) {
      throw .badExportFormat(asked)
    }
    let mentee = try shell.mentee(arguments.rest(from: 0))
    let report = try shell.subjectAccess(mentee)
    let text: String
    switch format {
    case "json": text = report.json()
    case "html": text = report.html(generated: shell.clock.today)
    default: text = report.text()
    }
    // The mentee by id: the confirmation goes to standard error, which may be a log.
    try shell.write(
      text, out: out, saying: "Wrote everything held about \(mentee.id) to '\(out)'.",
      writes: ["json", "html", "htm", "txt"])
  }

  static let export = Command(
    "export", usage: "--pseudonymise --out FILE",
    summary: "Write a copy of the database with names, ids and notes replaced, for training",
    detail: """
      The copy is a database that 'mentor --db FILE' opens, with the same mentees,
      results, interventions, meetings and reports as this one, but every mentee's id and
      name, every form's name, every member of staff's name and e-mail address, every
      parent or carer, every free-text note, reason and piece of evidence, and every
      strategy the school added to the library replaced. The same person has the same
      pseudonym everywhere in the copy; pseudonyms are given in a new random order each
      time. Only its owner can read the file; a file of that name is replaced.
      The copy is not anonymous: each mentee's year, subjects, grades and attendance are
      kept, which can single a child out, so handle it as personal data.
      """,
    examples: ["export --pseudonymise --out /tmp/mentor-example-training.db"],
    exampleSetup: ["meet zoe", "note 'said the bus was late'", "end"],
    options: [
      .flag("pseudonymise", "replace names, ids, e-mail addresses and notes"),
      .value("out", "FILE", "the database file to write (owner-only)"),
    ],
    access: .progressLeader,
  ) { shell, arguments throws(ShellError) in
    guard arguments.words.isEmpty, arguments.flag("pseudonymise") else {
      throw .usage(command: "export", usage: "--pseudonymise --out FILE")
    }
    guard let out = arguments.option("out") else { throw .needsOutFile("export") }
    try shell.writeTrainingCopy(to: out)
  }
}
