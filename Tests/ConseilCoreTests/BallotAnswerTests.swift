import ConseilCore
import Testing

@Suite("What a voter types becomes the answers of a ballot")
struct BallotAnswerTests {
    @Test(
        "options match by label, ignoring case, accents and spaces, or by number from 1",
        arguments: [
            ("oui", "Oui"), ("OUI", "Oui"), (" non ", "Non"), ("1", "Oui"), ("2", "Non"), ("3", "Abstention"),
            ("abstention", "Abstention"),
        ])
    func yesNo(typed: String, label: String) throws {
        let poll = try Fixture.poll(.yesno, abstain: true)
        #expect(try poll.resolveAnswers([typed]) == [label])
    }

    @Test("accents are ignored both ways")
    func accents() throws {
        let poll = try Fixture.poll(.choice, options: ["Éducation numérique", "Inclusion", "Fibre"])
        #expect(try poll.resolveAnswers(["education NUMERIQUE"]) == ["Éducation numérique"])
        let plain = try Fixture.poll(.choice, options: ["Education", "Sante"])
        #expect(try plain.resolveAnswers(["Santé"]) == ["Sante"])
    }

    @Test("multiple choice keeps the order typed and drops repeats")
    func multi() throws {
        let poll = try Fixture.poll(.multi, options: ["Vélo", "Bus", "Train"], maxAnswers: 2)
        #expect(try poll.resolveAnswers(["3", "velo"]) == ["Train", "Vélo"])
        #expect(try poll.resolveAnswers(["1", "vélo"]) == ["Vélo"])
    }

    @Test("an unknown answer is refused, naming the choices, inertly")
    func unknown() throws {
        let poll = try Fixture.poll(.yesno)
        for typed in ["peut-être", "0", "3", "-1", ""] {
            let error = #expect(throws: ConseilError.self) { try poll.resolveAnswers([typed]) }
            #expect(error?.message.fr.contains("réponse inconnue") == true)
            #expect(error?.message.fr.contains("1. Oui, 2. Non") == true)
            #expect(error?.message.en.contains("unknown answer") == true)
        }
        let error = #expect(throws: ConseilError.self) { try poll.resolveAnswers(["\u{1B}[2Joui"]) }
        #expect(error?.message.fr.unicodeScalars.contains { $0.value == 0x1B } == false)
        #expect(error?.message.fr.contains("␛[2Joui") == true)
    }

    @Test("too many answers are refused")
    func tooMany() throws {
        let yesNo = try Fixture.poll(.yesno)
        let one = #expect(throws: ConseilError.self) { try yesNo.resolveAnswers(["oui", "non"]) }
        #expect(one?.message.fr.contains("une seule réponse") == true)
        let multi = try Fixture.poll(.multi, options: ["A", "B", "C"], maxAnswers: 2)
        let many = #expect(throws: ConseilError.self) { try multi.resolveAnswers(["A", "B", "C"]) }
        #expect(many?.message.fr.contains("de 1 à 2 réponses") == true)
        #expect(throws: ConseilError.self) { try multi.resolveAnswers([]) }
    }

    @Test("word answers are tidied, blanks dropped, 1 to max kept")
    func words() throws {
        let poll = try Fixture.poll(.words, maxAnswers: 2)
        #expect(try poll.resolveAnswers(["  la   Formation ", " ", "emploi"]) == ["la Formation", "emploi"])
        let tooMany = #expect(throws: ConseilError.self) { try poll.resolveAnswers(["a", "b", "c"]) }
        #expect(tooMany?.message.fr.contains("de 1 à 2 réponses courtes") == true)
        #expect(throws: ConseilError.self) { try poll.resolveAnswers(["  ", ""]) }
        #expect(try poll.resolveAnswers([String(repeating: "é", count: 100)]).count == 1)
        let long = #expect(throws: ConseilError.self) {
            try poll.resolveAnswers([String(repeating: "é", count: 101)])
        }
        #expect(long?.message.fr.contains("100 caractères") == true)
    }

    @Test("free text is one argument, trimmed, at most 2000 characters")
    func text() throws {
        let poll = try Fixture.poll(.text)
        #expect(try poll.resolveAnswers(["  Parce que c’est loin.  "]) == ["Parce que c’est loin."])
        let two = #expect(throws: ConseilError.self) { try poll.resolveAnswers(["Parce", "que"]) }
        #expect(two?.message.fr.contains("un seul argument") == true)
        #expect(two?.message.en.contains("one argument") == true)
        #expect(throws: ConseilError.self) { try poll.resolveAnswers(["   "]) }
        #expect(throws: ConseilError.self) { try poll.resolveAnswers([String(repeating: "a", count: 2001)]) }
        #expect(try poll.resolveAnswers([String(repeating: "a", count: 2000)]).first?.count == 2000)
    }

    @Test("hand counts read LABEL=N with the label resolved like an answer")
    func parseCount() throws {
        let poll = try Fixture.poll(.yesno, abstain: true)
        let yes = try poll.parseCount("oui=12")
        #expect(yes.label == "Oui" && yes.count == 12)
        let third = try poll.parseCount("3 = 0")
        #expect(third.label == "Abstention" && third.count == 0)
        for bad in ["Oui", "Oui=", "Oui=douze", "Peut-être=2"] {
            #expect(throws: ConseilError.self, "\(bad)") { try poll.parseCount(bad) }
        }
    }

    @Test("a show of hands is refused out of range, empty, or contradicting its number of people")
    func handCountRules() throws {
        let poll = try Fixture.poll(.yesno)
        func make(_ counts: [(label: String, count: Int)], voters: Int? = nil, _ poll: Poll) throws
            -> HandCount
        {
            try poll.handCount(counts, voters: voters, id: "h1", at: Fixture.now, by: "anne")
        }
        #expect(try make([("Oui", 12), ("Non", 0)], poll).voters == 12)
        for bad in [[("Oui", -1)], [("Oui", 1_000_001)], [("Oui", 0), ("Non", 0)], [("Peut-être", 2)]] {
            #expect(throws: ConseilError.self, "\(bad)") { try make(bad, poll) }
        }
        #expect(throws: ConseilError.self) { try make([("Oui", 3)], voters: 4, poll) }
        let multi = try Fixture.poll(.multi, options: ["A", "B", "C"], maxAnswers: 2)
        #expect(try make([("A", 3), ("B", 2)], voters: 3, multi).voters == 3)
        #expect(throws: ConseilError.self, "no number of people") { try make([("A", 3)], multi) }
        #expect(throws: ConseilError.self, "fewer people than a count") {
            try make([("A", 3)], voters: 2, multi)
        }
        #expect(throws: ConseilError.self, "more hands than 2 each") {
            try make([("A", 2), ("B", 2), ("C", 2)], voters: 2, multi)
        }
    }

    @Test("a word poll counts hands for any word; a free-text poll cannot")
    func parseCountWords() throws {
        let words = try Fixture.poll(.words)
        let entry = try words.parseCount("  la   formation =4")
        #expect(entry.label == "la formation" && entry.count == 4)
        // The last "=" separates the count, so a word may contain one.
        #expect(try words.parseCount("a=b=2").label == "a=b")
        #expect(throws: ConseilError.self) { try words.parseCount(" =4") }
        let text = try Fixture.poll(.text)
        let error = #expect(throws: ConseilError.self) { try text.parseCount("oui=2") }
        #expect(error?.message.fr.contains("texte libre") == true)
    }
}
