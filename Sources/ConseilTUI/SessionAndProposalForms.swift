import ConseilCore

// The forms that spare people the shell for a new session and a new proposal.

/// `N` in the session picker: a title, a date (today's by default) and a place.
func openSessionForm(_ state: inout AppState) {
    state.form = Form(
        purpose: .newSession,
        title: Localized(fr: "Nouvelle séance", en: "New session"),
        fields: [
            .text(label: Localized(fr: "Titre", en: "Title"), value: "", limit: 200),
            .text(
                label: Localized(fr: "Date (AAAA-MM-JJ)", en: "Date (YYYY-MM-DD)"),
                value: state.now.day.description, limit: 10),
            .text(label: Localized(fr: "Lieu (facultatif)", en: "Place (optional)"), value: "", limit: 200),
        ],
        inputs: [.title, .date, .place])
}

/// `N` on the proposals: what `proposal add` takes.
func openProposalForm(_ state: inout AppState) {
    state.form = Form(
        purpose: .newProposal,
        title: Localized(fr: "Nouvelle proposition (déposée)", en: "New proposal (submitted)"),
        fields: [
            .text(label: Localized(fr: "Titre", en: "Title"), value: "", limit: 300),
            .text(label: Localized(fr: "Thème (facultatif)", en: "Theme (optional)"), value: "", limit: 100),
            .text(
                label: Localized(fr: "Description (facultative)", en: "Description (optional)"), value: "",
                limit: 2000),
            .text(
                label: Localized(
                    fr: "Responsable (identifiant, facultatif)", en: "Owner (member id, optional)"),
                value: "", limit: 64),
            .text(
                label: Localized(
                    fr: "Prochaine revue (AAAA-MM-JJ, facult.)", en: "Next review (YYYY-MM-DD, opt.)"),
                value: "", limit: 10),
        ],
        inputs: [.title, .theme, .description, .owner, .review])
}

/// `E` on the agenda moves the session on: prévue → en cours → close (closing asks first).
func advanceSession(_ state: inout AppState) -> [Effect] {
    guard let session = state.data.session else { return [] }
    switch session.state {
    case .planned: return [.setSessionState(session: session.id, to: .running)]
    case .running: state.confirmation = .closing(session)
    case .closed:
        state.message = Localized(fr: "la séance est close", en: "the session is closed")
    }
    return []
}
