import ConseilCore
import ConseilStore

// Carrying out what the forms submit, with the same checks as the commands.
extension App {
    private func newId(_ prefix: String) -> String {
        var random = SystemRandomNumberGenerator()
        return Identifier.make(prefix: prefix, at: state.now, random: &random)
    }

    func createPoll(_ request: PollRequest) throws {
        try require(.facilitator, Localized(fr: "créer un scrutin", en: "creating a poll"))
        let poll = try Poll.make(
            id: newId("q"), session: request.session, item: nil, kind: request.kind,
            question: request.question,
            options: request.options, abstain: request.abstain,
            maxAnswers: request.kind == .multi || request.kind == .words ? request.maxAnswers : nil,
            anonymous: request.anonymous, hideResults: request.hideResults, after: request.after,
            createdAt: state.now, createdBy: member?.id ?? "admin")
        if let after = request.after, try root.poll(after).kind != poll.kind {
            throw ConseilError(
                fr: "le second tour doit être du même type que le premier",
                en: "the second round must be the same kind as the first")
        }
        try root.save(poll)
        state.message = Localized(
            fr: "Scrutin créé (brouillon) : o pour l'ouvrir", en: "Poll created (draft): o opens it")
    }

    /// Merging and hiding word answers change only the poll's settings: the raw answers stay.
    func changeWords(_ id: String, _ change: (inout Poll) -> Void) throws {
        try require(
            .facilitator, Localized(fr: "regrouper ou masquer des mots", en: "merging or hiding words"))
        var poll = try root.poll(id)
        change(&poll)
        try root.save(poll)
    }

    func addHandCount(poll id: String, counts: [String: Int], voters: Int?) throws {
        try require(.facilitator, Localized(fr: "saisir une main levée", en: "entering a show of hands"))
        let poll = try root.poll(id)
        guard poll.state != .closed else {
            throw ConseilError(fr: "le scrutin est clos", en: "the poll is closed")
        }
        let sum = counts.values.reduce(0, +)
        let people = poll.kind == .multi ? voters ?? 0 : sum
        guard sum > 0, counts.values.allSatisfy({ $0 <= people }) else {
            throw ConseilError(
                fr: "main levée vide ou incohérente : rien n'est enregistré",
                en: "empty or inconsistent show of hands: nothing saved")
        }
        try root.add(
            HandCount(
                id: newId("h"), poll: poll.id, counts: counts, voters: people, at: state.now,
                by: member?.id ?? "admin"),
            to: poll)
        state.message = Localized(
            fr: "Main levée ajoutée : \(people) personnes", en: "Show of hands added: \(people) people")
    }

    /// Swaps an item's position with its neighbour's: two small writes, no renumbering.
    func moveItem(_ id: String, by delta: Int) throws {
        try require(.facilitator, Localized(fr: "modifier l'ordre du jour", en: "editing the agenda"))
        var item = try root.agendaItem(id)
        let items = root.agenda(session: item.session).values
        guard let index = items.firstIndex(where: { $0.id == id }), items.indices.contains(index + delta)
        else { return }
        var neighbour = items[index + delta]
        if neighbour.position == item.position { neighbour.position -= delta }
        (item.position, neighbour.position) = (neighbour.position, item.position)
        try root.save(item)
        try root.save(neighbour)
    }

    func addAgendaItem(session: String, title: String, duration: Int?) throws {
        try require(.facilitator, Localized(fr: "modifier l'ordre du jour", en: "editing the agenda"))
        let title = try AgendaItem.checkedTitle(title)
        try AgendaItem.checkDuration(duration)
        let position = AgendaItem.nextPosition(after: root.agenda(session: session).values)
        try root.save(
            AgendaItem(
                id: newId("a"), session: session, title: title, position: position, duration: duration,
                presenter: nil))
    }

    func updateAgendaItem(_ id: String, title: String, duration: Int?) throws {
        try require(.facilitator, Localized(fr: "modifier l'ordre du jour", en: "editing the agenda"))
        var item = try root.agendaItem(id)
        item.title = try AgendaItem.checkedTitle(title)
        try AgendaItem.checkDuration(duration)
        item.duration = duration
        try root.save(item)
    }
}
