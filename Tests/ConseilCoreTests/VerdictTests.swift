import ConseilCore
import Testing

/// Each majority rule on each base, in integers (docs/DECISIONS.md, Majority rules; CGCT L2121-20).
@Suite struct VerdictTests {
    private func decide(
        _ rule: MajorityRule, _ base: MajorityBase = .expressed, for votesFor: Int, against: Int,
        abstentions: Int = 0, present: Int = 0, members: Int = 0, chair: CastingVote? = nil
    ) -> Verdict {
        Verdict.decide(
            rule: rule, of: base,
            Verdict.Tally(
                votesFor: votesFor, against: against, abstentions: abstentions, present: present,
                members: members),
            chair: chair)
    }

    @Test func simpleMajorityIsMoreForThanAgainst() {
        let adopted = decide(.simple, for: 4, against: 3, abstentions: 10)
        #expect(adopted.outcome == .adopted)
        #expect(adopted.required == 4)
        #expect(adopted.base == 7, "abstentions are not suffrages exprimés")
        #expect(decide(.simple, for: 3, against: 4).outcome == .rejected)
    }

    @Test func absoluteMajorityOfTheVotesCast() {
        // 10 cast: more than half is 6.
        let verdict = decide(.absolute, for: 6, against: 4, abstentions: 5)
        #expect(verdict.required == 6)
        #expect(verdict.outcome == .adopted)
        // 11 cast: more than half is 6 as well.
        #expect(decide(.absolute, for: 6, against: 5).outcome == .adopted)
        #expect(decide(.absolute, for: 5, against: 6).outcome == .rejected)
    }

    @Test func absoluteMajorityOfThePresentCountsAbstentionsAgainst() {
        // 12 present: 7 needed; 6 for, 2 against, 4 abstentions is not enough.
        let verdict = decide(.absolute, .present, for: 6, against: 2, abstentions: 4, present: 12)
        #expect(verdict.base == 12)
        #expect(verdict.required == 7)
        #expect(verdict.outcome == .rejected)
        #expect(decide(.absolute, .present, for: 7, against: 0, present: 12).outcome == .adopted)
    }

    @Test func absoluteMajorityOfTheMembersInOffice() {
        // 15 members: 8 needed, whoever came.
        let verdict = decide(.absolute, .members, for: 7, against: 0, present: 7, members: 15)
        #expect(verdict.required == 8)
        #expect(verdict.outcome == .rejected)
        #expect(decide(.absolute, .members, for: 8, against: 1, present: 9, members: 15).outcome == .adopted)
    }

    @Test func twoThirdsIsThreeForAtLeastTwiceTheBase() {
        // 9 cast: 6 needed (3·6 = 18 ≥ 18).
        #expect(decide(.twoThirds, for: 6, against: 3).outcome == .adopted)
        #expect(decide(.twoThirds, for: 6, against: 3).required == 6)
        // 10 cast: 7 needed (3·7 = 21 ≥ 20; 3·6 = 18 < 20).
        #expect(decide(.twoThirds, for: 6, against: 4).outcome == .rejected)
        #expect(decide(.twoThirds, for: 6, against: 4).required == 7)
        // Of 12 present, 8 needed; of 14 members, 10.
        #expect(decide(.twoThirds, .present, for: 8, against: 0, present: 12).outcome == .adopted)
        #expect(decide(.twoThirds, .present, for: 7, against: 0, present: 12).outcome == .rejected)
        #expect(decide(.twoThirds, .members, for: 9, against: 0, present: 12, members: 14).required == 10)
    }

