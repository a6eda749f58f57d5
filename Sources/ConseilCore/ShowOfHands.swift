/// A show of hands as the facilitator enters it, from `poll count` or the interface's form:
/// one set of rules for both, so that they accept and refuse the same counts.
extension HandCount {
    /// More hands than any room holds: a typing slip, refused.
    public static let maxHands = 1_000_000
}

extension Poll {
    /// Builds a show of hands from each answer's count (an option's label, or a word) and, for
    /// multi and words polls, the number of people who raised a hand. Refuses a closed or
    /// free-text poll, an answer that is not an option, a count out of range, a show of hands
    /// with no hand at all, and a number of people that the counts contradict.
    public func handCount(
        _ entries: [(label: String, count: Int)], voters: Int?, id: String, at: Timestamp, by: String
    ) throws -> HandCount {
        guard state != .closed else {
            throw ConseilError(
                fr: "le scrutin est clos : rien n'est enregistré", en: "the poll is closed: nothing saved")
        }
        guard kind != .text else { throw Self.freeTextRefusal }
        var counts: [String: Int] = [:]
        for (label, count) in entries {
            guard (0...HandCount.maxHands).contains(count), !kind.hasOptions || options.contains(label) else {
                throw ConseilError(
                    fr: "décompte refusé : « \(InertText.make(label)) » = \(count)",
                    en: "count refused: “\(InertText.make(label))” = \(count)", field: .hands)
            }
            counts[label, default: 0] += count
        }
        let sum = counts.values.reduce(0, +)
        guard sum > 0 else {
            throw ConseilError(
                fr: "main levée vide (aucune main) : rien n'est enregistré",
                en: "empty show of hands (no hand at all): nothing saved", field: .hands)
        }
        return HandCount(
            id: id, poll: self.id, counts: counts, voters: try people(counts, sum: sum, voters: voters),
            at: at,
            by: by)
    }

    /// The base a show of hands adds: the sum of hands when each person has one answer; else the
    /// people counted, who must be at least the largest count and at most the hands they could raise.
    private func people(_ counts: [String: Int], sum: Int, voters: Int?) throws -> Int {
        if kind == .yesno || kind == .choice {
            guard voters == nil || voters == sum else {
                throw ConseilError(
                    fr:
                        "le nombre de personnes (\(voters ?? 0)) diffère de la somme des mains levées (\(sum)) pour un choix unique",
                    en:
                        "the number of people (\(voters ?? 0)) differs from the sum of hands (\(sum)) for a single choice",
                    field: .voters)
            }
            return sum
        }
        let perPerson = maxAnswers ?? (kind == .words ? 2 : options.count)
        guard let voters, (1...HandCount.maxHands).contains(voters),
            counts.values.allSatisfy({ $0 <= voters }),
            sum <= voters * perPerson
        else {
            throw ConseilError(
                fr:
                    "indiquez combien de personnes ont levé la main : au moins le plus grand décompte, et au moins la somme des mains ÷ \(perPerson) réponses permises",
                en:
                    "give how many people raised a hand: at least the largest count, and at least the sum of hands ÷ \(perPerson) answers allowed",
                field: .voters)
        }
        return voters
    }

    /// Parses "LABEL=N" as typed after `poll count --add`: an option named as a vote names it
    /// (`optionIndex(matching:)`), or a word of a words poll.
    public func parseCount(_ text: String) throws -> (label: String, count: Int) {
        guard let equals = text.lastIndex(of: "="),
            let count = Int(String(text[text.index(after: equals)...]).trimmingASCIISpaces)
        else {
            throw ConseilError(
                fr:
                    "décompte illisible : « \(InertText.make(text)) » ; écrivez LIBELLÉ=NOMBRE, par exemple Oui=12",
                en: "unreadable count: “\(InertText.make(text))”; write LABEL=NUMBER, for example Oui=12")
        }
        let label = String(text[..<equals])
        if kind.hasOptions { return (options[try optionIndex(matching: label)], count) }
        let tidy = WordNormaliser.tidy(label)
        guard kind == .words else { throw Self.freeTextRefusal }
        guard !tidy.isEmpty else {
            throw ConseilError(
                fr: "décompte sans mot : « \(InertText.make(text)) »",
                en: "count without a word: “\(InertText.make(text))”")
        }
        return (tidy, count)
    }

    private static let freeTextRefusal = ConseilError(
        fr: "un scrutin en texte libre ne se compte pas à main levée",
        en: "a free-text poll cannot be filled by a show of hands")
}
