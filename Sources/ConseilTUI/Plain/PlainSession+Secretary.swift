import ConseilCore
import ConseilStore

// The secretary's tasks in the plain line mode: attendance and notes.
extension PlainSession {
    func takeAttendance() {
        guard let session = data.session else { return io.say(t("Aucune séance.", "No session.")) }
        let members = data.council.members
        let statuses: [AttendanceStatus] = [.present, .excused, .absent]
        while let index = choose(
            t("Présences, choisissez un membre", "Attendance, choose a member"),
            members.map { $0.name + " : " + (data.attendance[$0.id] ?? .absent).name.text(language) },
            back: t("Terminer les présences", "Finish attendance"))
        {
            let member = members[index]
            guard
                let choice = choose(
                    member.name, statuses.map { $0.name.text(language) })
            else { continue }
            change {
                _ = try useCases.recordAttendance(
                    session: session.id, member: member.id, status: statuses[choice])
                return t("Enregistré : ", "Recorded: ") + member.name + ", "
                    + statuses[choice].name.text(language) + "."
            }
        }
    }

    func writeNote() {
        guard let session = data.session else { return io.say(t("Aucune séance.", "No session.")) }
        let items = data.agenda
        io.say(t("Où va la note ?", "Where does the note go?"))
        let whole = t("La séance entière", "The whole session")
        guard let choice = choose(t("Points", "Items"), [whole] + items.map(\.title)) else { return }
        io.say(
            t(
                "Tapez la note, ligne par ligne. Une ligne vide la termine.",
                "Type the note, line by line. An empty line ends it."))
        var lines: [String] = []
        while let line = io.readLine(), !line.trimmingLeadingSpaces.isEmpty { lines.append(line) }
        guard !lines.isEmpty else {
            return io.say(t("Note vide : rien n'est écrit.", "Empty note: nothing is written."))
        }
        change {
            _ = try useCases.saveMinutesEntry(
                MinutesDraftEntry(
                    session: session.id, item: choice == 0 ? nil : items[choice - 1].id, kind: .note,
                    text: lines.joined(separator: "\n")))
            return t("Note enregistrée.", "Note saved.")
        }
    }
}
