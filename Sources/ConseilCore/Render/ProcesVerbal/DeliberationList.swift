/// The list of the deliberations examined at a session, for posting within a week
/// (L2121-25): each vote taken with its result, and each decision recorded, in agenda order.
/// Markdown, so that it prints as it is or through pandoc.
public struct DeliberationList {
    public let language: Language

    public init(language: Language) { self.language = language }

    private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    public func render(_ document: MinutesDocument) -> String {
        let pv = ProcesVerbal(document, language: language)
        let session = document.session
        var out = [
            "# " + t("Liste des délibérations", "List of deliberations") + " — " + inline(document.council.name), "",
            t("Séance du ", "Session of ") + DateFormat.long(session.date, language) + " — " + inline(session.title)
                + (session.place.map { " (\(inline($0)))" } ?? ""),
            "",
        ]
        var number = 0
        for (_, section) in pv.sections {
            let item = section.item.map { " [" + inline($0.title) + "]" } ?? ""
            for results in pv.deliberations(section) {
                number += 1
                out.append("\(number). " + inline(results.poll.question) + item + " — " + outcome(results))
            }
            for decision in section.entries where decision.kind == .decision {
                number += 1
                out.append("\(number). " + t("Décision : ", "Decision: ") + inline(decision.body) + item)
            }
        }
        if number == 0 { out.append(t("Aucune délibération.", "No deliberation.")) }
        out += ["", inline(pv.state)]
        let text = out.joined(separator: "\n") + "\n"
        return language == .fr ? FrenchTypography.apply(text) : text
    }

    /// The votes per answer and the base, or what withholds them.
    private func outcome(_ results: PollResults) -> String {
        guard results.poll.resultsVisible else {
            return t("résultats masqués jusqu'à la clôture", "results hidden until the poll closes")
        }
        let base = ResultsText(language: language).baseLine(results)
        guard results.poll.kind.hasOptions else { return base }
        let counts = results.options.map { inline($0.label) + " : " + Numbers.formatted($0.count, language) }
        return counts.joined(separator: ", ") + " — " + base
    }

    private func inline(_ text: String) -> String { MarkdownText.escape(text) }
}
