import ConseilCore

/// Small builders shared by the tests: a fixed clock, polls made through `Poll.make` (so the
/// tests see the same options a facilitator gets), ballots and hand counts.
enum Fixture {
    /// 2017-11-17T09:30:00Z.
    static let now = Timestamp(seconds: 1_510_911_000)

    static func poll(
        _ kind: PollKind, options: [String] = [], abstain: Bool = false, maxAnswers: Int? = nil,
        id: String = "p1", item: String? = nil, hideResults: Bool = false, after: String? = nil,
        question: String = "Qu'en pensez-vous ?"
    ) throws -> Poll {
        try Poll.make(
            id: id, session: "2017-11-17-seance", item: item, kind: kind, question: question,
            options: options,
            abstain: abstain, maxAnswers: maxAnswers, anonymous: false, hideResults: hideResults,
            after: after,
            createdAt: now, createdBy: "anim")
    }

    /// One ballot per element, voters named v0, v1…
    static func ballots(_ poll: Poll, _ answers: [[String]]) -> [Ballot] {
        answers.enumerated().map {
            Ballot(poll: poll.id, voter: "v\($0.offset)", at: now, answers: $0.element)
        }
    }

    /// `count` single-answer ballots for each label, in the order given.
    static func ballots(_ poll: Poll, votes: [(String, Int)]) -> [Ballot] {
        ballots(poll, votes.flatMap { label, count in Array(repeating: [label], count: count) })
    }

    static func hands(_ poll: Poll, _ counts: [String: Int], voters: Int, id: String = "h1") -> HandCount {
        HandCount(id: id, poll: poll.id, counts: counts, voters: voters, at: now, by: "anim")
    }

    /// The tally of a word poll from the answers of each participant.
    static func words(
        _ answers: [[String]], hands: [String: Int] = [:], handVoters: Int = 0,
        merged: [String: String]? = nil,
        hidden: [String]? = nil, maxAnswers: Int = 3
    ) throws -> PollResults {
        var poll = try poll(.words, maxAnswers: maxAnswers)
        poll.merged = merged
        poll.hidden = hidden
        let counts = hands.isEmpty ? [] : [Fixture.hands(poll, hands, voters: handVoters)]
        return PollResults(poll: poll, ballots: ballots(poll, answers), counts: counts)
    }

    static func day(_ text: String) -> CalendarDay { CalendarDay(text)! }
}

/// A deterministic generator (SplitMix64) for ids.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension PollResults {
    /// The count of the option with this label, nil when there is no such option.
    func count(of label: String) -> Int? { options.first { $0.label == label }?.count }

    func percent(of label: String) -> String? {
        options.first { $0.label == label }?.percent?.formatted(.fr)
    }

    func word(_ key: String) -> WordResult? { answers.first { $0.key == key } }
}
