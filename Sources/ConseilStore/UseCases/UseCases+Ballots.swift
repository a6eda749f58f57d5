import ConseilCore

extension UseCases {
    /// Casts the actor's ballot from what they typed (`conseil vote`): option labels (case and
    /// accents folded) or numbers, words, or a text. Returns the answers as stored. With
    /// `represented`, the ballot is that member's, cast by the actor holding their pouvoir.
    @discardableResult
    public func vote(poll id: String, typed: [String], for represented: String? = nil) throws -> [String] {
        try actor.require(.vote)
        let answers = try root.poll(id).resolveAnswers(typed)
        try castBallot(poll: id, answers: answers, for: represented)
        return answers
    }

    /// Casts the actor's ballot with options named by their place in the poll (the ballot
    /// screen, the phone page): a label is never read again as a number.
    @discardableResult
    public func vote(poll id: String, options indices: [Int], for represented: String? = nil) throws
        -> [String]
    {
        try actor.require(.vote)
        let poll = try root.poll(id)
        let answers = try poll.answers(picking: indices)
        try castBallot(poll: id, answers: answers, for: represented)
        return answers
    }

    /// Casts a grades ballot from a grade per option, by position in the scale (the ballot
    /// screen's grid); nil leaves an option ungraded, counted as the lowest grade.
    @discardableResult
    public func vote(poll id: String, grading grades: [Int?], for represented: String? = nil) throws
        -> [String]
    {
        try actor.require(.vote)
        let answers = try root.poll(id).answers(grading: grades)
        try castBallot(poll: id, answers: answers, for: represented)
        return answers
    }

    /// Casts the answer of someone in the room (the phone page of a poll with `voters: room`):
    /// options by place for the kinds that have options, else the words or the text typed. The
    /// right is the poll's, not the actor's: whoever joined with the room code may answer, once
    /// per device (the room server keeps the devices). Returns the answers as stored.
    @discardableResult
    public func answerFromRoom(poll id: String, options indices: [Int], typed: [String], grades: [Int?] = [])
        throws -> [String]
    {
        let poll = try root.poll(id)
        guard poll.answeredBy == .room else {
            throw ConseilError(
                fr: "ce scrutin est réservé aux membres : entrez votre code personnel de vote",
                en: "this poll is for members only: enter your personal voting code")
        }
        let answers =
            poll.kind == .grades
            ? try poll.answers(grading: grades)
            : poll.kind.hasOptions ? try poll.answers(picking: indices) : try poll.resolveAnswers(typed)
        try changing(poll: id, .shared) { poll in
            try requireOpen(poll)
            try root.castParticipantBallot(poll: poll, answers: answers)
        }
        return answers
    }

    /// Writes the ballot under the session's shared lock: voters never wait for each other, and
    /// a close or an adoption (exclusive) never lets a ballot in after it.
    /// A ballot cast through a pouvoir is the represented member's (one per member, replaced
    /// by voting again) and names its holder; in an anonymous poll it names nobody, and the
    /// represented member's mark is set, so the holder leaves two marks.
    private func castBallot(poll id: String, answers: [String], for represented: String?) throws {
        guard let member = actor.member else { try actor.require(.vote); return }
        let council = try council()
        let represented = try represented.map { try council.requireMember($0).id }
        try changing(poll: id, .shared) { poll in
            try requireOpen(poll)
            guard let represented else {
                return try root.castBallot(poll: poll, member: member.id, answers: answers, at: now)
            }
            let pouvoirs = Proxy.standing(
                root.attendance(session: poll.session).values, members: council.memberIds)
            guard pouvoirs[represented] == member.id else {
                throw ConseilError(
                    fr:
                        "vous ne détenez pas le pouvoir de « \(represented) » à cette séance ; le secrétariat le note avec « conseil session attend \(poll.session) \(represented) excuse --proxy \(member.id) »",
                    en:
                        "you do not hold the pouvoir of “\(represented)” in this session; the secretary records it with “conseil session attend \(poll.session) \(represented) excuse --proxy \(member.id)”"
                )
            }
            try root.castBallot(
                poll: poll, member: represented, answers: answers, at: now,
                castBy: poll.anonymous ? nil : member.id)
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
