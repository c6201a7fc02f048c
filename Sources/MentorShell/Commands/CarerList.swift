import MentorExchange
import MentorModel

/// Reading a list of parents and carers from CSV, whole or not at all.
///
/// Columns are found by name: the mentee's id (`UPN`, `Id`, `Student Id`), `Name`,
/// `Relationship` and `Email`. A mentee may have several rows, one per parent or carer.
/// Each bad row is reported as `FILE:LINE: error: ...`, and any bad row stops the whole
/// file.
enum CarerList {
  /// The header names each column may have, as letters only, in lower case.
  static let idHeaders = ["upn", "id", "menteeid", "studentid", "pupilid", "studentupn"]
  static let nameHeaders = ["name", "parentname", "carername", "contactname", "fullname"]
  static let relationshipHeaders = ["relationship", "relation", "relationshiptostudent"]
  static let emailHeaders = ["email", "emailaddress", "parentemail", "contactemail"]

  /// The parents and carers in the file at `path`, each tied to a mentee of the school.
  static func read(_ path: String, shell: Shell) throws(ShellError) -> [Carer] {
    let file = try ListFile.read(path, shell: shell)
    let table = file.table
    let column = file.column
    guard let id = column(idHeaders), let name = column(nameHeaders) else {
      shell.console.printError(
        "\(path):\(table.header.line): error: "
          + ShellError.carerColumnsMissing.message)
      throw .notLoaded(path: path, problems: 1)
    }
    let relationship = column(relationshipHeaders)
    let email = column(emailHeaders)

    var carers: [Carer] = []
    var problems: [String] = []
    for row in table.rows {
      let field = { (index: Int?) -> String in
        guard let index, index < row.fields.count else { return "" }
        return row.fields[index].split(whereSeparator: \.isWhitespace).joined(separator: " ")
      }
      do throws(ShellError) {
        try file.checkHidden(row)
        let mentee = try Self.mentee(field(id), in: shell.school)
        guard !field(name).isEmpty else { throw .carerNameMissing }
        let address = field(email)
        guard address.isEmpty || EmailAddress(address) != nil else { throw .badEmail(address) }
        carers.append(
          Carer(
            menteeID: mentee.id, name: field(name), relationship: field(relationship),
            email: address))
      } catch {
        problems.append("\(path):\(row.line): error: " + error.message)
      }
    }
    guard problems.isEmpty else {
      problems.forEach(shell.console.printError)
      throw .notLoaded(path: path, problems: problems.count)
    }
    return carers
  }

  /// The mentee with an id, matched whole and ignoring case.
  private static func mentee(_ id: String, in school: School) throws(ShellError) -> Mentee {
    guard !id.isEmpty else { throw .carerMenteeMissing }
    let key = id.lowercased()
    guard
      let mentee = school.mentees[id]
        ?? school.mentees.values.first(where: {
          $0.id.lowercased() == key
        })
    else { throw .carerMenteeUnknown(id) }
    return mentee
  }
}
