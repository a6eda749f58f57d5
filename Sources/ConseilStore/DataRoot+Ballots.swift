import ConseilCore

extension DataRoot {
    /// What `member` answered in `poll`: the answers of their ballot, an empty list when they
    /// voted in an anonymous poll (nothing links them to a ballot), nil when they have not voted.
    public func recordedAnswers(poll: Poll, member: String) -> [String]? {
        if poll.anonymous {
            return fileExists(
                absolute(Layout.voterMark(session: poll.session, poll: poll.id, member: member))) ? [] : nil
        }
        let council = try? requireCouncil()
        guard
            case .success(let ballot) = RecordCodec.decode(
                Ballot.self, at: absolute(Layout.ballot(session: poll.session, poll: poll.id, key: member))),
            BallotValidation.problem(
                ballot, fileStem: member, poll: poll, members: council?.memberIds,
                pouvoirs: pouvoirs(session: poll.session, council: council)) == nil
        else {
            return nil
        }
        return ballot.answers
    }

    /// The session's pouvoirs that stand, giver → holder; nil without a council (unchecked).
    func pouvoirs(session: String, council: Council?) -> [String: String]? {
        council.map { Proxy.standing(attendance(session: session).values, members: $0.memberIds) }
    }

    /// The member whose standing pouvoir `holder` carries in `session` (one at most), whose
    /// ballot the ballot screen and the phone page offer after the holder's own.
    public func pouvoirGiven(to holder: String, session: String) -> Member? {
        guard let council = try? requireCouncil(),
            let giver = pouvoirs(session: session, council: council)?.first(where: { $0.value == holder })?
                .key
        else { return nil }
        return council.member(giver)
    }

    /// The polls open for voting in every session, the most recent session first.
    public func openPolls() -> [Poll] {
        sessions().values.reversed().flatMap { session in
            polls(session: session.id).values.filter { $0.state == .open }
        }
    }

    /// Stores a voter's ballot (UseCases.vote checks the right and the poll's state). In a
    /// named poll the file is the member's and voting again replaces it. In an anonymous poll
    /// a mark records that the member voted, so that nobody votes twice, and the ballot gets a
    /// random name; see `castAnonymousBallot`.
    func castBallot(poll: Poll, member: String, answers: [String], at: Timestamp, castBy: String? = nil)
        throws
    {
        // The rule that loading applies: a ballot written here is never one that is not counted.
        if let problem = BallotValidation.answersProblem(answers, poll: poll) { throw Self.refusal(problem) }
        guard poll.anonymous else {
            // The file at one's own name is one's ballot: one that cannot be read (a BOM, a NUL,
            // from disk or a remote) is set aside, not left to lock the member out.
            let file = absolute(Layout.ballot(session: poll.session, poll: poll.id, key: member))
            try setAsideUnreadable(Ballot.self, at: file, now: at)
            try replace(
                Ballot(poll: poll.id, voter: member, at: at, answers: answers, castBy: castBy), at: file)
            return
        }
        try castAnonymousBallot(poll: poll, member: member, answers: answers)
    }

