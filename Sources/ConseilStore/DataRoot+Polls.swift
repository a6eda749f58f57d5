import ConseilCore

extension DataRoot {
    public func polls(session: String) -> Loaded<Poll> {
        var loaded = loadAll(
            Poll.self, in: absolute(Layout.pollsFolder(session: session)),
            record: { Layout.poll(session: session, poll: $0) })
        loaded.values.sort { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
        return loaded
    }

    /// Finds a poll by id in any session.
    public func poll(_ id: String) throws -> Poll {
        let id = try Identifier.validated(id, what: Localized(fr: "scrutin", en: "poll"))
        for session in FileReader.list(path) where Layout.isSessionFolder(session) {
            let file = absolute(Layout.poll(session: session, poll: id))
            if fileExists(file) { return try load(Poll.self, at: file) }
        }
        throw ConseilError(
            fr: "scrutin inconnu : \(id) ; « conseil poll list SÉANCE » donne les scrutins",
            en: "unknown poll: \(id); “conseil poll list SESSION” shows the polls")
    }

    func save(_ poll: Poll) throws {
        try replace(poll, at: absolute(Layout.poll(session: poll.session, poll: poll.id)))
    }

    public func ballots(of poll: Poll) -> Loaded<Ballot> {
        loadAll(Ballot.self, in: absolute(Layout.ballotsFolder(session: poll.session, poll: poll.id)))
    }

    public func handCounts(of poll: Poll) -> Loaded<HandCount> {
        loadAll(HandCount.self, in: absolute(Layout.countsFolder(session: poll.session, poll: poll.id)))
    }

    /// Each show of hands is a new file, added to the earlier ones.
    func add(_ count: HandCount, to poll: Poll) throws {
        try create(
            count, at: absolute(Layout.handCount(session: poll.session, poll: poll.id, count: count.id)))
    }

    /// The tally of a poll, with its earlier round when it has one, and the files skipped.
    public func results(of poll: Poll) -> (results: PollResults, problems: [LoadProblem]) {
        let ballots = ballots(of: poll)
        let counts = handCounts(of: poll)
        var problems = ballots.problems + counts.problems
        var previous: PollResults? = nil
        if let earlier = poll.after, earlier != poll.id {
            guard let first = try? self.poll(earlier) else {
                let problem = LoadProblem(
                    path: absolute(Layout.poll(session: poll.session, poll: poll.id)),
                    reason: Localized(
                        fr: "premier tour « \(earlier) » introuvable",
                        en: "earlier round “\(earlier)” not found"))
                return (
                    PollResults(poll: poll, ballots: ballots.values, counts: counts.values),
                    problems + [problem]
                )
            }
            let earlierBallots = self.ballots(of: first)
            let earlierCounts = handCounts(of: first)
            problems += earlierBallots.problems + earlierCounts.problems
            previous = PollResults(poll: first, ballots: earlierBallots.values, counts: earlierCounts.values)
        }
        return (
            PollResults(poll: poll, ballots: ballots.values, counts: counts.values, previous: previous),
            problems
        )
    }
}
