import ConseilCore

// The forms' part of `update`: which fields each form has, and the effect it submits.

func fillForm(_ key: Key, _ state: inout AppState) -> [Effect] {
    guard var form = state.form else { return [] }
    switch form.handle(key) {
    case .editing:
        state.form = form
        return []
    case .cancelled:
        state.form = nil
        return []
    case .submitted:
        // The form stays open until the store answers (`apply(_:of:_:)`): a refusal leaves
        // everything typed in place.
        let effects = submit(form)
        form.submitted = effects.first
        state.form = form
        return effects
    }
}

/// A new item, or the selected one to edit (its title, planned duration and presenter filled in).
func openAgendaItemForm(_ state: inout AppState, editing item: AgendaItem? = nil) {
    guard let session = state.data.session else { return }
    state.form = Form(
        purpose: item.map { .editAgendaItem(id: $0.id) } ?? .newAgendaItem(session: session.id),
        title: item == nil
            ? Localized(fr: "Nouveau point de l'ordre du jour", en: "New agenda item")
            : Localized(fr: "Modifier le point", en: "Edit the item"),
        fields: [
            .text(label: Localized(fr: "Titre", en: "Title"), value: item?.title ?? "", limit: 200),
            .number(
                label: Localized(fr: "Durée (minutes)", en: "Duration (minutes)"),
                value: item?.duration.map(String.init) ?? ""),
            .text(
                label: Localized(
                    fr: "Présenté par (identifiant, facultatif)", en: "Presenter (member id, optional)"),
                value: item?.presenter ?? "", limit: 64),
        ],
        inputs: [.title, .duration, .presenter])
}

func openStatusNoteForm(_ proposal: String, _ target: ProposalStatus, _ state: inout AppState) {
    state.form = Form(
        purpose: .statusChange(proposal: proposal, to: target),
        title: Localized(fr: "Passer à « \(target.name.fr) »", en: "Move to “\(target.name.en)”"),
        fields: [
            .text(label: Localized(fr: "Note (facultative)", en: "Note (optional)"), value: "", limit: 2000),
            .number(
                label: Localized(fr: "Avancement % (facultatif)", en: "Progress % (optional)"), value: ""),
            .text(
                label: Localized(
                    fr: "Prochaine revue (AAAA-MM-JJ, facult.)", en: "Next review (YYYY-MM-DD, opt.)"),
                value: "", limit: 10),
        ],
        inputs: [.note, .progress, .review])
}

private func submit(_ form: Form) -> [Effect] {
    switch form.purpose {
    case .newPoll(let session, let earlier, let items):
        return [.createPoll(pollRequest(form, session: session, earlier: earlier, items: items))]
    case .editPoll(let id, let session, let earlier, let items):
        return [.updateDraftPoll(id: id, pollRequest(form, session: session, earlier: earlier, items: items))]
    case .handCount(let poll, let labels):
        let counts = labels.indices.map { Int(form.text($0)) ?? 0 }
        let voters = form.fields.count > labels.count ? Int(form.text(labels.count)) : nil
        return [.addHandCount(poll: poll, counts: counts, voters: voters)]
    case .actionDetails(let session, let entry):
        return [.setActionDetails(session: session, entry: entry, who: form.text(0), due: form.text(1))]
    case .wordCount(let poll):
        return [.addWordCount(poll: poll, words: form.text(0), voters: Int(form.text(1)))]
    case .newAgendaItem(let session):
        return [
            .addAgendaItem(
                session: session, title: form.text(0), duration: Int(form.text(1)), presenter: form.text(2))
        ]
    case .editAgendaItem(let id):
        return [
            .updateAgendaItem(
                id: id, title: form.text(0), duration: Int(form.text(1)), presenter: form.text(2))
        ]
    case .statusChange(let proposal, let target):
        let note = WordNormaliser.tidy(form.text(0))
        let review = form.text(2).trimmingASCIISpaces
        return [
            .changeStatus(
                proposal: proposal, to: target, note: note.isEmpty ? nil : note, progress: Int(form.text(1)),
                review: review.isEmpty ? nil : review)
        ]
    case .newSession:
        return [
            .createSession(title: form.text(0), date: form.text(1).trimmingASCIISpaces, place: form.text(2))
        ]
    case .newProposal:
        return [
            .addProposal(
                ProposalRequest(
                    title: form.text(0), theme: form.text(1), description: form.text(2), owner: form.text(3),
                    review: form.text(4)))
        ]
    }
}
