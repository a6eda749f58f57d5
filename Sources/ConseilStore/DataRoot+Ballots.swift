import ConseilCore

extension DataRoot {
    /// What `member` answered in `poll`: the answers of their ballot, an empty list when they
    /// voted in an anonymous poll (nothing links them to a ballot), nil when they have not voted.
    public func recordedAnswers(poll: Poll, member: String) -> [String]? {
        let folder = pollPath(session: poll.session, poll: poll.id)
        if poll.anonymous { return fileExists(folder + "/voters/\(member)") ? [] : nil }
        guard
            case .success(let ballot) = RecordCodec.decode(
                Ballot.self, at: folder + "/ballots/\(member).json"),
            BallotValidation.problem(
                ballot, fileStem: member, poll: poll, members: try? requireCouncil().memberIds)
                == nil
        else {
            return nil
        }
        return ballot.answers
    }

    /// The polls open for voting in every session, the most recent session first.
    public func openPolls() -> [Poll] {
        sessions().values.reversed().flatMap { session in
            polls(session: session.id).values.filter { $0.state == .open }
        }
    }
}
