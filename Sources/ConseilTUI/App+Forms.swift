import ConseilCore
import ConseilStore

// Carrying out what the forms submit, with the same checks as the commands.
extension App {
    func createPoll(_ request: PollRequest) throws -> EffectResult {
        let poll = try useCases.createPoll(request.draft)
        return .done(
            Localized(
                fr: "Scrutin créé (brouillon) : o pour l'ouvrir", en: "Poll created (draft): o opens it"),
            created: poll.id)
    }

    /// `counts` are by position in the poll's options, as the form lists them.
    func addHandCount(poll id: String, counts: [Int], voters: Int?) throws -> EffectResult {
        let poll = try root.poll(id)
        guard counts.count == poll.options.count else {
            throw ConseilError(
                fr: "les options du scrutin ont changé : rouvrez la main levée",
                en: "the poll's options have changed: open the show of hands again")
        }
        return try addHands(poll: id, entries: Array(zip(poll.options, counts)), voters: voters)
    }

    func addHands(poll id: String, entries: [(label: String, count: Int)], voters: Int?) throws
        -> EffectResult
    {
        let count = try useCases.addHandCount(poll: id, entries: entries, voters: voters)
        return .done(
            Localized(
                fr: "Main levée ajoutée : \(count.voters) personnes",
                en: "Show of hands added: \(count.voters) people"))
    }

    func moveItem(_ id: String, by delta: Int) throws {
        try useCases.moveAgendaItem(id, by: delta)
    }

    func addAgendaItem(session: String, title: String, duration: Int?, presenter: String) throws
        -> EffectResult
    {
        let item = try useCases.addAgendaItem(
            session: session, title: title, duration: duration, presenter: Self.optional(presenter))
        return .done(nil, created: item.id)
    }

    func updateAgendaItem(_ id: String, title: String, duration: Int?, presenter: String) throws {
        try useCases.updateAgendaItem(
            id, title: title, duration: duration, presenter: Self.optional(presenter))
    }

    /// A field left empty is no value.
    static func optional(_ text: String) -> String? {
        let tidy = text.trimmingASCIISpaces
        return tidy.isEmpty ? nil : tidy
    }

    func createSession(title: String, date: String, place: String) throws -> EffectResult {
        let day = try CalendarDay.parse(
            date, what: Localized(fr: "la séance", en: "the session"), field: .date)
        let session = try useCases.createSession(title: title, date: day, place: place)
        return .done(
            Localized(fr: "Séance créée : \(session.title)", en: "Session created: \(session.title)"),
            created: session.id)
    }

    func addProposal(_ request: ProposalRequest) throws -> EffectResult {
        let optional = Self.optional
        let proposal = try useCases.addProposal(
            ProposalDraft(
                title: request.title, description: optional(request.description),
                theme: optional(request.theme),
                owner: optional(request.owner), review: try optional(request.review).map { try reviewDay($0) }
            ),
            note: state.t("Proposition déposée", "Proposal submitted"))
        return .done(
            Localized(fr: "Proposition déposée", en: "Proposal submitted"), created: proposal.id)
    }

    func reviewDay(_ text: String) throws -> CalendarDay {
        try CalendarDay.parse(text, what: Localized(fr: "la revue", en: "the review"), field: .review)
    }
}
