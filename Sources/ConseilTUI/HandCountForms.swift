import ConseilCore

// Shows of hands from the keyboard, for every kind that takes them, and taking back a wrong one.

/// `m` on a poll that is not closed: one field per option, or for a word cloud the words with
/// their hands and the people counted.
func openHandCountForm(_ state: inout AppState) {
    guard let poll = state.selectedPoll?.poll else { return }
    let title = Localized(
        fr: "Main levée : \(poll.question.prefix(60))", en: "Show of hands: \(poll.question.prefix(60))")
    guard poll.state != .closed else {
        state.message = Localized(
            fr: "main levée : le scrutin est clos, ses résultats sont arrêtés",
            en: "show of hands: the poll is closed, its results are settled")
        return
    }
    let people = Form.Field.number(label: Localized(fr: "Personnes", en: "People"), value: "")
    switch poll.kind {
    case .words:
        state.form = Form(
            purpose: .wordCount(poll: poll.id), title: title,
            fields: [
                .text(
                    label: Localized(
                        fr: "Mots et mains (mot=nombre ; mot=nombre)", en: "Words and hands (word=count ; …)"),
                    value: "", limit: 2000),
                people,
            ],
            inputs: [.hands, .voters])
    case .yesno, .choice, .multi:
        var fields = poll.options.map { Form.Field.number(label: Localized(fr: $0, en: $0), value: "") }
        var inputs = [InputField?](repeating: .hands, count: fields.count)
        if poll.kind == .multi {
            fields.append(people)
            inputs.append(.voters)
        }
        state.form = Form(
            purpose: .handCount(poll: poll.id, labels: poll.options), title: title, fields: fields,
            inputs: inputs)
    case .text, .grades:
        state.message = Localized(
            fr: "main levée : un texte libre ou un jugement majoritaire se votent au bulletin",
            en: "show of hands: free text and majority judgment are voted by ballot")
    }
}

/// `M`: takes back the latest show of hands, once confirmed.
func confirmTakeBack(_ state: inout AppState) {
    guard let results = state.selectedPoll, results.poll.state != .closed else {
        state.message = Localized(
            fr: "main levée : le scrutin est clos, ses résultats sont arrêtés",
            en: "show of hands: the poll is closed, its results are settled")
        return
    }
    state.confirmation = .takingBack(results.poll)
}

extension Confirmation {
    static func takingBack(_ poll: Poll) -> Confirmation {
        Confirmation(
            question: Localized(
                fr: "Retirer la dernière main levée de « \(poll.question.prefix(50)) » ?",
                en: "Take back the last show of hands of “\(poll.question.prefix(50))”?"),
            effect: .takeBackHandCount(poll: poll.id))
    }

    static func deleting(_ poll: Poll) -> Confirmation {
        Confirmation(
            question: Localized(
                fr: "Supprimer le brouillon « \(poll.question.prefix(50)) » ?",
                en: "Delete the draft “\(poll.question.prefix(50))”?"),
            effect: .deleteDraftPoll(poll.id))
    }

    static func deleting(_ item: AgendaItem) -> Confirmation {
        Confirmation(
            question: Localized(
                fr: "Supprimer le point « \(item.title.prefix(50)) » de l'ordre du jour ?",
                en: "Delete the item “\(item.title.prefix(50))” from the agenda?"),
            effect: .deleteAgendaItem(item.id))
    }
}
