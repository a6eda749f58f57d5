extension HandCount {
    /// The most hands one show of hands may count: far above any room, far below overflow.
    public static let maxHands = 1_000_000

    /// A show of hands for `poll`, refusing what cannot be a count of that room: the one rule,
    /// for the command line and the interface alike. `counts` maps an option (or, for a words
    /// poll, an answer) to its hands; `voters` is how many people raised a hand at all, needed
    /// where one person may raise a hand for several answers (multi, words).
    public static func make(
        for poll: Poll, counts: [String: Int], voters: Int?, id: String, at: Timestamp, by: String
    ) throws -> HandCount {
        guard poll.state != .closed else {
            throw ConseilError(
                fr: "le scrutin est clos : une main levée ne s'y ajoute plus",
                en: "the poll is closed: no show of hands can be added")
        }
        guard poll.kind != .text else {
            throw ConseilError(
                fr: "un scrutin en texte libre ne se compte pas à main levée",
                en: "a free-text poll cannot be filled by a show of hands")
        }
        guard !counts.isEmpty, counts.values.allSatisfy({ (0...maxHands).contains($0) }) else {
            throw ConseilError(
                fr: "chaque décompte doit être un nombre de 0 à \(maxHands) : rien n'est enregistré",
                en: "each count must be a number from 0 to \(maxHands): nothing saved")
        }
        if poll.kind.hasOptions, let stray = counts.keys.first(where: { !poll.options.contains($0) }) {
            throw ConseilError(
                fr: "« \(InertText.make(stray)) » n'est pas une option de ce scrutin",
                en: "“\(InertText.make(stray))” is not an option of this poll")
        }
        let sum = counts.values.reduce(0, +)
        guard sum > 0 else {
            throw ConseilError(
                fr: "main levée vide : aucune main comptée, rien n'est enregistré",
                en: "empty show of hands: no hand counted, nothing saved")
        }
        let people: Int
        switch poll.kind {
        case .multi, .words:
            guard let voters, (1...maxHands).contains(voters), counts.values.allSatisfy({ $0 <= voters })
            else {
                throw ConseilError(
                    fr:
                        "indiquez le nombre de personnes qui ont levé la main (au moins le plus grand décompte)",
                    en: "give the number of people who raised a hand (at least the largest count)")
            }
            people = voters
        default:
            if let voters, voters != sum {
                throw ConseilError(
                    fr:
                        "les votants (\(voters)) diffèrent de la somme des mains levées (\(sum)) pour un choix unique",
                    en: "the voters (\(voters)) differ from the sum of hands (\(sum)) for a single choice")
            }
            guard sum <= maxHands else {
                throw ConseilError(
                    fr: "plus de \(maxHands) mains levées : rien n'est enregistré",
                    en: "more than \(maxHands) hands: nothing saved")
            }
            people = sum
        }
        return HandCount(id: id, poll: poll.id, counts: counts, voters: people, at: at, by: by)
    }
}
