public enum VerdictOutcome: String, Codable, Sendable, CaseIterable {
    case adopted, rejected, tie

    public var name: Localized {
        switch self {
        case .adopted: Localized(fr: "Adopté", en: "Adopted")
        case .rejected: Localized(fr: "Rejeté", en: "Rejected")
        case .tie: Localized(fr: "Partage des voix", en: "Tie")
        }
    }
}

/// The president's vote that decided a tie (CGCT L2121-20): who, and what they voted.
public struct CastingVote: Codable, Sendable, Equatable {
    public var member: String
    /// The name at closing, kept for the minutes whatever becomes of the member list.
    public var name: String?
    public var answer: String

    public init(member: String, name: String?, answer: String) {
        self.member = member
        self.name = name
        self.answer = answer
    }
}

/// What a yes/no poll decided, computed once at closing and stored in poll.json, so that later
/// changes to the member list or the attendance never change a decision already taken.
public struct Verdict: Codable, Sendable, Equatable {
    public var rule: MajorityRule
    public var of: MajorityBase
    /// The number the rule counts on: votes cast, members present or members in office.
    public var base: Int
    /// Votes for needed to carry.
    public var required: Int
    public var votesFor: Int
    public var against: Int
    public var abstentions: Int
    public var outcome: VerdictOutcome
    public var castingVote: CastingVote?

    enum CodingKeys: String, CodingKey {
        case rule, of, base, required, votesFor = "for", against, abstentions, outcome, castingVote
    }

    /// The counts a rule is applied to, and what the base may be besides the votes cast.
    public struct Tally: Sendable, Equatable {
        public var votesFor, against, abstentions: Int
        /// Members physically present (attendance) and members in office, at closing.
        public var present, members: Int

        public init(votesFor: Int, against: Int, abstentions: Int, present: Int, members: Int) {
            self.votesFor = votesFor
            self.against = against
            self.abstentions = abstentions
            self.present = present
            self.members = members
        }
    }

    /// Applies `rule` on `base` in integers (docs/DECISIONS.md, Majority rules). `chairAnswer`
    /// is the chair's own answer when the council gives the president a casting vote and the
    /// vote is public: it decides a tie, and nothing else.
    public static func decide(
        rule: MajorityRule, of base: MajorityBase, _ tally: Tally, chair: CastingVote? = nil
    ) -> Verdict {
        let votesFor = tally.votesFor
        let against = tally.against
        let expressed = votesFor.addingSaturated(against)
        // Whoever voted was there: attendance taken late never makes the base smaller than the
        // people who answered.
        let answered = expressed.addingSaturated(tally.abstentions)
        let count =
            switch base {
            case .expressed: expressed
            case .present: max(tally.present, answered)
            case .members: max(tally.members, answered)
            }
        let required: Int
        var adopted: Bool
        switch rule {
        case .simple:
            required = against + 1
            adopted = votesFor > against
        case .absolute:
            required = count / 2 + 1
            adopted = votesFor >= required
        case .twoThirds:
            // 3·for ≥ 2·base, so ⌈2·base / 3⌉, and at least one vote.
            required = max(1, (count * 2 + 2) / 3)
            adopted = votesFor >= required
        case .unanimity:
            required = max(1, count)
            adopted = votesFor == count && against == 0 && votesFor > 0
        }
        var outcome: VerdictOutcome = adopted ? .adopted : .rejected
        var casting: CastingVote? = nil
        // A tie (partage des voix) is as many for as against, on the rules where that decides:
        // more for than against, or more than half of the votes cast.
        let splitDecides = rule == .simple || (rule == .absolute && base == .expressed)
        if splitDecides, votesFor == against, votesFor > 0 {
            outcome = .tie
            if let chair, chair.answer == Poll.yes || chair.answer == Poll.no {
                outcome = chair.answer == Poll.yes ? .adopted : .rejected
                casting = chair
            }
        }
        return Verdict(
            rule: rule, of: base, base: count, required: required, votesFor: votesFor, against: against,
            abstentions: tally.abstentions, outcome: outcome, castingVote: casting)
    }
}
