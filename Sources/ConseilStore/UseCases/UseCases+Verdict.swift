import ConseilCore

extension UseCases {
    /// The verdict of a poll with a majority rule, from what is on disk at closing: the ballots
    /// and hands, the members physically present, the members in office, and the chair's own
    /// ballot when the council gives the chair a casting vote and the vote is not secret.
    func verdict(of poll: Poll) throws -> Verdict? {
        guard let rule = poll.majority else { return nil }
        let council = try council()
        let session = try root.session(poll.session)
        let results = root.results(of: poll).results
        let count: (String) -> Int = { label in results.options.first { $0.label == label }?.count ?? 0 }
        let attendance = AttendanceSummary(
            council: council, records: root.attendance(session: session.id).values)
        var chair: CastingVote? = nil
        if council.castingVote == true, !poll.anonymous, let member = session.chair,
            let ballot = root.ballots(of: poll).values.first(where: { $0.voter == member }),
            let answer = ballot.answers.first
        {
            chair = CastingVote(member: member, name: council.member(member)?.name, answer: answer)
        }
        return Verdict.decide(
            rule: rule, of: poll.majorityOf ?? .expressed,
            Verdict.Tally(
                votesFor: count(Poll.yes), against: count(Poll.no), abstentions: count(Poll.abstention),
                present: attendance.present.count, members: council.members.count),
            chair: chair)
    }
}

extension UseCases {
    /// A decision names the poll that carried it: a poll of the same session.
    func requireDecisionPoll(_ id: String, kind: MinutesEntryKind, in session: Session) throws {
        guard kind == .decision else {
            throw ConseilError(
                fr: "--poll ne vaut que pour une décision (--decision)",
                en: "--poll only applies to a decision (--decision)")
        }
        let poll = try root.poll(id)
        guard poll.session == session.id else {
            throw ConseilError(
                fr: "le scrutin \(poll.id) n'est pas dans la séance \(session.id)",
                en: "poll \(poll.id) is not in session \(session.id)")
        }
    }
}
