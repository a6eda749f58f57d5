/// The lifecycle of a proposal (DESIGN.md §6):
/// déposée → à l'étude → adoptée | rejetée | reportée; reportée → à l'étude;
/// adoptée → en cours | abandonnée; en cours → réalisée | abandonnée.
public enum ProposalStatus: String, Codable, Sendable, CaseIterable {
    case submitted = "deposee"
    case underStudy = "a-l-etude"
    case adopted = "adoptee"
    case rejected = "rejetee"
    case postponed = "reportee"
    case inProgress = "en-cours"
    case done = "realisee"
    case abandoned = "abandonnee"

    public var name: Localized {
        switch self {
        case .submitted: Localized(fr: "déposée", en: "submitted")
        case .underStudy: Localized(fr: "à l'étude", en: "under study")
        case .adopted: Localized(fr: "adoptée", en: "adopted")
        case .rejected: Localized(fr: "rejetée", en: "rejected")
        case .postponed: Localized(fr: "reportée", en: "postponed")
        case .inProgress: Localized(fr: "en cours", en: "in progress")
        case .done: Localized(fr: "réalisée", en: "done")
        case .abandoned: Localized(fr: "abandonnée", en: "abandoned")
        }
    }

    public var next: [ProposalStatus] {
        switch self {
        case .submitted: [.underStudy]
        case .underStudy: [.adopted, .rejected, .postponed]
        case .postponed: [.underStudy]
        case .adopted: [.inProgress, .abandoned]
        case .inProgress: [.done, .abandoned]
        case .rejected, .done, .abandoned: []
        }
    }

    /// Reads "adoptée", "Adoptee", "à l'étude", "a-l-etude", "en cours", "adopted"…
    public static func parse(_ text: String) throws -> ProposalStatus {
        let folded = TextFolding.foldAccentsAndCase(text)
        let normalised = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
        for status in allCases
        where normalised == status.rawValue
            || normalised
                == TextFolding.foldAccentsAndCase(status.name.fr).split(whereSeparator: { !$0.isLetter })
                .joined(separator: "-")
            || normalised == status.name.en.split(separator: " ").joined(separator: "-")
        {
            return status
        }
        throw ConseilError(
            fr: "statut inconnu : « \(InertText.make(text)) » ; statuts : "
                + allCases.map(\.rawValue).joined(separator: ", "),
            en: "unknown status: “\(InertText.make(text))”; statuses: "
                + allCases.map(\.rawValue).joined(separator: ", "))
    }

    /// Throws unless the lifecycle allows going from `self` to `target`.
    public func checkMove(to target: ProposalStatus) throws {
        guard next.contains(target) else {
            let allowed = next.map { "\($0.rawValue) (\($0.name.fr))" }.joined(separator: ", ")
            let allowedEn = next.map { "\($0.rawValue) (\($0.name.en))" }.joined(separator: ", ")
            throw ConseilError(
                fr: "passage impossible de « \(name.fr) » à « \(target.name.fr) » ; "
                    + (next.isEmpty ? "ce statut est final" : "statuts possibles : \(allowed)"),
                en: "cannot go from “\(name.en)” to “\(target.name.en)”; "
                    + (next.isEmpty ? "this status is final" : "possible statuses: \(allowedEn)"))
        }
    }
}
