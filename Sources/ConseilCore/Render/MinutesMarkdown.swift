/// The minutes as Markdown: attendance, each agenda item with its notes, decisions, actions
/// and the results of its polls. Typed text goes through `MarkdownText`: shown, never markup.
public struct MinutesMarkdown {
    public let language: Language

    public init(language: Language) { self.language = language }

    private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    public func render(_ document: MinutesDocument) -> String {
        var out: [String] = []
        let session = document.session
        out.append("# " + t("Compte rendu", "Minutes") + " — " + inline(session.title))
        out.append("")
        var header = [inline(document.council.name), DateFormat.long(session.date, language)]
        if let place = session.place { header.append(inline(place)) }
        out.append(header.joined(separator: " · "))
        out.append("")
        out.append(
            t("État : ", "State: ") + document.status.state.name.text(language)
                + (document.status.adoptedAt.map { t(" le ", " on ") + DateFormat.long($0.day, language) }
                    ?? ""))
        out.append("")
        out.append("## " + t("Présences", "Attendance"))
        out.append("")
        let attendance = document.attendance
        out.append(line(t("Présents", "Present"), attendance.present))
        out.append(line(t("Excusés", "Excused"), attendance.excused))
        out.append(line(t("Absents", "Absent"), attendance.absent))
        out.append(
            "- " + t("Quorum", "Quorum") + " : "
                + (attendance.quorumReached ? t("atteint", "reached") : t("non atteint", "not reached"))
                + t(
                    " (\(attendance.present.count) présent\(attendance.present.count > 1 ? "s" : ""), \(attendance.required) requis)",
                    " (\(attendance.present.count) present, \(attendance.required) required)"))
        for (index, section) in document.sections.enumerated() {
            out.append("")
            if let item = section.item {
                out.append("## \(index + 1). " + inline(item.title))
            } else {
                out.append("## " + t("Divers", "Other business"))
            }
            out.append(contentsOf: entries(section.entries, document.council))
            for results in section.polls { out.append(contentsOf: pollSection(results)) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func line(_ label: String, _ members: [Member]) -> String {
        "- \(label) (\(members.count)) : "
            + (members.isEmpty ? "—" : members.map { inline($0.name) }.joined(separator: ", "))
    }

    private func entries(_ entries: [MinutesEntry], _ council: Council) -> [String] {
        var out: [String] = []
        let notes = entries.filter { $0.kind == .note }
        let decisions = entries.filter { $0.kind == .decision }
        let actions = entries.filter { $0.kind == .action }
        if !notes.isEmpty {
            out.append("")
            for note in notes {
                out.append(contentsOf: note.text.map(MarkdownText.escape))
                out.append("")
            }
            out.removeLast()
        }
        if !decisions.isEmpty {
            out.append("")
            out.append("### " + t("Décisions", "Decisions"))
            out.append("")
            out.append(contentsOf: decisions.map { "- " + inline($0.body) })
        }
        if !actions.isEmpty {
            out.append("")
            out.append("### " + t("Actions", "Actions"))
            out.append("")
            for action in actions {
                var text = "- " + inline(action.body)
                if let who = action.who { text += " — " + inline(council.member(who)?.name ?? who) }
                if let due = action.due {
                    text += t(" — échéance : ", " — due: ") + DateFormat.long(due, language)
                }
                out.append(text)
            }
        }
        return out
    }

    /// One poll's results as a Markdown section, also used by `poll results --format md`.
    public func pollSection(_ results: PollResults) -> [String] {
        var out = ["", "### " + t("Scrutin", "Poll") + " : " + inline(results.poll.question), ""]
        guard results.poll.resultsVisible else {
            out.append(t("Résultats masqués jusqu'à la clôture.", "Results hidden until the poll closes."))
            return out
        }
        switch results.poll.kind {
        case .yesno, .choice, .multi:
            out.append(t("| Réponse | Voix | % |", "| Answer | Votes | % |"))
            out.append("|---|---:|---:|")
            for option in results.options {
                out.append(
                    "| \(inline(option.label)) | \(option.count) | \(option.percent?.formatted(language) ?? "—") |"
                )
            }
        case .words:
            out.append(t("| Réponse | Citations |", "| Answer | Mentions |"))
            out.append("|---|---:|")
            for answer in results.answers { out.append("| \(inline(answer.text)) | \(answer.count) |") }
        case .text:
            out.append(contentsOf: results.texts.map { "- " + inline($0) })
        }
        out.append("")
        out.append(ResultsText(language: language).baseLine(results))
        if let note = results.moderationNote(language) { out += ["", note] }
        if let previous = results.previous {
            out.append("")
            out.append(t("Avant / après :", "Before / after:"))
            out.append("")
            let comparison = RoundComparison(before: previous, after: results)
            out.append(t("| Réponse | Avant | Après | Écart |", "| Answer | Before | After | Change |"))
            out.append("|---|---:|---:|---:|")
            for row in comparison.rows {
                out.append("| \(inline(row.label)) | \(row.before) | \(row.after) | \(row.changeText) |")
            }
        }
        return out
    }

    /// Typed text on one line, in prose or in a table cell (`|` is escaped too).
    private func inline(_ text: String) -> String { MarkdownText.escape(text) }
}
