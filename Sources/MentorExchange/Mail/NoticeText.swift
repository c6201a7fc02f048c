import MentorModel

/// The subject and text of a notice: what one person is asked to do, in the school's words.
///
/// A member of staff reads the interventions they are to carry out, grouped by mentee with
/// the mentee's form and mentor, each with its subject, category, action, review date and
/// who agreed it; then any concerns handed on to them. A parent or carer reads the concerns
/// about their child. Lines are wrapped at 76 characters.
public struct NoticeText: Sendable {
  public var notice: NoticePlan.Notice
  /// The school, for the mentees' names, forms and mentors.
  public var school: School
  /// Who is sending it: the person at the keyboard.
  public var sender: String
  /// The day it is sent, as `YYYY-MM-DD`.
  public var today: String

  public init(notice: NoticePlan.Notice, school: School, sender: String, today: String) {
    self.notice = notice
    self.school = school
    self.sender = sender
    self.today = today
  }

  /// The width text is wrapped to.
  static let width = 76

  /// The subject: what the message asks of its reader, in a few words.
  public var subject: String {
    let interventions = notice.interventions.count
    let concerns = notice.escalations.count
    if notice.recipient.kind == .carer {
      let names = menteeNames(notice.escalations.map(\.menteeID))
      return concerns == 1 ? "A concern about \(names)" : "Concerns about \(names)"
    }
    switch (interventions, concerns) {
    case (_, 0):
      return "Mentoring: \(counted(interventions, "intervention")) for you to carry out"
    case (0, 1):
      return "Mentoring concern: \(menteeNames(notice.escalations.map(\.menteeID)))"
    case (0, _):
      return "Mentoring: \(counted(concerns, "concern")) handed on to you"
    default:
      return "Mentoring: \(counted(interventions, "intervention")) and"
        + " \(counted(concerns, "concern")) for you"
    }
  }

  /// The text of the message.
  public var body: String {
    var lines = ["Dear \(notice.recipient.name),", ""]
    switch notice.recipient.kind {
    case .staff: lines += staffText
    case .carer: lines += carerText
    }
    lines += ["", "Sent by \(sender.isEmpty ? "mentor" : sender) on \(today)."]
    return lines.joined(separator: "\n") + "\n"
  }

  /// What a member of staff reads: interventions, then concerns.
  private var staffText: [String] {
    var lines: [String] = []
    if !notice.interventions.isEmpty {
      lines += Self.wrap(
        notice.interventions.count == 1
          ? "This intervention was agreed at a mentoring meeting, and you are to carry it"
            + " out. Please let the mentor know once it is under way."
          : "These interventions were agreed at mentoring meetings, and you are to carry"
            + " them out. Please let each mentor know once one is under way.")
      for (menteeID, group) in grouped(notice.interventions, by: \.menteeID) {
        lines += ["", menteeLine(menteeID)]
        for intervention in group { lines += interventionLines(intervention) }
      }
    }
    if !notice.escalations.isEmpty {
      if !lines.isEmpty { lines.append("") }
      lines += Self.wrap(
        notice.escalations.count == 1
          ? "This concern has been handed on to you. Please let the mentor know that you"
            + " have it, and later how it was resolved."
          : "These concerns have been handed on to you. Please let each mentor know that"
            + " you have them, and later how each was resolved.")
      for (menteeID, group) in grouped(notice.escalations, by: \.menteeID) {
        lines += ["", menteeLine(menteeID)]
        for escalation in group { lines += escalationLines(escalation) }
      }
    }
    return lines
  }

  /// What a parent or carer reads: each concern about their child, and whom to contact.
  private var carerText: [String] {
    var lines: [String] = []
    for (menteeID, group) in grouped(notice.escalations, by: \.menteeID) {
      let mentee = school.mentees[menteeID]
      let name = menteeName(menteeID)
      if !lines.isEmpty { lines.append("") }
      lines += Self.wrap(
        "We are writing to let you know of "
          + (group.count == 1 ? "a concern" : "\(group.count) concerns")
          + " about \(name) at school.")
      for escalation in group {
        lines += [""] + Self.wrap(escalation.reason, indent: "  ")
        lines += Self.wrap(
          "Raised by \(escalation.raisedBy) on \(escalation.raisedAt.prefix(10)).",
          indent: "  ")
      }
      let mentor = mentee?.mentor ?? ""
      lines.append("")
      lines += Self.wrap(
        "Please reply to this message"
          + (mentor.isEmpty
            ? "" : ", or contact \(mentor), who mentors \(mentee?.displayName ?? name),")
          + " so that together we can agree what happens next.")
    }
    return lines
  }

