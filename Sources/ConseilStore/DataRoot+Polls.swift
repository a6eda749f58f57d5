import ConseilCore

extension DataRoot {
    public func polls(session: String) -> Loaded<Poll> {
        var loaded = loadAll(
            Poll.self, in: sessionPath(session) + "/polls",
            record: { Layout.poll(session: session, poll: $0) },
            invalid: { poll, folder in poll.placementProblem(folder: folder, session: session) })
        loaded.values.sort { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
        return loaded
    }

    /// Finds a poll by id in any session.
    public func poll(_ id: String) throws -> Poll {
        let id = try Identifier.validated(id, what: Localized(fr: "scrutin", en: "poll"))
        for session in FileReader.list(path) where Layout.isSessionFolder(session) {
            let file = pollPath(session: session, poll: id) + "/poll.json"
            if fileExists(file) {
                return try load(
                    Poll.self, at: file, invalid: { $0.placementProblem(folder: id, session: session) })
            }
        }
        throw ConseilError(
            fr: "scrutin inconnu : \(id) ; « conseil poll list SÉANCE » donne les scrutins",
            en: "unknown poll: \(id); “conseil poll list SESSION” shows the polls")
    }

    func save(_ poll: Poll) throws {
        try replace(poll, at: absolute(Layout.poll(session: poll.session, poll: poll.id)))
    }

    /// The ballots that count: each one checked against the poll and the council
    /// (BallotValidation); the others are problems.
    public func ballots(of poll: Poll) -> Loaded<Ballot> {
        ballots(of: poll, council: try? requireCouncil())
    }

    /// `council` nil (council.json unreadable: every command stops before, `check` names it)
    /// leaves the voters unchecked.
    func ballots(of poll: Poll, council: Council?) -> Loaded<Ballot> {
        Loaded(
            ballotEntries(
                of: poll, members: council?.memberIds,
                pouvoirs: pouvoirs(session: poll.session, council: council)))
    }

    /// The members' ballots of `poll` file by file, all or only `names`, each checked.
    func ballotEntries(
        of poll: Poll, members: Set<String>?, pouvoirs: [String: String]?, names: [String]? = nil
    ) -> [(name: String, result: Result<Ballot, LoadProblem>)] {
        loadEach(
            Ballot.self, in: absolute(Layout.ballotsFolder(session: poll.session, poll: poll.id)),
            names: names,
            invalid: { ballot, name in
                BallotValidation.problem(
                    ballot, fileStem: name, poll: poll, members: members, pouvoirs: pouvoirs)
            })
    }

    /// The participant ballots that count (ParticipantBallotValidation); the others are problems.
    public func participantBallots(of poll: Poll) -> Loaded<ParticipantBallot> {
        Loaded(participantEntries(of: poll))
    }

    /// The participant ballots of `poll` file by file, all or only `names`, each checked.
    func participantEntries(of poll: Poll, names: [String]? = nil)
        -> [(name: String, result: Result<ParticipantBallot, LoadProblem>)]
    {
        loadEach(
            ParticipantBallot.self,
            in: absolute(Layout.participantsFolder(session: poll.session, poll: poll.id)), names: names,
            invalid: { ballot, _ in ParticipantBallotValidation.problem(ballot, poll: poll) })
    }

    /// The members' ballots and the participants', as the tally counts them, and what was left out.
    func allBallots(of poll: Poll, council: Council?) -> Loaded<Ballot> {
        var loaded = ballots(of: poll, council: council)
        let participants = participantBallots(of: poll)
        loaded.values += participants.values.map(\.asBallot)
        loaded.problems += participants.problems
        return loaded
    }

    /// The shows of hands that count, each checked against the poll (HandCountValidation).
    public func handCounts(of poll: Poll) -> Loaded<HandCount> {
        loadAll(
            HandCount.self, in: pollPath(session: poll.session, poll: poll.id) + "/counts",
            invalid: { count, name in HandCountValidation.problem(count, fileStem: name, poll: poll) })
    }

    /// Each show of hands is a new file, added to the earlier ones.
    func add(_ count: HandCount, to poll: Poll) throws {
        if let problem = HandCountValidation.problem(count, fileStem: count.id, poll: poll) {
            throw Self.refusal(problem)
        }
        try create(count, at: pollPath(session: poll.session, poll: poll.id) + "/counts/\(count.id).json")
    }

    /// A vote or a show of hands that loading would leave out is not written: what is written
    /// is always counted.
    static func refusal(_ problem: Localized) -> ConseilError {
        ConseilError(
            fr: "refusé : \(problem.fr) ; rien n'a été écrit",
            en: "refused: \(problem.en); nothing was written")
    }

    /// The tally of a poll, with its earlier round when it has one, and the files skipped.
    /// `ballots` and `council`, when the caller holds them (the interface's live tallies),
    /// are not read again.
    public func results(of poll: Poll, ballots known: Loaded<Ballot>? = nil, council held: Council? = nil)
        -> (results: PollResults, problems: [LoadProblem])
    {
        let council = held ?? (try? requireCouncil())
        let ballots = known ?? allBallots(of: poll, council: council)
        let counts = handCounts(of: poll)
        let discarded = Discarded(ballots: ballots.problems.count, handCounts: counts.problems.count)
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
                    PollResults(
                        poll: poll, ballots: ballots.values, counts: counts.values, discarded: discarded),
                    problems + [problem]
                )
            }
            let earlierBallots = allBallots(of: first, council: council)
            let earlierCounts = handCounts(of: first)
            problems += earlierBallots.problems + earlierCounts.problems
            previous = PollResults(
                poll: first, ballots: earlierBallots.values, counts: earlierCounts.values,
                discarded: Discarded(
                    ballots: earlierBallots.problems.count, handCounts: earlierCounts.problems.count))
        }
        return (
            PollResults(
                poll: poll, ballots: ballots.values, counts: counts.values, previous: previous,
                discarded: discarded, council: council),
            problems
        )
    }
}
