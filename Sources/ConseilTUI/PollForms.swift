import ConseilCore
import ConseilStore

// The poll form, new or editing a draft: one list of fields, one reading of them.

private let kinds: [PollKind] = [.yesno, .choice, .multi, .words, .text, .grades]

/// Field positions of the poll form (the rules' fields start at `rules`).
private enum PollField {
    static let kind = 0, question = 1, options = 2, maxAnswers = 3, abstain = 4, anonymous = 5
    static let hidden = 6, after = 7, rules = 8
    static let phones = rules + PollRulesForm.fields.count
    static let item = phones + 1
}

/// `N` on the polls: a new draft, attached by default to the item under way.
func openPollForm(_ state: inout AppState) {
    guard let session = state.data.session else { return }
    var draft = PollDraft(session: session.id, kind: .yesno, question: "")
    draft.item = state.data.agenda.first { $0.state == .running }?.id
    state.form = pollForm(
        .newPoll(
            session: session.id, earlierRounds: state.data.polls.map(\.poll.id),
            items: state.data.agenda.map(\.id)),
        Localized(fr: "Nouveau scrutin (brouillon)", en: "New poll (draft)"), draft, state)
}

/// `e` on a draft poll: the same form, filled in; an open or closed poll says why not.
func openDraftPollForm(_ state: inout AppState) {
    guard let poll = state.selectedPoll?.poll else { return }
    do {
        try poll.requireDraft(Poll.edited)
    } catch let error as ConseilError {
        state.message = error.message
        return
    } catch { return }
    state.form = pollForm(
        .editPoll(
            id: poll.id, session: poll.session,
            earlierRounds: state.data.polls.map(\.poll.id).filter { $0 != poll.id },
            items: state.data.agenda.map(\.id)),
        Localized(fr: "Modifier le brouillon", en: "Edit the draft"), PollDraft(editing: poll), state)
}

private func pollForm(_ purpose: FormPurpose, _ title: Localized, _ draft: PollDraft, _ state: AppState)
    -> Form
{
    let earlier = state.data.polls.map(\.poll).filter { poll in
        if case .editPoll(let id, _, _, _) = purpose { return poll.id != id }
        return true
    }
    let none = Localized(fr: "aucun", en: "none")
    func short(_ text: String) -> Localized {
        let cut = String(text.prefix(50))
        return Localized(fr: cut, en: cut)
    }
    return Form(
        purpose: purpose, title: title,
        fields: [
            .choice(
                label: Localized(fr: "Type", en: "Kind"), options: kinds.map(\.name),
                index: kinds.firstIndex(of: draft.kind) ?? 0),
            .text(
                label: Localized(fr: "Question", en: "Question"), value: draft.question,
                limit: Poll.maxQuestionLength),
            .text(
                label: Localized(fr: "Options (séparées par ;)", en: "Options (split by ;)"),
                value: draft.options.joined(separator: " ; "), limit: 2000),
            .number(
                label: Localized(fr: "Réponses max. (multi, mots)", en: "Max answers (multi, words)"),
                value: draft.maxAnswers.map(String.init) ?? ""),
            .toggle(label: Localized(fr: "Abstention", en: "Abstention"), on: draft.abstain),
            .toggle(label: Localized(fr: "Anonyme", en: "Anonymous"), on: draft.anonymous),
            .toggle(label: Localized(fr: "Résultats masqués", en: "Hidden results"), on: draft.hideResults),
            .choice(
                label: Localized(fr: "Second tour de", en: "Second round of"),
                options: [none] + earlier.map { short($0.question) },
                index: draft.after.flatMap { after in earlier.firstIndex { $0.id == after } }.map { $0 + 1 }
                    ?? 0),
        ] + PollRulesForm.prefilled(draft.rules) + [
            // Who may answer from a phone on `conseil serve`, as `poll new --voters`.
            .choice(
                label: Localized(fr: "Téléphones", en: "Phones"),
                options: PollVoters.allCases.map(\.phoneChoice),
                index: PollVoters.allCases.firstIndex(of: draft.voters) ?? 0),
            // The minutes file the poll under this item (« Divers » when none).
            .choice(
                label: Localized(fr: "Point de l'ordre du jour", en: "Agenda item"),
                options: [none] + state.data.agenda.map { short($0.title) },
                index: draft.item.flatMap { item in state.data.agenda.firstIndex { $0.id == item } }.map {
                    $0 + 1
                } ?? 0),
        ],
        inputs: [.kind, .question, .options, .maxAnswers, .abstain, nil, nil, nil] + PollRulesForm.inputs + [
            nil, .item,
        ])
}

/// What the poll form says, for `Poll.make` (through the use cases) to check.
func pollRequest(_ form: Form, session: String, earlier: [String], items: [String]) -> PollRequest {
    let options = form.text(PollField.options).split(separator: ";").map { WordNormaliser.tidy(String($0)) }
        .filter { !$0.isEmpty }
    let after = form.choice(PollField.after)
    let item = form.choice(PollField.item)
    var request = PollRequest(
        session: session, kind: kinds[form.choice(PollField.kind)], question: form.text(PollField.question),
        options: options, maxAnswers: Int(form.text(PollField.maxAnswers)),
        abstain: form.isOn(PollField.abstain), anonymous: form.isOn(PollField.anonymous),
        hideResults: form.isOn(PollField.hidden), after: after == 0 ? nil : earlier[after - 1],
        rules: PollRulesForm.rules(form, from: PollField.rules),
        voters: PollVoters.allCases[form.choice(PollField.phones)])
    request.item = item == 0 ? nil : items[item - 1]
    return request
}

extension PollRequest {
    /// The draft the use cases take.
    var draft: PollDraft {
        PollDraft(
            session: session, item: item, kind: kind, question: question, options: options, abstain: abstain,
            maxAnswers: kind == .multi || kind == .words ? maxAnswers : nil, anonymous: anonymous,
            hideResults: hideResults, after: after, rules: rules, voters: voters)
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