    @Test func unanimityOnEachBase() {
        #expect(decide(.unanimity, for: 5, against: 0, abstentions: 2).outcome == .adopted)
        #expect(decide(.unanimity, for: 5, against: 1).outcome == .rejected)
        // Of the present: an abstention breaks it.
        #expect(
            decide(.unanimity, .present, for: 5, against: 0, abstentions: 1, present: 6).outcome == .rejected)
        #expect(decide(.unanimity, .present, for: 6, against: 0, present: 6).outcome == .adopted)
        #expect(decide(.unanimity, .members, for: 6, against: 0, present: 6, members: 7).outcome == .rejected)
    }

    @Test("no suffrage exprimé adopts nothing", arguments: MajorityRule.allCases)
    func nothingCast(rule: MajorityRule) {
        let verdict = decide(rule, for: 0, against: 0)
        #expect(verdict.outcome == .rejected)
        #expect(verdict.required >= 1)
    }

    @Test("all abstentions adopt nothing, and are no tie", arguments: MajorityRule.allCases)
    func allAbstentions(rule: MajorityRule) {
        let verdict = decide(rule, for: 0, against: 0, abstentions: 9)
        #expect(verdict.outcome == .rejected)
        #expect(verdict.abstentions == 9)
        #expect(verdict.sentence(.fr).contains("aucun suffrage exprimé"))
    }

    @Test func aTieStaysATieWithoutACastingVote() {
        #expect(decide(.simple, for: 5, against: 5).outcome == .tie)
        #expect(decide(.absolute, for: 5, against: 5, abstentions: 3).outcome == .tie)
        // On the present, 5 for of 12 is just short of the majority: rejected, not a tie.
        #expect(decide(.absolute, .present, for: 5, against: 5, present: 12).outcome == .rejected)
        #expect(decide(.twoThirds, for: 5, against: 5).outcome == .rejected)
    }

    @Test func theChairsVoteDecidesATie() {
        let yes = decide(
            .simple, for: 5, against: 5, chair: CastingVote(member: "anne", name: "Anne", answer: "Oui"))
        #expect(yes.outcome == .adopted)
        #expect(yes.castingVote?.member == "anne")
        let no = decide(
            .absolute, for: 5, against: 5, chair: CastingVote(member: "anne", name: nil, answer: "Non"))
        #expect(no.outcome == .rejected)
        #expect(no.castingVote?.answer == "Non")
        // A chair who abstained decides nothing.
        let abstained = decide(
            .simple, for: 5, against: 5, abstentions: 1,
            chair: CastingVote(member: "anne", name: nil, answer: "Abstention"))
        #expect(abstained.outcome == .tie)
        #expect(abstained.castingVote == nil)
        // Outside a tie the chair's vote counts once, like any other.
        #expect(
            decide(.simple, for: 4, against: 5, chair: CastingVote(member: "a", name: nil, answer: "Oui"))
                .castingVote == nil)
    }

    @Test func theSentenceOfTheMinutes() {
        let verdict = decide(.absolute, for: 7, against: 2, abstentions: 1)
        #expect(
            verdict.sentence(.fr)
                == "Adopté (7 voix pour, 2 contre, 1 abstention ; majorité absolue des suffrages exprimés : 5 voix requises)"
        )
        #expect(
            verdict.sentence(.en)
                == "Adopted (7 for, 2 against, 1 abstention; absolute majority of the votes cast: 5 needed)")
        let casting = decide(
            .simple, for: 3, against: 3,
            chair: CastingVote(member: "anne", name: "Anne Animatrice", answer: "Oui"))
        #expect(
            casting.sentence(.fr).hasPrefix(
                "Adopté par la voix prépondérante de la présidence (Anne Animatrice)"))
    }
}

/// How a poll takes its rules, and what it refuses.
@Suite struct PollRulesTests {
    private func make(
        _ kind: PollKind, anonymous: Bool = false, options: [String] = [], _ rules: PollRules
    ) throws -> Poll {
        try Poll.make(
            id: "p1", session: "2017-11-17-seance", item: nil, kind: kind, question: "Adopter ?",
            options: options, abstain: false, maxAnswers: nil, anonymous: anonymous, hideResults: false,
            after: nil, createdAt: Fixture.now, createdBy: "anim", rules: rules)
    }

    @Test func aYesNoPollTakesARuleOnABase() throws {
        let poll = try make(.yesno, PollRules(majority: .twoThirds, of: .present))
        #expect(poll.majority == .twoThirds)
        #expect(poll.majorityOf == .present)
        #expect(try make(.yesno, PollRules(majority: .absolute)).majorityOf == .expressed)
    }

    @Test func rulesAreOnlyForYesNo() {
        #expect(throws: ConseilError.self) {
            try make(.choice, options: ["A", "B"], PollRules(majority: .absolute))
        }
        #expect(throws: ConseilError.self) { try make(.yesno, PollRules(of: .present)) }
        #expect(throws: ConseilError.self) { try make(.yesno, PollRules(majority: .simple, of: .members)) }
    }

    @Test func namedIsRefusedWithAnonymous() throws {
        #expect(throws: ConseilError.self) { try make(.yesno, anonymous: true, PollRules(named: true)) }
        #expect(try make(.yesno, PollRules(named: true)).isNamed)
    }

    @Test func aStoredRuleOnAnotherKindIsRefusedOnLoad() throws {
        var poll = try make(.choice, options: ["A", "B"], PollRules())
        poll.majority = .absolute
        #expect(poll.limitViolation != nil)
        var both = try make(.yesno, PollRules(named: true))
        both.anonymous = true
        #expect(both.limitViolation != nil)
    }
}
