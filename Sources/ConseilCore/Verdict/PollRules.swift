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
                        "une majorité ne vaut que pour un scrutin oui/non : un scrutin \(kind.name.fr) n'adopte ni ne rejette rien",
                    en:
                        "a majority only applies to a yes/no poll: a \(kind.name.en) poll adopts or rejects nothing",
                    field: .majority)
            }
            let base = rules.of ?? .expressed
            guard rule != .simple || base == .expressed else {
                throw ConseilError(
                    fr:
                        "la majorité simple compare les voix pour et contre, sur les suffrages exprimés : pour une autre base, choisissez la majorité absolue",
                    en:
                        "a simple majority compares the votes for and against, on the votes cast: for another base, choose the absolute majority",
                    field: .base)
            }
            majority = rule
            majorityOf = base
        } else if rules.of != nil {
            throw ConseilError(
                fr: "une base de majorité demande une majorité : choisissez-la aussi",
                en: "a base of majority needs a majority: choose it too", field: .base)
        }
        if rules.named {
            guard !anonymous else {
                throw ConseilError(
                    fr:
                        "un vote nominatif publie qui a voté quoi, un scrutin anonyme le cache : choisissez l'un ou l'autre",
                    en:
                        "a named vote publishes who voted what, an anonymous poll hides it: choose one of them",
                    field: .named)
            }
            named = true
        }
        if kind == .grades {
            grades = try Poll.gradeScale(rules.grades)
            guard after == nil else {
                throw ConseilError(
                    fr: "un jugement majoritaire n'a pas de second tour : choisissez-en aucun",
                    en: "a majority judgment has no second round: choose none")
            }
        } else if !rules.grades.isEmpty {
            throw ConseilError(
                fr: "une échelle de mentions ne vaut que pour un jugement majoritaire",
                en: "a grades scale only applies to a majority judgment", field: .grades)
        }
    }

    /// Whether the results name the voters.
    public var isNamed: Bool { named == true && !anonymous }
}
