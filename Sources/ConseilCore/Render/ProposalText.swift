/// A proposal and its whole history as lines of text: what `conseil proposal show` prints
/// and what the plain line mode reads out. Typed text is made inert.
public struct ProposalText {
    public let language: Language

    public init(language: Language) { self.language = language }

    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    public func lines(_ record: ProposalRecord, council: Council) -> [String] {
        let proposal = record.proposal
        var out = [InertText.make(proposal.title)]
        out += proposal.description.map { "  " + InertText.make($0) }
        out.append(t("Statut : ", "Status: ") + record.status.name.text(language) + " — \(record.progress) %")
        if let theme = proposal.theme { out.append(t("Thème : ", "Theme: ") + InertText.make(theme)) }
        if let origin = proposal.origin { out.append(t("Origine : ", "Origin: ") + InertText.make(origin)) }
        if let owner = proposal.owner {
            out.append(t("Responsable : ", "Owner: ") + InertText.make(council.member(owner)?.name ?? owner))
        }
        if let review = record.nextReview {
            out.append(t("Prochaine revue : ", "Next review: ") + DateFormat.long(review, language))
        }
        out += ["", t("Historique :", "History:")]
        for event in record.history {
            var line = "  \(DateFormat.long(event.at.day, language))  \(event.status.name.text(language))"
            if let progress = event.progress, event.status == .inProgress { line += " (\(progress) %)" }
            line += " — " + InertText.make(council.member(event.by)?.name ?? event.by)
            if let note = event.note { line += " : " + InertText.make(note) }
            out.append(line)
        }
        return out
    }
}
