import ConseilCore

// A poll can be corrected or withdrawn while it is a draft; once opened, ballots may exist
// and the poll is part of the session's record. A wrong show of hands can be taken back
// while the poll is not closed.
extension UseCases {
    /// Replaces a draft's question, options, agenda item and rules; its id and creation stay.
    public func updateDraftPoll(_ id: String, _ draft: PollDraft) throws -> Poll {
        try actor.require(.runPolls, for: Localized(fr: "modifier un scrutin", en: "editing a poll"))
        return try changing(poll: id) { poll in
            try poll.requireDraft(Poll.edited)
            let session = try root.session(poll.session)
            let edited = try make(
                draft, in: session, id: poll.id, createdAt: poll.createdAt, createdBy: poll.createdBy)
            if edited.kind != poll.kind || edited.options != poll.options,
                !root.handCounts(of: poll).values.isEmpty
            {
                throw ConseilError(
                    fr:
                        "ce brouillon a déjà une main levée sur ses options : retirez-la avant d'en changer le type ou les options",
                    en:
                        "this draft already has a show of hands on its options: take it back before changing its kind or options",
                    field: .options)
            }
            try root.save(edited)
            return edited
        }
    }

    /// Withdraws a draft nothing depends on: no show of hands, no second round, no decision.
    public func deleteDraftPoll(_ id: String) throws -> Poll {
        try actor.require(.runPolls, for: Localized(fr: "supprimer un scrutin", en: "deleting a poll"))
        return try changing(poll: id) { poll in
            try poll.requireDraft(Poll.deleted)
            let rounds = root.polls(session: poll.session).values.filter { $0.after == poll.id }.map(\.id)
            let decisions = root.minutesEntries(session: poll.session).values.filter { $0.poll == poll.id }
            let counts = root.handCounts(of: poll).values
            guard rounds.isEmpty, decisions.isEmpty, counts.isEmpty else {
                throw ConseilError(
                    fr:
                        "ce brouillon sert encore (\(counts.count) main(s) levée(s), \(rounds.count) second(s) tour(s), \(decisions.count) décision(s)) : retirez-les d'abord",
                    en:
                        "this draft is still used (\(counts.count) show(s) of hands, \(rounds.count) second round(s), \(decisions.count) decision(s)): remove them first"
                )
            }
            try root.removeDraftFolder(poll)
            return poll
        }
    }

    /// Takes back the latest show of hands of a poll that is not closed; returns it.
    public func takeBackHandCount(poll id: String) throws -> HandCount {
        try actor.require(
            .runPolls, for: Localized(fr: "retirer une main levée", en: "taking back a show of hands"))
        return try changing(poll: id) { poll in
            guard poll.state != .closed else {
                throw ConseilError(
                    fr: "le scrutin est clos : ses mains levées sont arrêtées",
                    en: "the poll is closed: its shows of hands are settled")
            }
            guard let last = root.handCounts(of: poll).values.max(by: { ($0.at, $0.id) < ($1.at, $1.id) })
            else {
                throw ConseilError(
                    fr: "ce scrutin n'a aucune main levée à retirer",
                    en: "this poll has no show of hands to take back")
            }
            try root.remove(
                record: root.absolute(Layout.handCount(session: poll.session, poll: poll.id, count: last.id)))
            return last
        }
    }
}

extension PollDraft {
    /// What a poll was made from, to edit it: its own options without the abstention that
    /// `Poll.make` adds (a yes/no poll's Oui and Non come with its kind).
    public init(editing poll: Poll) {
        let abstains = poll.kind.hasOptions && poll.options.last == Poll.abstention
        var options = abstains ? Array(poll.options.dropLast()) : poll.options
        if poll.kind == .yesno { options = [] }
        self.init(
            session: poll.session, item: poll.item, kind: poll.kind, question: poll.question,
            options: options, abstain: abstains,
            maxAnswers: poll.kind == .multi || poll.kind == .words ? poll.maxAnswers : nil,
            anonymous: poll.anonymous, hideResults: poll.hideResults, after: poll.after,
            rules: PollRules(
                majority: poll.majority, of: poll.majority == nil ? nil : poll.majorityOf,
                named: poll.named == true, grades: poll.grades ?? []),
            voters: poll.voters ?? .members)
    }
}
