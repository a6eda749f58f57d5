import ConseilCore

extension DataRoot {
    /// Reads every record of the data root and lists each file that cannot be loaded,
    /// plus records that point at something missing. Reads only: never writes.
    ///
    /// It walks the folders rather than the records that loaded, so that the files under an
    /// unreadable `session.json`, `poll.json` or `proposal.json` are checked too.
    public func check() -> [LoadProblem] {
        var problems: [LoadProblem] = []
        if case .failure(let problem) = RecordCodec.decode(Council.self, at: councilPath) {
            problems.append(problem)
        }
        for session in FileReader.list(path)
        where Layout.isSessionFolder(session) && isDirectory(sessionPath(session)) {
            if case .failure(let problem) = RecordCodec.decode(
                Session.self, at: absolute(Layout.session(session)))
            {
                problems.append(problem)
            }
            problems += attendance(session: session).problems
            problems += agenda(session: session).problems
            problems += minutesEntries(session: session).problems
            let minutes = absolute(Layout.minutesStatus(session: session))
            if fileExists(minutes),
                case .failure(let problem) = RecordCodec.decode(MinutesStatus.self, at: minutes)
            {
                problems.append(problem)
            }
            let pollsFolder = absolute(Layout.pollsFolder(session: session))
            for name in FileReader.list(pollsFolder) where Identifier.isValid(name) {
                let file = absolute(Layout.poll(session: session, poll: name))
                switch RecordCodec.decode(Poll.self, at: file) {
                case .success(let poll):
                    if let earlier = poll.after, (try? self.poll(earlier)) == nil {
                        problems.append(
                            LoadProblem(
                                path: file,
                                reason: Localized(
                                    fr: "premier tour « \(earlier) » introuvable",
                                    en: "earlier round “\(earlier)” not found")))
                    }
                case .failure(let problem):
                    problems.append(problem)
                }
                problems +=
                    loadAll(Ballot.self, in: absolute(Layout.ballotsFolder(session: session, poll: name)))
                    .problems
                problems +=
                    loadAll(HandCount.self, in: absolute(Layout.countsFolder(session: session, poll: name)))
                    .problems
            }
        }
        for id in FileReader.list(proposalsPath) where Identifier.isValid(id) {
            if case .failure(let problem) = RecordCodec.decode(
                Proposal.self, at: absolute(Layout.proposal(id)))
            {
                problems.append(problem)
            }
            problems += loadAll(ProposalEvent.self, in: absolute(Layout.eventsFolder(proposal: id))).problems
        }
        problems += conflictProblems()
        problems += unexpectedFiles(besides: problems)
        return problems.sorted { $0.path < $1.path }
    }
}
