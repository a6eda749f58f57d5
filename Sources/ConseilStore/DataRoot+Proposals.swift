import ConseilCore

extension DataRoot {
    /// Every proposal with its history, and the files that could not be read.
    public func proposals() -> Loaded<ProposalRecord> {
        var result = Loaded<ProposalRecord>()
        for id in FileReader.list(proposalsPath) where Identifier.isValid(id) {
            let one = proposalRecord(id)
            result.values += one.values
            result.problems += one.problems
        }
        return result
    }

    /// The proposal of folder `id` with its history (none when it cannot be read), and the
    /// files that could not be.
    public func proposalRecord(_ id: String) -> Loaded<ProposalRecord> {
        switch decodeProposal(id) {
        case .success(let proposal):
            let events = events(proposal: id)
            return Loaded(
                values: [ProposalRecord(proposal: proposal, events: events.values)], problems: events.problems
            )
        case .failure(let problem):
            return Loaded(problems: [problem])
        }
    }

    public func proposal(_ id: String) throws -> (record: ProposalRecord, problems: [LoadProblem]) {
        let id = try Identifier.validated(id, what: Localized(fr: "proposition", en: "proposal"))
        guard isDirectory(proposalPath(id)) else {
            throw ConseilError(
                fr: "proposition inconnue : \(id) ; « conseil proposal list » donne les propositions",
                en: "unknown proposal: \(id); “conseil proposal list” shows the proposals")
        }
        let proposal = try required(decodeProposal(id))
        let events = events(proposal: id)
        return (ProposalRecord(proposal: proposal, events: events.values), events.problems)
    }

    /// The proposal of folder `id`, checked against it.
    func decodeProposal(_ id: String) -> Result<Proposal, LoadProblem> {
        let file = proposalPath(id) + "/proposal.json"
        return RecordCodec.decode(Proposal.self, at: file).placed(at: file) {
            $0.placementProblem(folder: id)
        }
    }

    /// The history of the proposal of folder `id`, each event checked against its place; an
    /// event that skips the lifecycle is a problem too (the fold leaves it out).
    func events(proposal id: String) -> Loaded<ProposalEvent> {
        let folder = proposalPath(id) + "/events"
        var loaded = loadAll(
            ProposalEvent.self, in: folder,
            invalid: { event, name in event.placementProblem(fileStem: name, proposal: id) })
        loaded.problems += ProposalHistory.fold(loaded.values).leftOut.map {
            LoadProblem(path: folder + "/" + $0.event.id + ".json", reason: $0.reason)
        }
        return loaded
    }

    func save(_ proposal: Proposal) throws {
        try replace(proposal, at: absolute(Layout.proposal(proposal.id)))
    }

    /// History is append-only: each event is a new file.
    func append(_ event: ProposalEvent) throws {
        try create(event, at: absolute(Layout.proposalEvent(proposal: event.proposal, event: event.id)))
    }
}
