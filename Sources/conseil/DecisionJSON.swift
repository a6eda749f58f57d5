import ConseilCore

// What a poll decided, in `poll results --format json`: the verdict of a majority rule, the
// names of a public vote, a majority judgment's ranking. Ids are stable English words.

struct VerdictJSON: Encodable {
    struct Casting: Encodable {
        let member: String
        let name: String?
        let answer: String
    }

    let rule, of, outcome: String
    let base, required, against, abstentions: Int
    let votesFor: Int
    let castingVote: Casting?

    private enum CodingKeys: String, CodingKey {
        case rule, of, base, required, votesFor = "for", against, abstentions, outcome, castingVote
    }

    init(_ verdict: Verdict) {
        rule = verdict.rule.rawValue
        of = verdict.of.rawValue
        outcome = verdict.outcome.rawValue
        base = verdict.base
        required = verdict.required
        votesFor = verdict.votesFor
        against = verdict.against
        abstentions = verdict.abstentions
        castingVote = verdict.castingVote.map { Casting(member: $0.member, name: $0.name, answer: $0.answer) }
    }
}

struct NamedJSON: Encodable {
    let member, name: String
    /// The answer: one label, several joined by « , », or for grades « OPTION = GRADE ; … ».
    let answer: String
    let answers: [String]

    init(_ named: NamedAnswer, _ poll: Poll) {
        member = named.member
        name = named.name
        answers = named.answers
        answer = ResultsText(language: .fr).namedAnswer(named, poll)
    }
}

struct RankedJSON: Encodable {
    let label: String
    let rank: Int
    let majorityGrade: String?
    /// Count per grade, best grade first (the grades are the results' `scale`).
    let profile: [Int]

    init(_ ranked: MajorityJudgment.Ranked, _ poll: Poll) {
        label = poll.options[ranked.option]
        rank = ranked.rank
        majorityGrade = ranked.majorityGrade.map { poll.scale[$0] }
        profile = ranked.profile
    }
}
