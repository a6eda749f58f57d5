/// The parts of the minutes in HTML that the procès-verbal (`ProcesVerbalHTML`) lays out:
/// a list of entries, a poll's results. Text is escaped, inert, and spaced the French way.
public struct MinutesHTML {
    public let language: Language

    public init(language: Language) { self.language = language }

    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    func list(
        _ entries: [MinutesEntry], title: String, _ document: MinutesDocument, _ out: inout [String]
    ) {
        guard !entries.isEmpty else { return }
        out.append("<h3>\(e(title))</h3>")
        out.append("<ul>")
        for entry in entries {
            var text = e(entry.body + document.vote(carrying: entry, language))
            if let who = entry.who { text += " — " + e(document.council.member(who)?.name ?? who) }
            if let due = entry.due {
                text += e(t(" — échéance : ", " — due: ") + DateFormat.long(due, language))
            }
            out.append("<li>\(text)</li>")
        }
        out.append("</ul>")
    }

    func poll(_ results: PollResults, _ out: inout [String]) {
        out.append("<h3>\(e(t("Scrutin", "Poll") + " : " + results.poll.question))</h3>")
        guard results.poll.resultsVisible else {
            out.append(
                "<p>\(e(t("Résultats masqués jusqu'à la clôture.", "Results hidden until the poll closes.")))</p>"
            )
            return
        }
        switch results.poll.kind {
        case .yesno, .choice, .multi:
            out.append(
                "<table><thead><tr><th>\(e(t("Réponse", "Answer")))</th><th>\(e(t("Voix", "Votes")))</th><th>%</th></tr></thead><tbody>"
            )
            for option in results.options {
                out.append(
                    "<tr><td>\(e(option.label))</td><td class=\"n\">\(option.count)</td><td class=\"n\">\(e(option.percent?.formatted(language) ?? "—"))</td></tr>"
                )
            }
            out.append("</tbody></table>")
        case .words:
            out.append(
                "<table><thead><tr><th>\(e(t("Réponse", "Answer")))</th><th>\(e(t("Citations", "Mentions")))</th></tr></thead><tbody>"
            )
            for answer in results.answers {
                out.append("<tr><td>\(e(answer.text))</td><td class=\"n\">\(answer.count)</td></tr>")
            }
            out.append("</tbody></table>")
        case .text:
            out.append("<ul>" + results.texts.map { "<li>\(e($0))</li>" }.joined() + "</ul>")
        case .grades:
            rankingTable(results, &out)
        }
        out.append("<p class=\"base\">\(e(ResultsText(language: language).baseLine(results)))</p>")
        decisions(results, &out)
        if let note = results.moderationNote(language) { out.append("<p class=\"base\">\(e(note))</p>") }
        // A second round shows the first beside it, as the Markdown does.
        if let previous = results.previous {
            out.append("<p>\(e(t("Avant / après :", "Before / after:")))</p>")
            out.append(
                "<table><thead><tr><th>\(e(t("Réponse", "Answer")))</th><th>\(e(t("Avant", "Before")))</th>"
                    + "<th>\(e(t("Après", "After")))</th><th>\(e(t("Écart", "Change")))</th></tr></thead><tbody>"
            )
            for row in RoundComparison(before: previous, after: results).rows {
                out.append(
                    "<tr><td>\(e(row.label))</td><td class=\"n\">\(row.before)</td><td class=\"n\">\(row.after)</td>"
                        + "<td class=\"n\">\(row.changeText)</td></tr>")
            }
            out.append("</tbody></table>")
        }
    }

    /// Escapes for HTML and makes typed text inert (`HTMLText.escape`); in French, spaced first
    /// by `FrenchTypography`.
    func e(_ text: String) -> String {
        HTMLText.escape(language == .fr ? FrenchTypography.apply(text) : text)
    }
}
