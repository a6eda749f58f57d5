/// The minutes as one self-contained, print-ready HTML page (A4), built from the Markdown
/// structure's parts so that both exports always say the same thing.
public struct MinutesHTML {
    public let language: Language

    public init(language: Language) { self.language = language }

    private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    static let stylesheet = """
        @page { size: A4; margin: 2cm 2cm 2.5cm 2cm; }
        body { font-family: "DejaVu Serif", Georgia, serif; font-size: 11pt; line-height: 1.4; color: #000;
               max-width: 17cm; margin: 1cm auto; }
        h1 { font-size: 18pt; margin-bottom: 0.2em; }
        h2 { font-size: 14pt; border-bottom: 1px solid #444; margin-top: 1.4em; page-break-after: avoid; }
        h3 { font-size: 12pt; margin-bottom: 0.3em; page-break-after: avoid; }
        table { border-collapse: collapse; margin: 0.4em 0; page-break-inside: avoid; }
        th, td { border: 1px solid #666; padding: 0.15em 0.6em; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        .meta, .base { color: #333; }
        @media print { a { color: #000; text-decoration: none; } }
        """

    public func render(_ document: MinutesDocument) -> String {
        let session = document.session
        var out: [String] = [
            "<!DOCTYPE html>", "<html lang=\"\(language.rawValue)\">", "<head>", "<meta charset=\"utf-8\">",
            "<title>\(e(t("Compte rendu", "Minutes"))) — \(e(session.title))</title>",
            "<style>\n\(MinutesHTML.stylesheet)\n</style>", "</head>", "<body>",
            "<h1>\(e(t("Compte rendu", "Minutes"))) — \(e(session.title))</h1>",
        ]
        // Said as in the Markdown: the adoption date is part of the state.
        let adopted =
            document.status.adoptedAt.map { e(t(" le ", " on ") + DateFormat.long($0.day, language)) } ?? ""
        var meta = [e(document.council.name), e(DateFormat.long(session.date, language))]
        if let place = session.place { meta.append(e(place)) }
        out.append(
            "<p class=\"meta\">\(meta.joined(separator: " · "))<br>\(e(t("État : ", "State: ")))\(e(document.status.state.name.text(language)))\(adopted)</p>"
        )
        let attendance = document.attendance
        out.append("<h2>\(e(t("Présences", "Attendance")))</h2>")
        out.append("<ul>")
        for (label, members) in [
            (t("Présents", "Present"), attendance.present), (t("Excusés", "Excused"), attendance.excused),
            (t("Absents", "Absent"), attendance.absent),
        ] {
            out.append(
                "<li>\(e(label)) (\(members.count)) : \(members.isEmpty ? "—" : members.map { e($0.name) }.joined(separator: ", "))</li>"
            )
        }
        out.append(
            "<li>Quorum : \(e(attendance.quorumReached ? t("atteint", "reached") : t("non atteint", "not reached"))) (\(attendance.present.count) / \(attendance.required))</li>"
        )
        out.append("</ul>")
        for (index, section) in document.sections.enumerated() {
            out.append(
                section.item.map { "<h2>\(index + 1). \(e($0.title))</h2>" }
                    ?? "<h2>\(e(t("Divers", "Other business")))</h2>")
            for note in section.entries where note.kind == .note {
                out.append("<p>" + note.text.map(e).joined(separator: "<br>") + "</p>")
            }
            list(
                section.entries.filter { $0.kind == .decision }, title: t("Décisions", "Decisions"), document,
                &out)
            list(
                section.entries.filter { $0.kind == .action }, title: t("Actions", "Actions"), document, &out)
            for results in section.polls { poll(results, &out) }
        }
        out.append(contentsOf: ["</body>", "</html>"])
        return out.joined(separator: "\n") + "\n"
    }

    private func list(
        _ entries: [MinutesEntry], title: String, _ document: MinutesDocument, _ out: inout [String]
    ) {
        guard !entries.isEmpty else { return }
        out.append("<h3>\(e(title))</h3>")
        out.append("<ul>")
        for entry in entries {
            var text = e(entry.body)
            if let who = entry.who { text += " — " + e(document.council.member(who)?.name ?? who) }
            if let due = entry.due {
                text += e(t(" — échéance : ", " — due: ") + DateFormat.long(due, language))
            }
            out.append("<li>\(text)</li>")
        }
        out.append("</ul>")
    }

    private func poll(_ results: PollResults, _ out: inout [String]) {
        out.append("<h3>\(e(t("Scrutin", "Poll"))) : \(e(results.poll.question))</h3>")
        guard results.poll.resultsVisible else {
            out.append(
                "<p>\(e(t("Résultats masqués jusqu'à la clôture.", "Results hidden until the poll closes.")))</p>"
            )
            return
        }
        switch results.poll.kind {
        case .yesno, .choice, .multi:
            out.append(
                "<table><tr><th>\(e(t("Réponse", "Answer")))</th><th>\(e(t("Voix", "Votes")))</th><th>%</th></tr>"
            )
            for option in results.options {
                out.append(
                    "<tr><td>\(e(option.label))</td><td class=\"n\">\(option.count)</td><td class=\"n\">\(e(option.percent?.formatted(language) ?? "—"))</td></tr>"
                )
            }
            out.append("</table>")
        case .words:
            out.append(
                "<table><tr><th>\(e(t("Réponse", "Answer")))</th><th>\(e(t("Citations", "Mentions")))</th></tr>"
            )
            for answer in results.answers {
                out.append("<tr><td>\(e(answer.text))</td><td class=\"n\">\(answer.count)</td></tr>")
            }
            out.append("</table>")
        case .text:
            out.append("<ul>" + results.texts.map { "<li>\(e($0))</li>" }.joined() + "</ul>")
        }
        out.append("<p class=\"base\">\(e(ResultsText(language: language).baseLine(results)))</p>")
        if let note = results.moderationNote(language) { out.append("<p class=\"base\">\(e(note))</p>") }
        // A second round shows the first beside it, as the Markdown does.
        if let previous = results.previous {
            out.append("<p>\(e(t("Avant / après :", "Before / after:")))</p>")
            out.append(
                "<table><tr><th>\(e(t("Réponse", "Answer")))</th><th>\(e(t("Avant", "Before")))</th>"
                    + "<th>\(e(t("Après", "After")))</th><th>\(e(t("Écart", "Change")))</th></tr>")
            for row in RoundComparison(before: previous, after: results).rows {
                out.append(
                    "<tr><td>\(e(row.label))</td><td class=\"n\">\(row.before)</td><td class=\"n\">\(row.after)</td>"
                        + "<td class=\"n\">\(row.changeText)</td></tr>")
            }
            out.append("</table>")
        }
    }

    private func e(_ text: String) -> String { HTMLText.escape(text) }
}
