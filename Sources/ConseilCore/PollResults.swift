public struct OptionResult: Sendable, Equatable {
    public let label: String
    public let count: Int
    /// Nil when the base is zero.
    public let percent: Percentage?
}

/// One group of a word cloud: shown with its most frequent original spelling.
public struct WordResult: Sendable, Equatable {
    public let key: String
    public let text: String
    public let count: Int
    /// Every original spelling in the group, for the facilitator's merge and hide screen.
    public let spellings: [String]
}

/// The tally of a poll: what `poll results` prints and what the screens draw.
public struct PollResults: Sendable, Equatable {
    public let poll: Poll
    /// The number the percentages divide by: voters (ballots plus hands raised).
    public let base: Int
    /// Ballot files counted.
    public let ballots: Int
    /// People counted by a show of hands.
    public let handVoters: Int
    public let options: [OptionResult]
    public let answers: [WordResult]
    public let texts: [String]
    /// Ballot and hand-count files left out (unreadable or invalid): `conseil check` names them.
    public let discarded: Discarded
    private let previousRound: [PollResults]

    /// The earlier round, when this poll is a second round and that round's results may be
    /// shown. Decided here, once, so that no comparison, export or screen can show the counts
    /// of a first round whose results are hidden until it closes.
    public var previous: PollResults? { previousRound.first }

    /// Tallies ballots (in a stable order: sorted by file name) and hand counts.
    public init(
        poll: Poll, ballots: [Ballot], counts: [HandCount], previous: PollResults? = nil,
        discarded: Discarded = Discarded()
    ) {
        self.poll = poll
        self.discarded = discarded
        self.ballots = ballots.count
        handVoters = counts.reduce(0) { $0.addingSaturated($1.voters) }
        base = ballots.count.addingSaturated(handVoters)
        previousRound = previous.flatMap { $0.poll.resultsVisible ? [$0] : nil } ?? []
        switch poll.kind {
        case .yesno, .choice, .multi:
            // Not `uniqueKeysWithValues`: a poll.json edited by hand with a label twice must
            // still be tallied, not stop the program.
            var tally = [String: Int](poll.options.map { ($0, 0) }, uniquingKeysWith: { first, _ in first })
            for ballot in ballots {
                for answer in Set(ballot.answers) where tally[answer] != nil { tally[answer]! += 1 }
            }
            for count in counts {
                for (label, value) in count.counts where tally[label] != nil {
                    tally[label] = tally[label]!.addingSaturated(value)
                }
            }
            let base = self.base
            options = poll.options.map {
                OptionResult(label: $0, count: tally[$0]!, percent: Percentage(count: tally[$0]!, base: base))
            }
            answers = []
            texts = []
        case .words:
            options = []
            answers = WordCloud.group(poll: poll, ballots: ballots, counts: counts)
            texts = []
        case .text:
            options = []
            answers = []
            texts = ballots.flatMap(\.answers)
        }
    }
}

enum WordCloud {
    static func group(poll: Poll, ballots: [Ballot], counts: [HandCount]) -> [WordResult] {
        // Every (participant, spelling) pair, hand counts as `weight` anonymous participants.
        var entries: [(participant: Int, spelling: String, weight: Int)] = []
        for (index, ballot) in ballots.enumerated() {
            for answer in ballot.answers { entries.append((index, WordNormaliser.tidy(answer), 1)) }
        }
        for count in counts {
            for (spelling, value) in count.counts.sorted(by: { $0.key < $1.key }) where value > 0 {
                entries.append((-1, WordNormaliser.tidy(spelling), value))
            }
        }
        let rawKeys = Set(entries.map { WordNormaliser.key($0.spelling) })
        let plurals = WordNormaliser.foldPlurals(rawKeys)
        let merged = poll.merged ?? [:]
        func groupKey(_ spelling: String) -> String {
            var key = WordNormaliser.key(spelling)
            key = plurals[key] ?? key
            var hops = 0
            while let next = merged[key], next != key, hops < 16 {
                key = next
                hops += 1
            }
            return key
        }
        var counted = Set<[String]>()  // (participant, group): one participant counts once per group
        var totals: [String: Int] = [:]
        var spellings: [String: [String: Int]] = [:]
        for entry in entries where !entry.spelling.isEmpty {
            let key = groupKey(entry.spelling)
            guard !key.isEmpty else { continue }
            spellings[key, default: [:]][entry.spelling, default: 0].addSaturated(entry.weight)
            if entry.participant >= 0 {
                guard counted.insert([String(entry.participant), key]).inserted else { continue }
            }
            totals[key, default: 0].addSaturated(entry.weight)
        }
        let hidden = Set(poll.hidden ?? [])
        return totals.compactMap { key, count -> WordResult? in
            guard !hidden.contains(key) else { return nil }
            let forms = spellings[key] ?? [:]
            // The most frequent original; ties go to the smallest text, for the same result everywhere.
            let shown =
                forms.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? key
            return WordResult(key: key, text: shown, count: count, spellings: forms.keys.sorted())
        }
        .sorted { a, b in
            a.count != b.count
                ? a.count > b.count : (a.text.lowercased(), a.text) < (b.text.lowercased(), b.text)
        }
    }
}
