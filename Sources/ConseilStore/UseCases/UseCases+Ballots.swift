import ConseilCore

extension UseCases {
    /// Casts the actor's ballot from what they typed (`conseil vote`): option labels (case and
    /// accents folded) or numbers, words, or a text. Returns the answers as stored.
    @discardableResult
    public func vote(poll id: String, typed: [String]) throws -> [String] {
        try actor.require(.vote)
        let answers = try root.poll(id).resolveAnswers(typed)
        try castBallot(poll: id, answers: answers)
        return answers
    }

    /// Casts the actor's ballot with options named by their place in the poll (the ballot
    /// screen, the phone page): a label is never read again as a number.
    @discardableResult
    public func vote(poll id: String, options indices: [Int]) throws -> [String] {
        try actor.require(.vote)
        let poll = try root.poll(id)
        let answers = try poll.answers(picking: indices)
        try castBallot(poll: id, answers: answers)
        return answers
    }

    /// Casts the answer of someone in the room (the phone page of a poll with `voters: room`):
    /// options by place for the kinds that have options, else the words or the text typed. The
    /// right is the poll's, not the actor's: whoever joined with the room code may answer, once
    /// per device (the room server keeps the devices). Returns the answers as stored.
    @discardableResult
    public func answerFromRoom(poll id: String, options indices: [Int], typed: [String]) throws -> [String] {
        let poll = try root.poll(id)
        guard poll.answeredBy == .room else {
            throw ConseilError(
                fr: "ce scrutin est réservé aux membres : entrez votre code personnel de vote",
                en: "this poll is for members only: enter your personal voting code")
        }
        let answers =
            poll.kind.hasOptions ? try poll.answers(picking: indices) : try poll.resolveAnswers(typed)
        try changing(poll: id, .shared) { poll in
            try requireOpen(poll)
            try root.castParticipantBallot(poll: poll, answers: answers)
        }
        return answers
    }

    /// Writes the ballot under the session's shared lock: voters never wait for each other, and
    /// a close or an adoption (exclusive) never lets a ballot in after it.
    private func castBallot(poll id: String, answers: [String]) throws {
        guard let member = actor.member else { try actor.require(.vote); return }
        try changing(poll: id, .shared) { poll in
            try requireOpen(poll)
            try root.castBallot(poll: poll, member: member.id, answers: answers, at: now)
        }
    }

    private func requireOpen(_ poll: Poll) throws {
        guard poll.state == .open else {
            throw ConseilError(
                fr: "le scrutin est \(poll.state.name.fr) : on ne vote que dans un scrutin ouvert",
                en: "the poll is \(poll.state.name.en): votes are taken only while it is open")
        }
    }
}