  /// The line that heads a mentee's items: name, form and mentor.
  private func menteeLine(_ menteeID: String) -> String {
    let mentee = school.mentees[menteeID]
    var line = menteeName(menteeID)
    guard let mentor = mentee?.mentor, !mentor.isEmpty else { return line }
    let isReader = school.staffMember(named: mentor)?.name == notice.recipient.name
    line += ", mentored by " + (isReader ? "you" : mentor)
    return line
  }

  /// An intervention: id, subject and category, action, then review and who agreed it.
  private func interventionLines(_ intervention: Intervention) -> [String] {
    let subject = intervention.subject ?? "all subjects"
    let (first, rest) = Self.itemIndents(intervention.id)
    var lines = Self.wrap(
      "\(subject), \(intervention.category.rawValue): \(intervention.action)",
      indent: first, hanging: rest)
    let review = intervention.review.map { "Review by \($0)." } ?? "No review date."
    lines += Self.wrap(
      "\(review) Agreed by \(intervention.agreedBy) on \(intervention.agreedAt.prefix(10)).",
      indent: rest)
    if notice.asMentor.contains(intervention.id) {
      lines += Self.wrap("Sent to you as the mentor: no member of staff was named.", indent: rest)
    }
    return lines
  }

  /// An escalation: id and reason, then who raised it and when.
  private func escalationLines(_ escalation: Escalation) -> [String] {
    let (first, rest) = Self.itemIndents(escalation.id)
    var lines = Self.wrap(escalation.reason, indent: first, hanging: rest)
    let to: String
    switch escalation.recipient {
    case .progressLeader: to = " to the Progress Leader"
    case .staff: to = " to you"
    case .parent: to = ""
    }
    lines += Self.wrap(
      "Raised\(to) by \(escalation.raisedBy) on \(escalation.raisedAt.prefix(10)).",
      indent: rest)
    return lines
  }

  /// The indents of an item: its id set out at the start of the first line, and spaces
  /// as wide for the lines after it, so that the text lines up: `  I3  ` and `      `.
  static func itemIndents(_ id: String) -> (first: String, rest: String) {
    let first = "  \(id)  "
    return (first, String(repeating: " ", count: first.count))
  }

  /// A mentee's name with their form: `Zoë Brontë (11B)`.
  private func menteeName(_ menteeID: String) -> String {
    guard let mentee = school.mentees[menteeID] else { return menteeID }
    return mentee.form.isEmpty ? mentee.displayName : "\(mentee.displayName) (\(mentee.form))"
  }

  /// Several mentees' names, each once, joined with commas and `and`.
  private func menteeNames(_ ids: [String]) -> String {
    var seen: Set<String> = []
    let names = ids.filter { seen.insert($0).inserted }.map(menteeName)
    guard names.count > 1 else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
  }

  /// Items grouped by a key, groups in the order their first item comes.
  private func grouped<Item>(_ items: [Item], by key: (Item) -> String) -> [(String, [Item])] {
    var order: [String] = []
    var groups: [String: [Item]] = [:]
    for item in items {
      let value = key(item)
      if groups[value] == nil { order.append(value) }
      groups[value, default: []].append(item)
    }
    return order.map { ($0, groups[$0] ?? []) }
  }

  /// Text wrapped at spaces to `width`: the first line after `indent`, the rest after
  /// `hanging` (the same as `indent` unless given). A word longer than a line stays whole.
  static func wrap(_ text: String, indent: String = "", hanging: String? = nil) -> [String] {
    var lines: [String] = []
    var line = indent
    var lineIsEmpty = true
    for word in text.split(separator: " ") {
      if !lineIsEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = hanging ?? indent
        lineIsEmpty = true
      }
      line += (lineIsEmpty ? "" : " ") + word
      lineIsEmpty = false
    }
    lines.append(line)
    return lines
  }

  /// A number with its noun, singular or plural.
  private func counted(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
