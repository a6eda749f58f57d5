import ConseilCore
import Testing

@Suite("Poll.make: what a facilitator may ask for")
struct PollDefinitionTests {
    @Test("defaults: yes/no options, multi max = options, words max 2")
    func defaults() throws {
        #expect(try Fixture.poll(.yesno).options == ["Oui", "Non"])
        #expect(try Fixture.poll(.yesno).maxAnswers == nil)
        #expect(try Fixture.poll(.multi, options: ["A", "B", "C"]).maxAnswers == 3)
        #expect(try Fixture.poll(.words).maxAnswers == 2)
        #expect(try Fixture.poll(.words, maxAnswers: 10).maxAnswers == 10)
        #expect(
            try Fixture.poll(.choice, options: [" A ", "B"], abstain: true).options == [
                "A", "B", "Abstention",
            ])
        #expect(try Fixture.poll(.text, question: "  Pourquoi ?  ").question == "Pourquoi ?")
        #expect(try Fixture.poll(.yesno).state == .draft)
    }

    @Test("a yes/no poll refuses options")
    func yesNoWithOptions() {
        let error = #expect(throws: ConseilError.self) { try Fixture.poll(.yesno, options: ["Oui", "Non"]) }
        #expect(error?.field == .options)
        #expect(
            error?.message.fr.contains("--") == false,
            "the message names no flag: each front points its own way")
    }

    @Test("a choice needs 2 to 20 options", arguments: [PollKind.choice, .multi])
    func optionCount(kind: PollKind) throws {
        #expect(throws: ConseilError.self) { try Fixture.poll(kind, options: []) }
        let one = #expect(throws: ConseilError.self) { try Fixture.poll(kind, options: ["Seule"]) }
        #expect(one?.message.fr.contains("de 2 à 20 options") == true)
        let many = (1...21).map { "Option \($0)" }
        #expect(throws: ConseilError.self) { try Fixture.poll(kind, options: many) }
        #expect(try Fixture.poll(kind, options: Array(many.prefix(20))).options.count == 20)
    }

    @Test("duplicate or empty options are refused, case and accents ignored")
    func duplicates() {
        for options in [["Vélo", "velo"], ["Bus", "BUS"], ["Bus", "  "], ["Bus", "Train", "Bus "]] {
            let error = #expect(throws: ConseilError.self, "\(options)") {
                try Fixture.poll(.choice, options: options)
            }
            #expect(error?.message.fr.contains("en double") == true)
        }
    }

    @Test(
        "--abstain refuses an option already called Abstention",
        arguments: ["Abstention", "abstention", "ABSTENTION "])
    func abstentionTwice(label: String) {
        let error = #expect(throws: ConseilError.self) {
            try Fixture.poll(.choice, options: [label, "Pour"], abstain: true)
        }
        #expect(error?.message.fr.contains("en double") == true)
        // Without --abstain, an option of that name is an ordinary option.
        #expect(throws: Never.self) { try Fixture.poll(.choice, options: [label, "Pour"]) }
    }

    @Test("--max-answers only for multi and words, within bounds")
    func maxAnswers() {
        for kind in [PollKind.yesno, .choice, .text] {
            let options = kind == .choice ? ["A", "B"] : []
            let error = #expect(throws: ConseilError.self, "\(kind)") {
                try Fixture.poll(kind, options: options, maxAnswers: 1)
            }
            #expect(error?.field == .maxAnswers)
            #expect(error?.message.fr.contains("--") == false)
        }
        #expect(throws: ConseilError.self) { try Fixture.poll(.multi, options: ["A", "B"], maxAnswers: 0) }
        #expect(throws: ConseilError.self) { try Fixture.poll(.multi, options: ["A", "B"], maxAnswers: 3) }
        #expect(throws: ConseilError.self) { try Fixture.poll(.words, maxAnswers: 0) }
        #expect(throws: ConseilError.self) { try Fixture.poll(.words, maxAnswers: 11) }
    }

    @Test("abstention only where there are options", arguments: [PollKind.words, .text])
    func abstainRefused(kind: PollKind) {
        let error = #expect(throws: ConseilError.self) { try Fixture.poll(kind, abstain: true) }
        #expect(error?.field == .abstain)
        #expect(error?.message.fr.contains("--") == false)
    }

    @Test("words and text polls have no options", arguments: [PollKind.words, .text])
    func noOptions(kind: PollKind) {
        #expect(throws: ConseilError.self) { try Fixture.poll(kind, options: ["A", "B"]) }
    }

    @Test("the question is 1 to 500 characters")
    func question() throws {
        #expect(throws: ConseilError.self) { try Fixture.poll(.yesno, question: "   ") }
        #expect(throws: ConseilError.self) {
            try Fixture.poll(.yesno, question: String(repeating: "?", count: 501))
        }
        #expect(try Fixture.poll(.yesno, question: String(repeating: "é", count: 500)).question.count == 500)
    }

    @Test("draft → open → closed, and no other move")
    func stateMachine() throws {
        var poll = try Fixture.poll(.yesno)
        let opened = Timestamp(seconds: 1_510_911_100)
        let closed = Timestamp(seconds: 1_510_911_200)
        #expect(throws: ConseilError.self) { try poll.close(at: closed) }
        try poll.open(at: opened)
        #expect(poll.state == .open && poll.openedAt == opened && poll.closedAt == nil)
        let again = #expect(throws: ConseilError.self) { try poll.open(at: closed) }
        #expect(again?.message.fr.contains("seul un brouillon") == true)
        try poll.close(at: closed)
        #expect(poll.state == .closed && poll.closedAt == closed && poll.openedAt == opened)
        #expect(throws: ConseilError.self) { try poll.close(at: closed) }
        #expect(throws: ConseilError.self) { try poll.open(at: closed) }
        #expect(poll.state == .closed)
    }

    @Test("hidden results show only once closed")
    func resultsVisible() throws {
        var hidden = try Fixture.poll(.yesno, hideResults: true)
        #expect(!hidden.resultsVisible)
        try hidden.open(at: Fixture.now)
        #expect(!hidden.resultsVisible)
        try hidden.close(at: Fixture.now)
        #expect(hidden.resultsVisible)
        #expect(try Fixture.poll(.yesno).resultsVisible)
    }
}
