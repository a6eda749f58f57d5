import ConseilCore

/// What a facilitator asks for when creating a poll, from any front.
public struct PollDraft: Sendable, Equatable {
    public var session: String
    public var item: String?
    public var kind: PollKind
    public var question: String
    public var options: [String]
    public var abstain: Bool
    public var maxAnswers: Int?
    public var anonymous: Bool
    public var hideResults: Bool
    public var after: String?
    public var rules: PollRules
    public var voters: PollVoters

    public init(
        session: String, item: String? = nil, kind: PollKind, question: String, options: [String] = [],
        abstain: Bool = false, maxAnswers: Int? = nil, anonymous: Bool = false, hideResults: Bool = false,
        after: String? = nil, rules: PollRules = PollRules(), voters: PollVoters = .members
    ) {
        self.session = session
        self.item = item
        self.kind = kind
        self.question = question
        self.options = options
        self.abstain = abstain
        self.maxAnswers = maxAnswers
        self.anonymous = anonymous
        self.hideResults = hideResults
        self.after = after
        self.rules = rules
        self.voters = voters
    }
}

extension UseCases {
    public func createPoll(_ draft: PollDraft) throws -> Poll {
        try actor.require(.runPolls, for: Localized(fr: "créer un scrutin", en: "creating a poll"))
        return try changing(session: draft.session) { session in
            let poll = try make(draft, in: session, id: newId("q"), createdAt: now, createdBy: actor.id)
            try root.create(poll, at: root.absolute(Layout.poll(session: session.id, poll: poll.id)))
            return poll
        }
    }

    /// The poll a draft describes, checked against the session it goes in (its agenda item, its
    /// first round): the one set of checks for a new poll and an edited draft.
    func make(_ draft: PollDraft, in session: Session, id: String, createdAt: Timestamp, createdBy: String)
        throws -> Poll
    {
        if let after = draft.after {
            let first = try root.poll(after)
            guard first.id != id else {
                throw ConseilError(
                    fr: "un scrutin ne peut pas être son propre second tour",
                    en: "a poll cannot be its own second round")
            }
            guard first.kind == draft.kind else {
                throw ConseilError(
                    fr:
                        "le premier tour \(first.id) est de type \(first.kind.rawValue) : le second tour doit être du même type",
                    en:
                        "the first round \(first.id) is a \(first.kind.rawValue) poll: the second round must be the same kind"
                )
            }
        }
        if let item = draft.item { try requireItem(item, in: session) }
        return try Poll.make(
            id: id, session: session.id, item: draft.item, kind: draft.kind,
            question: draft.question, options: draft.options, abstain: draft.abstain,
            maxAnswers: draft.maxAnswers, anonymous: draft.anonymous, hideResults: draft.hideResults,
            after: draft.after, createdAt: createdAt, createdBy: createdBy, rules: draft.rules,
            voters: draft.voters)
    }

    public func openPoll(_ id: String) throws -> Poll {
        try actor.require(.runPolls, for: Localized(fr: "ouvrir un scrutin", en: "opening a poll"))
        return try changing(poll: id) { poll in
            var poll = poll
            try poll.open(at: now)
            try root.save(poll)
            return poll
        }
    }

    /// Closing waits for the ballots being written (they hold the session's lock shared), so no
    /// ballot lands after the close; interrupted anonymous votes are settled first.
    public func closePoll(_ id: String) throws -> Poll {
        try actor.require(.runPolls, for: Localized(fr: "clore un scrutin", en: "closing a poll"))
        return try changing(poll: id) { poll in
            var poll = poll
            try poll.close(at: now)
            if poll.anonymous { try root.settleInterruptedVotes(poll) }
            // Stored with the poll: later changes to the members or the attendance change nothing.
            poll.verdict = try verdict(of: poll)
            try root.save(poll)
            return poll
        }
    }

    /// Merging, unmerging, hiding and showing answers change only the poll's settings: the
    /// ballots stay as cast, so every change can be undone.
    public func moderate(_ id: String, _ change: AnswerChange) throws -> Poll {
        try actor.require(
            .runPolls, for: Localized(fr: "modérer les réponses", en: "moderating answers"))
        return try changing(poll: id) { poll in
            var poll = poll
            try poll.apply(change)
            try root.save(poll)
            return poll
        }
    }

    /// A show of hands, added to the ballots and the earlier counts: each answer's hands (an
    /// option's label, or a word) and, for multi and words polls, the people who raised a hand.
    public func addHandCount(poll id: String, entries: [(label: String, count: Int)], voters: Int?) throws
        -> HandCount
    {
        try actor.require(
            .runPolls, for: Localized(fr: "saisir une main levée", en: "entering a show of hands"))
        return try changing(poll: id) { poll in
            let count = try poll.handCount(entries, voters: voters, id: newId("h"), at: now, by: actor.id)
            try root.add(count, to: poll)
            return count
        }
    }

    func requireItem(_ item: String, in session: Session) throws {
        let found = try root.agendaItem(item)
        guard found.session == session.id else {
            throw ConseilError(
                fr: "le point \(item) n'est pas dans la séance \(session.id)",
                en: "item \(item) is not in session \(session.id)", field: .item)
        }
    }
}
