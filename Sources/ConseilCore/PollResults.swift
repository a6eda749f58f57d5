public struct OptionResult: Sendable, Equatable {
    public let label: String
    public let count: Int
    /// Nil when the base is zero.
    public let percent: Percentage?
}

/// One group of a word cloud, shown with the spelling `ShownSpelling` prefers.
public struct WordResult: Sendable, Equatable {
    public let key: String
    public let text: String
    public let count: Int
    /// Every original spelling in the group, with how often it was given.
    let forms: [String: Int]

    /// Every original spelling in the group, for the facilitator's merge and hide screen.
    public var spellings: [String] { forms.keys.sorted() }
}

/// One member's ballot in a named vote.
public struct NamedAnswer: Sendable, Equatable {
    public let member: String
    /// The member's name in the council, or their id when they are no longer in it.
    public let name: String
    public let answers: [String]
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
    public private(set) var answers: [WordResult]
    /// A grades poll's options, best first.
    public let ranking: [MajorityJudgment.Ranked]
    /// Who answered what, in a named vote: ballots by member id.
    public let named: [NamedAnswer]
    /// Word groups the facilitator hid, most cited first.
    public private(set) var hiddenAnswers: [WordResult]
    /// Free-text answers shown, in the order of the ballot files, and those hidden.
    public let textAnswers: [TextAnswer]
    public let hiddenTexts: [TextAnswer]
    public var texts: [String] { textAnswers.map(\.text) }
    /// Ballot and hand-count files left out (unreadable or invalid): `conseil check` names them.
    public let discarded: Discarded
    private var previousRound: [PollResults]
    /// A word poll's answers as given, and the keys that grouped them: a second round
    /// regroups its first round with the keys of both.
    let wordEntries: [WordEntry]
    private(set) var wordKeys = WordKeys(spellings: [:])

    /// The earlier round, when this poll is a second round and that round's results may be
    /// shown. Decided here, once, so that no comparison, export or screen can show the counts
    /// of a first round whose results are hidden until it closes.
    public var previous: PollResults? { previousRound.first }

    /// Tallies ballots (in a stable order: sorted by file name) and hand counts.
    public init(
        poll: Poll, ballots: [Ballot], counts: [HandCount], previous: PollResults? = nil,
        discarded: Discarded = Discarded(), council: Council? = nil
    ) {
        self.poll = poll
        self.discarded = discarded
        self.ballots = ballots.count
        handVoters = counts.reduce(0) { $0.addingSaturated($1.voters) }
        base = ballots.count.addingSaturated(handVoters)
        previousRound = previous.flatMap { $0.poll.resultsVisible ? [$0] : nil } ?? []
        named =
            poll.isNamed
            ? ballots.compactMap { ballot in
                ballot.voter.map {
                    NamedAnswer(member: $0, name: council?.member($0)?.name ?? $0, answers: ballot.answers)
                }
            }.sorted { FrenchOrder.precedes($0.name, $1.name) } : []
        ranking = poll.kind == .grades ? MajorityJudgment.rank(Self.profiles(poll, ballots)) : []
        switch poll.kind {
        case .yesno, .choice, .multi:
            // Counted by the option's first place: a poll.json edited by hand with a label twice
            // is still tallied, both places showing the count. A few labels are compared
            // faster than they are hashed, ten thousand times a vote on a big poll.
            let labels = poll.options
            var tally = [Int](repeating: 0, count: labels.count)
            for ballot in ballots {
                // An answer given twice counts once; most ballots give one, which needs no set.
                let answers = ballot.answers.count == 1 ? ballot.answers : Array(Set(ballot.answers))
                for answer in answers {
                    if let place = labels.firstIndex(of: answer) { tally[place] += 1 }
                }
            }
            for count in counts {
                for (label, value) in count.counts {
                    if let place = labels.firstIndex(of: label) {
                        tally[place] = tally[place].addingSaturated(value)
                    }
                }
            }
            let base = self.base
            options = labels.map { label in
                let count = tally[labels.firstIndex(of: label)!]
                return OptionResult(label: label, count: count, percent: Percentage(count: count, base: base))
            }
            answers = []
            hiddenAnswers = []
            textAnswers = []
            hiddenTexts = []
            wordEntries = []
        case .words:
            options = []
            wordEntries = WordCloud.entries(ballots: ballots, counts: counts)
            let earlier = previousRound.first { $0.poll.kind == .words }
            let keys = WordCloud.keys(wordEntries + (earlier?.wordEntries ?? []))
            wordKeys = keys
            (answers, hiddenAnswers) = WordCloud.group(wordEntries, poll: poll, keys: keys)
            textAnswers = []
            hiddenTexts = []
            previousRound = previousRound.map { $0.poll.kind == .words ? $0.regrouped(keys) : $0 }
        case .text:
            options = []
            answers = []
            hiddenAnswers = []
            let all = ballots.flatMap(\.answers).map(TextAnswer.init)
            let hidden = Set(poll.hidden ?? [])
            textAnswers = all.filter { !hidden.contains($0.key) }
            hiddenTexts = all.filter { hidden.contains($0.key) }
            wordEntries = []
        case .grades:
            options = []
            answers = []
            hiddenAnswers = []
            textAnswers = []
            hiddenTexts = []
            wordEntries = []
        }
    }

    /// Each option's grades, counted per grade, best first.
    private static func profiles(_ poll: Poll, _ ballots: [Ballot]) -> [[Int]] {
        var profiles = poll.options.map { _ in [Int](repeating: 0, count: poll.scale.count) }
        for ballot in ballots {
            for (option, grade) in poll.gradeIndices(ballot.answers).enumerated() {
                profiles[option][grade] += 1
            }
        }
        return profiles
    }

    /// The same tally grouped with keys decided over both rounds.
    private func regrouped(_ keys: WordKeys) -> PollResults {
        var copy = self
        copy.wordKeys = keys
        (copy.answers, copy.hiddenAnswers) = WordCloud.group(wordEntries, poll: poll, keys: keys)
        return copy
    }
}
