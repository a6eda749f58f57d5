import ConseilCore
import Testing

/// Moderation changes a poll's settings only: the same ballots tallied again give the raw
/// answers back as soon as a change is undone.
@Suite("Moderation: merge any into any, undo, hide and show, raw ballots unchanged")
struct ModerationTests {
    let answers = [["formation", "réseau"], ["formations", "lien"], ["partage", "formation"], ["usage"]]

    private func tally(_ poll: Poll) -> PollResults {
        PollResults(poll: poll, ballots: Fixture.ballots(poll, answers), counts: [])
    }

    private func counts(_ results: PollResults) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: results.answers.map { ($0.text, $0.count) })
    }

    @Test("the last answer merges into the first, not only into the row above")
    func mergeAnyIntoAny() throws {
        var poll = try Fixture.poll(.words, maxAnswers: 3)
        let raw = tally(poll)
        #expect(raw.answers.first?.text == "formation")
        try poll.apply(.merge(raw.answers.last!.key, into: raw.answers.first!.key))
        #expect(counts(tally(poll))["formation"] == 4)
        #expect(tally(poll).answers.count == raw.answers.count - 1)
        #expect(tally(poll).mergedCount == 1)
    }

    @Test("a merged group keeps the name of the group it joined")
    func mergedName() throws {
        var poll = try Fixture.poll(.words, maxAnswers: 3)
        // « réseau » would win on its own (accents); merged into « formation », it does not.
        try poll.apply(.merge("reseau", into: "formation"))
        #expect(tally(poll).answers.first?.text == "formation")
        #expect(tally(poll).answers.first?.spellings.contains("réseau") == true)
    }

    @Test("a merge into a merged group joins where that group went; a loop is refused")
    func chainsAndLoops() throws {
        var poll = try Fixture.poll(.words, maxAnswers: 3)
        try poll.apply(.merge("partage", into: "formation"))
        try poll.apply(.merge("usage", into: "partage"))
        #expect(poll.merged == ["partage": "formation", "usage": "formation"])
        #expect(throws: ConseilError.self) { try poll.apply(.merge("formation", into: "usage")) }
    }

    @Test("unmerge gives each merged answer its own row again")
    func undo() throws {
        var poll = try Fixture.poll(.words, maxAnswers: 3)
        let raw = tally(poll)
        try poll.apply(.merge("partage", into: "formation"))
        try poll.apply(.merge("lien", into: "formation"))
        try poll.apply(.unmerge("formation"))
        #expect(poll.merged == nil)
        #expect(tally(poll) == raw)
        #expect(throws: ConseilError.self) { try poll.apply(.unmerge("formation")) }
    }

    @Test("a hidden word leaves the results, stays listed as hidden, and shows again")
    func hideAndShowWord() throws {
        var poll = try Fixture.poll(.words, maxAnswers: 3)
        let raw = tally(poll)
        try poll.apply(.hide("lien"))
        let hidden = tally(poll)
        #expect(counts(hidden)["lien"] == nil)
        #expect(hidden.hiddenAnswers.map(\.text) == ["lien"])
        #expect(hidden.moderationNote(.fr) == "Modération : 1 réponse masquée (bulletins inchangés)")
        try poll.apply(.show("lien"))
        #expect(tally(poll) == raw)
        #expect(tally(poll).moderationNote(.fr) == nil)
        #expect(throws: ConseilError.self) { try poll.apply(.show("lien")) }
    }

    @Test("free-text answers hide by a key from their text, found by a part of it")
    func hideText() throws {
        var poll = try Fixture.poll(.text)
        let ballots = Fixture.ballots(poll, [["Des ateliers"], ["Publicité !"], ["Des ateliers"]])
        let raw = PollResults(poll: poll, ballots: ballots, counts: [])
        let key = try raw.answerKey(named: "publicite")
        try poll.apply(.hide(key))
        let shown = PollResults(poll: poll, ballots: ballots, counts: [])
        #expect(shown.texts == ["Des ateliers", "Des ateliers"])
        #expect(shown.hiddenTexts.map(\.text) == ["Publicité !"])
        #expect(shown.base == raw.base, "hiding changes what is shown, not who voted")
        #expect(throws: ConseilError.self) { try shown.answerKey(named: "zzz") }
        #expect(try shown.answerKey(named: "ateliers") == TextAnswer("Des ateliers").key)
        // The key depends on the text alone: the same on every machine, 17 characters.
        #expect(TextAnswer("Des ateliers").key.count == 17)
        #expect(TextAnswer("Des ateliers").key != TextAnswer("Des ateliers !").key)
    }

    @Test("merging is for word clouds; hiding for words and texts")
    func kinds() throws {
        var choice = try Fixture.poll(.choice, options: ["A", "B"])
        #expect(throws: ConseilError.self) { try choice.apply(.hide("A")) }
        var text = try Fixture.poll(.text)
        #expect(throws: ConseilError.self) { try text.apply(.merge("a", into: "b")) }
    }
}
