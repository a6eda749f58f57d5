/// What a poll decides and how it reports it, asked for at creation: a majority rule and its
/// base, a public vote naming the voters, a grades scale.
public struct PollRules: Sendable, Equatable {
    public var majority: MajorityRule?
    public var of: MajorityBase?
    public var named: Bool
    /// A grades poll's scale, best first; empty for the default one.
    public var grades: [String]

    public init(
        majority: MajorityRule? = nil, of: MajorityBase? = nil, named: Bool = false, grades: [String] = []
    ) {
        self.majority = majority
        self.of = of
        self.named = named
        self.grades = grades
    }
}

extension Poll {
    /// Sets the rules, refusing those that cannot apply to this poll.
    mutating func apply(_ rules: PollRules) throws {
        if let rule = rules.majority {
            // A rule decides between for and against: only a yes/no poll has them.
            guard kind == .yesno else {
                throw ConseilError(
                    fr:
                        "--majority ne vaut que pour un scrutin oui/non (--kind yesno) : un scrutin \(kind.name.fr) n'adopte ni ne rejette rien",
                    en:
                        "--majority only applies to a yes/no poll (--kind yesno): a \(kind.name.en) poll adopts or rejects nothing"
                )
            }
            let base = rules.of ?? .expressed
            guard rule != .simple || base == .expressed else {
                throw ConseilError(
                    fr:
                        "la majorité simple compare les voix pour et contre : retirez --of, ou choisissez --majority absolute",
                    en:
                        "a simple majority compares the votes for and against: drop --of, or choose --majority absolute"
                )
            }
            majority = rule
            majorityOf = base
        } else if rules.of != nil {
            throw ConseilError(
                fr: "--of donne la base d'une majorité : ajoutez --majority",
                en: "--of gives the base of a majority: add --majority")
        }
        if rules.named {
            guard !anonymous else {
                throw ConseilError(
                    fr:
                        "un vote nominatif (--named) publie qui a voté quoi, un scrutin anonyme le cache : choisissez l'un ou l'autre",
                    en:
                        "a named vote (--named) publishes who voted what, an anonymous poll hides it: choose one of them"
                )
            }
            named = true
        }
        if kind == .grades {
            grades = try Poll.gradeScale(rules.grades)
            guard after == nil else {
                throw ConseilError(
                    fr: "--after ne vaut pas pour le jugement majoritaire : retirez-le",
                    en: "--after does not apply to majority judgment: drop it")
            }
        } else if !rules.grades.isEmpty {
            throw ConseilError(
                fr: "--grade ne vaut que pour le jugement majoritaire (--kind grades)",
                en: "--grade only applies to majority judgment (--kind grades)")
        }
    }

    /// Whether the results name the voters.
    public var isNamed: Bool { named == true && !anonymous }
}
