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

private let kinds: [PollKind] = [.yesno, .choice, .multi, .words, .text, .grades]

func openPollForm(_ state: inout AppState) {
    guard let session = state.data.session else { return }
    let earlier = state.data.polls.map(\.poll)
    state.form = Form(
        purpose: .newPoll(session: session.id, earlierRounds: earlier.map(\.id)),
        title: Localized(fr: "Nouveau scrutin (brouillon)", en: "New poll (draft)"),
        fields: [
            .choice(label: Localized(fr: "Type", en: "Kind"), options: kinds.map(\.name), index: 0),
            .text(label: Localized(fr: "Question", en: "Question"), value: "", limit: Poll.maxQuestionLength),
            .text(
                label: Localized(fr: "Options (séparées par ;)", en: "Options (split by ;)"), value: "",
                limit: 2000),
            .number(
                label: Localized(fr: "Réponses max. (multi, mots)", en: "Max answers (multi, words)"),
                value: ""),
            .toggle(label: Localized(fr: "Abstention", en: "Abstention"), on: false),
            .toggle(label: Localized(fr: "Anonyme", en: "Anonymous"), on: false),
            .toggle(label: Localized(fr: "Résultats masqués", en: "Hidden results"), on: false),
            .choice(
                label: Localized(fr: "Second tour de", en: "Second round of"),
                options: [Localized(fr: "aucun", en: "none")]
                    + earlier.map {
                        Localized(fr: String($0.question.prefix(50)), en: String($0.question.prefix(50)))
                    },
                index: 0),
        ] + PollRulesForm.fields + [
            // Who may answer from a phone on `conseil serve`, as `poll new --voters`.
            .choice(
                label: Localized(fr: "Téléphones", en: "Phones"),
                options: PollVoters.allCases.map(\.phoneChoice), index: 0)
        ],
        inputs: [.kind, .question, .options, .maxAnswers, .abstain, nil, nil, nil] + PollRulesForm.inputs + [
            nil
        ])
}

func openHandCountForm(_ state: inout AppState) {
    guard let results = state.selectedPoll else { return }
    let poll = results.poll
    guard poll.kind.hasOptions, poll.state != .closed else {
        state.message = Localized(
            fr: "main levée : pour un scrutin à options, brouillon ou ouvert (les mots : conseil poll count)",
            en: "show of hands: for an option poll, draft or open (words: conseil poll count)")
        return
    }
    var fields = poll.options.map { Form.Field.number(label: Localized(fr: $0, en: $0), value: "") }
    var inputs = [InputField?](repeating: .hands, count: fields.count)
    if poll.kind == .multi {
        fields.append(.number(label: Localized(fr: "Personnes", en: "People"), value: ""))
        inputs.append(.voters)
    }
    state.form = Form(
        purpose: .handCount(poll: poll.id, labels: poll.options),
        title: Localized(
            fr: "Main levée : \(poll.question.prefix(60))", en: "Show of hands: \(poll.question.prefix(60))"),
        fields: fields, inputs: inputs)
}

/// A new item, or the selected one to edit (its title and planned duration filled in).
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
        ],
        inputs: [.title, .duration])
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
    case .newPoll(let session, let earlier):
        let options = form.text(2).split(separator: ";").map { WordNormaliser.tidy(String($0)) }.filter {
            !$0.isEmpty
        }
        let afterIndex = form.choice(7)
        return [
            .createPoll(
                PollRequest(
                    session: session, kind: kinds[form.choice(0)], question: form.text(1), options: options,
                    maxAnswers: Int(form.text(3)), abstain: form.isOn(4), anonymous: form.isOn(5),
                    hideResults: form.isOn(6),
                    after: afterIndex == 0 ? nil : earlier[afterIndex - 1],
                    rules: PollRulesForm.rules(form, from: 8),
                    voters: PollVoters.allCases[form.choice(8 + PollRulesForm.fields.count)]))
        ]
    case .handCount(let poll, let labels):
        let counts = labels.indices.map { Int(form.text($0)) ?? 0 }
        let voters = form.fields.count > labels.count ? Int(form.text(labels.count)) : nil
        return [.addHandCount(poll: poll, counts: counts, voters: voters)]
    case .newAgendaItem(let session):
        return [.addAgendaItem(session: session, title: form.text(0), duration: Int(form.text(1)))]
    case .editAgendaItem(let id):
        return [.updateAgendaItem(id: id, title: form.text(0), duration: Int(form.text(1)))]
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

extension PollVoters {
    /// The form's wording of who answers from a phone.
    fileprivate var phoneChoice: Localized {
        switch self {
        case .members: Localized(fr: "membres (code personnel)", en: "members (personal code)")
        case .room: Localized(fr: "toute la salle (code de salle)", en: "whole room (room code)")
        }
    }
}
