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

    /// `counts` are by position in the poll's options, as the form lists them.
    func addHandCount(poll id: String, counts: [Int], voters: Int?) throws {
        try require(.facilitator, Localized(fr: "saisir une main levée", en: "entering a show of hands"))
        let poll = try root.poll(id)
        guard counts.count == poll.options.count else {
            throw ConseilError(
                fr: "les options du scrutin ont changé : rouvrez la main levée",
                en: "the poll's options have changed: open the show of hands again")
        }
        let count = try poll.handCount(
            Array(zip(poll.options, counts)), voters: voters, id: newId("h"), at: state.now,
            by: member?.id ?? "admin")
        try root.add(count, to: poll)
        state.message = Localized(
            fr: "Main levée ajoutée : \(count.voters) personnes",
            en: "Show of hands added: \(count.voters) people")
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
        let position = (root.agenda(session: session).values.map(\.position).max() ?? 0) + 1000
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