    /// An anonymous vote is three writes that a crash may cut: a journal naming the ballot to
    /// come (`voters/.<member>.tmp-vote`), the ballot, the mark; then the journal goes. The
    /// poll's voters folder is locked meanwhile, so a journal found under the lock belongs to a
    /// vote that died: with its ballot the mark is completed (the vote counts), without it the
    /// journal is dropped (the vote is lost and the member may vote again). A crash never locks
    /// a member out. The journal links a member to a ballot only while the vote runs: its name
    /// keeps it out of every commit, and closing the poll settles any that remain.
    private func castAnonymousBallot(poll: Poll, member: String, answers: [String]) throws {
        let voters = absolute(Layout.votersFolder(session: poll.session, poll: poll.id))
        let mark = absolute(Layout.voterMark(session: poll.session, poll: poll.id, member: member))
        try requireSafe(mark)
        try DurableFile.makeDirectories(voters, within: path)
        try FolderLock.hold(voters, .exclusive) {
            try settleInterruptedVote(poll: poll, member: member)
            guard !fileExists(mark) else {
                throw ConseilError(
                    fr: "vous avez déjà voté à ce scrutin anonyme ; un vote anonyme ne peut pas être changé",
                    en: "you have already voted in this anonymous poll; an anonymous vote cannot be changed")
            }
            var random = SystemRandomNumberGenerator()
            let key = Identifier.random(length: 20, random: &random)
            let journal = journalPath(poll: poll, member: member)
            let ballotFile = absolute(Layout.ballot(session: poll.session, poll: poll.id, key: key))
            try DurableFile.write(Array((key + "\n").utf8), to: journal, within: path)
            try create(Ballot(poll: poll.id, voter: nil, at: nil, answers: answers), at: ballotFile)
            _ = try DurableFile.createExclusively(Array("voted\n".utf8), at: mark, within: path)
            try DurableFile.remove(journal, within: path)
            // Both carry the poll's opening time: neither names, contents nor times link them.
            let opened = (poll.openedAt ?? poll.createdAt).milliseconds / 1000
            DurableFile.setModificationTime(ballotFile, seconds: opened)
            DurableFile.setModificationTime(mark, seconds: opened)
        }
    }

    /// Settles every interrupted anonymous vote of a poll (at its close).
    func settleInterruptedVotes(_ poll: Poll) throws {
        let voters = absolute(Layout.votersFolder(session: poll.session, poll: poll.id))
        guard isDirectory(voters) else { return }
        try FolderLock.hold(voters, .exclusive) {
            for (name, _) in FileReader.entries(voters)
            where name.hasPrefix(".") && name.contains(".tmp-vote") {
                // `.m01.tmp-vote`, or its own temporary file `..m01.tmp-vote.tmp-PID-N`.
                let member = String(name.drop(while: { $0 == "." }).prefix(while: { $0 != "." }))
                if Identifier.isValid(member) { try settleInterruptedVote(poll: poll, member: member) }
            }
        }
    }

    /// Completes or drops the journal of one member's vote; the voters folder must be locked.
    private func settleInterruptedVote(poll: Poll, member: String) throws {
        let journal = journalPath(poll: poll, member: member)
        let mark = absolute(Layout.voterMark(session: poll.session, poll: poll.id, member: member))
        let voters = absolute(Layout.votersFolder(session: poll.session, poll: poll.id))
        if let bytes = try? FileReader.read(journal) {
            let key =
                String(decoding: bytes, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
            if Identifier.isValid(key),
                fileExists(absolute(Layout.ballot(session: poll.session, poll: poll.id, key: key)))
            {
                _ = try DurableFile.createExclusively(
                    Array("voted\n".utf8), at: mark, within: path)
                let opened = (poll.openedAt ?? poll.createdAt).milliseconds / 1000
                DurableFile.setModificationTime(mark, seconds: opened)
            }
            try DurableFile.remove(journal, within: path)
        }
        // The journal's own temporary files, left by a vote killed while writing it.
        let leftover = "." + basename(of: journal) + ".tmp-"
        for (name, _) in FileReader.entries(voters) where name.hasPrefix(leftover) {
            try DurableFile.remove(voters + "/" + name, within: path)
        }
    }

    private func journalPath(poll: Poll, member: String) -> String {
        absolute(Layout.votersFolder(session: poll.session, poll: poll.id)) + "/.\(member).tmp-vote"
    }
}

extension DataRoot {
    /// Stores a participant's answer under a random key (UseCases.answerFromRoom checks the
    /// poll). Like an anonymous ballot it names nobody, carries no time, and takes the poll's
    /// opening time as its file time.
    func castParticipantBallot(poll: Poll, answers: [String]) throws {
        if let problem = BallotValidation.answersProblem(answers, poll: poll) { throw Self.refusal(problem) }
        var random = SystemRandomNumberGenerator()
        let key = Identifier.random(length: 20, random: &random)
        let file = absolute(Layout.participantBallot(session: poll.session, poll: poll.id, key: key))
        try create(ParticipantBallot(poll: poll.id, answers: answers), at: file)
        DurableFile.setModificationTime(file, seconds: (poll.openedAt ?? poll.createdAt).milliseconds / 1000)
    }
}
