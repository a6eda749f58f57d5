import ConseilCore

extension DataRoot {
    /// Reads every record of the data root and lists each file that cannot be loaded,
    /// plus records that point at something missing. Reads only: never writes.
    ///
    /// It walks the folders rather than the records that loaded, so that the files under an
    /// unreadable `session.json`, `poll.json` or `proposal.json` are checked too.
    public func check() -> [LoadProblem] {
        var problems: [LoadProblem] = []
        var council: Council? = nil
        switch RecordCodec.decode(Council.self, at: councilPath) {
        case .success(let record): council = record
        case .failure(let problem): problems.append(problem)
        }
        for session in FileReader.list(path)
        where Layout.isSessionFolder(session) && isDirectory(sessionPath(session)) {
            if case .failure(let problem) = decodeSession(session) { problems.append(problem) }
            problems += attendance(session: session).problems
            problems += roleAndProxyProblems(session: session, council: council)
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
                let folder = pollsFolder + "/" + name
                let file = absolute(Layout.poll(session: session, poll: name))
                let decoded = RecordCodec.decode(Poll.self, at: file).placed(at: file) {
                    $0.placementProblem(folder: name, session: session)
                }
                switch decoded {
                case .success(let poll):
                    if let earlier = poll.after, (try? self.poll(earlier)) == nil {
                        problems.append(
                            LoadProblem(
                                path: file,
                                reason: Localized(
                                    fr: "premier tour « \(earlier) » introuvable",
                                    en: "earlier round “\(earlier)” not found")))
                    }
                    // What the results leave out, for the same reasons.
                    let ballots = ballots(of: poll, council: council)
                    problems += ballots.problems + handCounts(of: poll).problems
                    problems += participantBallots(of: poll).problems
                    if poll.anonymous {
                        problems += voterMarkProblems(
                            folder: folder, ballots: ballots.values.count, council: council)
                    }
                case .failure(let problem):
                    // Without its poll nothing can be checked against it; what cannot be read is said.
                    problems.append(problem)
                    problems += loadAll(Ballot.self, in: folder + "/ballots").problems
                    problems += loadAll(HandCount.self, in: folder + "/counts").problems
                    problems += loadAll(ParticipantBallot.self, in: folder + "/participants").problems
                }
            }
        }
        for id in FileReader.list(proposalsPath) where Identifier.isValid(id) {
            if case .failure(let problem) = decodeProposal(id) { problems.append(problem) }
            problems += events(proposal: id).problems
        }
        problems += conflictProblems()
        problems += unexpectedFiles(besides: problems)
        return problems.sorted { $0.path < $1.path }
    }

    /// In an anonymous poll, each mark is a member who voted, and each ballot comes with a mark:
    /// nothing says which ballot is a ghost, so an excess is reported, not left out.
    private func voterMarkProblems(folder: String, ballots: Int, council: Council?) -> [LoadProblem] {
        let marks = FileReader.list(folder + "/voters")
        var problems: [LoadProblem] = []
        if let members = council?.memberIds {
            for mark in marks where !members.contains(mark) {
                problems.append(
                    LoadProblem(
                        path: folder + "/voters/" + mark,
                        reason: Localized(
                            fr: "marque de vote d'un non-membre",
                            en: "vote mark of someone who is not a member")))
            }
        }
        if ballots > marks.count {
            problems.append(
                LoadProblem(
                    path: folder + "/ballots",
                    reason: Localized(
                        fr: "\(ballots) bulletins anonymes pour \(marks.count) votants marqués",
                        en: "\(ballots) anonymous ballots for \(marks.count) marked voters")))
        }
        return problems
    }
}
