/// One answer of a word poll: who gave it (-1 for a show of hands) and how many it counts for.
struct WordEntry: Sendable, Equatable {
    let participant: Int
    let spelling: String
    let weight: Int
}

/// The groups of a word cloud: spellings of one idea counted once per participant, merges and
/// hides of the facilitator applied, the most cited first.
enum WordCloud {
    /// Every (participant, spelling) pair, hand counts as `weight` anonymous participants.
    static func entries(ballots: [Ballot], counts: [HandCount]) -> [WordEntry] {
        var entries: [WordEntry] = []
        for (index, ballot) in ballots.enumerated() {
            for answer in ballot.answers {
                entries.append(
                    WordEntry(participant: index, spelling: WordNormaliser.tidy(answer), weight: 1))
            }
        }
        for count in counts {
            for (spelling, value) in count.counts.sorted(by: { $0.key < $1.key }) where value > 0 {
                entries.append(
                    WordEntry(participant: -1, spelling: WordNormaliser.tidy(spelling), weight: value))
            }
        }
        return entries.filter { !$0.spelling.isEmpty }
    }

    /// The keys that the given entries (of one round, or of both) decide.
    static func keys(_ entries: [WordEntry]) -> WordKeys {
        WordKeys(spellings: entries.reduce(into: [:]) { $0[$1.spelling, default: 0].addSaturated($1.weight) })
    }

    /// The groups shown, and those the facilitator hid (kept so that they can be shown again).
    static func group(_ entries: [WordEntry], poll: Poll, keys: WordKeys) -> (
        shown: [WordResult], hidden: [WordResult]
    ) {
        func groupKey(_ spelling: String) -> String { poll.mergeTarget(of: keys.form(of: spelling).key) }
        var counted = Set<[String]>()  // (participant, group): one participant counts once per group
        var totals: [String: Int] = [:]
        var spellings: [String: [String: Int]] = [:]
        // A merged group keeps the name of the group it joined: its own spellings choose it.
        var own: [String: [String: Int]] = [:]
        for entry in entries {
            let key = groupKey(entry.spelling)
            guard !key.isEmpty else { continue }
            spellings[key, default: [:]][entry.spelling, default: 0].addSaturated(entry.weight)
            if keys.form(of: entry.spelling).key == key {
                own[key, default: [:]][entry.spelling, default: 0].addSaturated(entry.weight)
            }
            if entry.participant >= 0 {
                guard counted.insert([String(entry.participant), key]).inserted else { continue }
            }
            totals[key, default: 0].addSaturated(entry.weight)
        }
        let hidden = Set(poll.hidden ?? [])
        let groups = totals.compactMap { key, count -> WordResult? in
            guard let forms = spellings[key] else { return nil }
            return WordResult(
                key: key, text: ShownSpelling.choose(own[key] ?? forms, keys: keys) ?? key, count: count,
                forms: forms)
        }
        // Most cited first, ties in French order.
        let sorted = groups.map { ($0, FrenchOrder.Key($0.text)) }
            .sorted { a, b in a.0.count != b.0.count ? a.0.count > b.0.count : a.1 < b.1 }
            .map(\.0)
        return (sorted.filter { !hidden.contains($0.key) }, sorted.filter { hidden.contains($0.key) })
    }
}
