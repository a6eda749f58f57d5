import ConseilCore
import Testing

@Suite("Minutes exported as Markdown and HTML")
struct MinutesRenderTests {
    static let council = Council(
        name: "CLN de Rennes",
        members: [
            Member(id: "alice", name: "Alice Martin", role: .facilitator),
            Member(id: "bob", name: "Bob Durand", role: .secretary),
            Member(id: "chloe", name: "Chloé Petit", role: .member),
            Member(id: "driss", name: "Driss Amrani", role: .member),
            Member(id: "eve", name: "Ève Roux", role: .member),
        ])

    /// Adopted on 15 December 2017.
    static let adopted = MinutesStatus(
        state: .adopted, adoptedAt: Timestamp(seconds: 1_513_332_000), adoptedBy: "alice")

    func at(_ minutes: Int64) -> Timestamp { Timestamp(seconds: 1_510_911_000 + minutes * 60) }

    func entry(
        _ id: String, _ item: String?, _ kind: MinutesEntryKind, _ text: String, minute: Int64,
        who: String? = nil,
        due: String? = nil
    ) -> MinutesEntry {
        MinutesEntry(
            id: id, session: "s", item: item, kind: kind, text: text, who: who, due: due.map(Fixture.day),
            at: at(minute), by: "bob")
    }

    func document(
        title: String = "Séance plénière", present: [String] = ["alice", "bob", "chloe"],
        status: MinutesStatus = MinutesStatus(), extraEntries: [MinutesEntry] = [],
        polls: [PollResults]? = nil
    ) throws -> MinutesDocument {
        let session = Session(
            id: "2017-11-17-seance", title: title, date: Fixture.day("2017-11-17"), place: "Mairie",
            createdAt: Fixture.now, createdBy: "alice")
        var attendance = present.map { Attendance(member: $0, status: .present, at: Fixture.now, by: "bob") }
        attendance.append(Attendance(member: "driss", status: .excused, at: Fixture.now, by: "bob"))
        // Declared in the wrong order on purpose: the position decides.
        let items = [
            AgendaItem(
                id: "budget", session: "s", title: "Budget 2018", position: 2, duration: 30, presenter: nil),
            AgendaItem(
                id: "accueil", session: "s", title: "Accueil", position: 1, duration: 5, presenter: nil),
        ]
        let entries = [
            entry("n2", "budget", .note, "Deuxième note", minute: 20),
            entry("d1", "budget", .decision, "Adopter le budget", minute: 25),
            entry("a1", "budget", .action, "Envoyer l'invitation", minute: 26, who: "bob", due: "2017-12-01"),
            entry("a2", "budget", .action, "Relancer la fibre", minute: 27, who: "zoe"),
            entry("n1", "budget", .note, "Première note\nsur deux lignes", minute: 10),
            entry("n0", "accueil", .note, "Bienvenue", minute: 1),
        ]
        let yesNo = try Fixture.poll(
            .yesno, id: "vote-budget", item: "budget", question: "Adopter le budget ?"
        ).closed()
        let words = try Fixture.poll(.words, id: "mots", item: "accueil", question: "Un mot ?").closed()
        let defaultPolls = [
            PollResults(
                poll: yesNo, ballots: Fixture.ballots(yesNo, votes: [("Oui", 17), ("Non", 15)]), counts: []),
            PollResults(
                poll: words, ballots: Fixture.ballots(words, [["Formation"], ["formations"]]), counts: []),
        ]
        return MinutesDocument(
            council: Self.council, session: session, status: status, attendance: attendance, items: items,
            entries: entries + extraEntries, polls: polls ?? defaultPolls)
    }

    func position(_ text: String, _ part: String) -> String.Index? { text.range(of: part)?.lowerBound }

    @Test("Markdown: header, attendance and quorum")
    func markdownAttendance() throws {
        let text = MinutesMarkdown(language: .fr).render(try document())
        #expect(
            text.hasPrefix("# Compte rendu — Séance plénière\n\nCLN de Rennes · 17 novembre 2017 · Mairie\n"))
        #expect(text.contains("État : brouillon\n"))
        #expect(text.contains("- Présents (3) : Alice Martin, Bob Durand, Chloé Petit\n"))
        #expect(text.contains("- Excusés (1) : Driss Amrani\n"))
        #expect(text.contains("- Absents (1) : Ève Roux\n"))
        #expect(text.contains("- Quorum : atteint (3 présents, 3 requis)\n"))
        let short = MinutesMarkdown(language: .fr).render(try document(present: ["alice", "bob"]))
        #expect(short.contains("- Quorum : non atteint (2 présents, 3 requis)\n"))
    }

    @Test("Markdown: items in agenda order, notes in time order, decisions and actions")
    func markdownItems() throws {
        let text = MinutesMarkdown(language: .fr).render(try document())
        let accueil = try #require(position(text, "## 1. Accueil"))
        let budget = try #require(position(text, "## 2. Budget 2018"))
        #expect(accueil < budget)
        let first = try #require(position(text, "Première note\nsur deux lignes"))
        let second = try #require(position(text, "Deuxième note"))
        #expect(budget < first && first < second)
        #expect(text.contains("### Décisions\n\n- Adopter le budget\n"))
        #expect(
            text.contains(
                "### Actions\n\n- Envoyer l'invitation — Bob Durand — échéance : 1er décembre 2017\n"))
        // An unknown member id is shown as is rather than dropped.
        #expect(text.contains("- Relancer la fibre — zoe\n"))
        #expect(!text.contains("## Divers"))
    }

    @Test("Markdown: poll tables with French percentages and the base")
    func markdownPolls() throws {
        let text = MinutesMarkdown(language: .fr).render(try document())
        #expect(
            text.contains("### Scrutin : Adopter le budget ?\n\n| Réponse | Voix | % |\n|---|---:|---:|\n"))
        #expect(text.contains("| Oui | 17 | 53,13 % |\n| Non | 15 | 46,88 % |\n"))
        #expect(text.contains("Base : 32 votants (32 bulletins)"))
        // Lower case wins over a singular with a capital (ShownSpelling).
        #expect(text.contains("| Réponse | Citations |\n|---|---:|\n| formations | 2 |"))
        // Each poll sits under its own item.
        let poll = try #require(position(text, "Adopter le budget ?"))
        let budget = try #require(position(text, "## 2. Budget 2018"))
        let cloud = try #require(position(text, "Un mot ?"))
        #expect(cloud < budget && budget < poll)
    }

    @Test("Markdown: English, adopted minutes, loose entries under Other business")
    func markdownEnglish() throws {
        let loose = entry("x1", nil, .decision, "Prochaine séance en janvier", minute: 40)
        let text = MinutesMarkdown(language: .en).render(
            try document(status: Self.adopted, extraEntries: [loose]))
        #expect(text.contains("State: adopted on 15 December 2017"))
        #expect(text.contains("- Quorum : reached (3 present, 3 required)"))
        #expect(text.contains("| Oui | 17 | 53.13% |"))
        #expect(text.contains("— due: 1 December 2017"))
        let other = try #require(position(text, "## Other business"))
        let decision = try #require(position(text, "- Prochaine séance en janvier"))
        #expect(other < decision)
        let french = MinutesMarkdown(language: .fr).render(try document(status: Self.adopted))
        #expect(french.contains("État : adopté le 15 décembre 2017"))
    }

    @Test("Markdown: typed text is inert and cannot break a table")
    func markdownInert() throws {
        let poll = try Fixture.poll(.choice, options: ["A|B", "C\u{1B}[2J"], id: "p", item: "budget")
        let results = PollResults(poll: poll, ballots: Fixture.ballots(poll, votes: [("A|B", 1)]), counts: [])
        let text = MinutesMarkdown(language: .fr).render(
            try document(title: "Titre\u{1B}]0;x\u{07}\nsuite", polls: [results]))
        #expect(text.contains("| A\\|B | 1 | 100,00 % |"))
        #expect(text.contains("| C␛\\[2J | 0 | 0,00 % |"))
        #expect(text.hasPrefix("# Compte rendu — Titre␛\\]0;x␇ suite\n"))
        #expect(!text.unicodeScalars.contains { $0.value != 0x0A && InertText.isDangerous($0) })
    }

    @Test("Markdown: hidden results stay hidden until the poll closes")
    func markdownHidden() throws {
        var poll = try Fixture.poll(.yesno, id: "secret", item: "budget", hideResults: true)
        try poll.open(at: Fixture.now)
        let results = PollResults(poll: poll, ballots: Fixture.ballots(poll, votes: [("Oui", 3)]), counts: [])
        let text = MinutesMarkdown(language: .fr).render(try document(polls: [results]))
        #expect(text.contains("Résultats masqués jusqu'à la clôture."))
        #expect(!text.contains("| Oui |"))
    }

    @Test("HTML: a print-ready A4 procès-verbal saying what the Markdown says")
    func html() throws {
        let html = ProcesVerbalHTML(language: .fr).render(try document())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<title>Procès-verbal — Séance plénière</title>"))
        #expect(html.contains("<dt>Présents (3)</dt><dd>Alice Martin, Bob Durand, Chloé Petit</dd>"))
        #expect(
            html.contains(
                "<dt>Quorum</dt><dd>atteint (3 présents, 3 requis\u{202F}; les pouvoirs ne comptent pas)</dd>"
            ))
        let accueil = try #require(position(html, "<h2>1. Accueil</h2>"))
        let budget = try #require(position(html, "<h2>2. Budget 2018</h2>"))
        #expect(accueil < budget)
        #expect(html.contains("<p>Première note<br>sur deux lignes</p>"))
        #expect(html.contains("<li>Adopter le budget</li>"))
        #expect(
            html.contains(
                "<li>Envoyer l&#39;invitation — Bob Durand — échéance\u{00A0}: 1er décembre 2017</li>"))
        #expect(
            html.contains("<tr><td>Oui</td><td class=\"n\">17</td><td class=\"n\">53,13\u{202F}%</td></tr>"))
        #expect(html.contains("<p class=\"base\">Base\u{00A0}: 32 votants (32 bulletins)</p>"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
    }

    @Test("HTML: typed text is escaped and inert")
    func htmlEscapes() throws {
        let loose = entry("x1", nil, .note, "<b>gras</b> & \"cité\"", minute: 40)
        let html = ProcesVerbalHTML(language: .fr).render(
            try document(title: "<script>alert('x')</script>\u{1B}[2J", extraEntries: [loose]))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;␛[2J"))
        #expect(html.contains("<p>&lt;b&gt;gras&lt;/b&gt; &amp; &quot;cité&quot;</p>"))
        #expect(html.contains("<h2>Divers</h2>"))
        #expect(!html.unicodeScalars.contains { $0.value != 0x0A && InertText.isDangerous($0) })
    }

    @Test("HTML in English: no French spacing")
    func htmlEnglish() throws {
        let html = ProcesVerbalHTML(language: .en).render(try document(present: ["alice"]))
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("<h1>Minutes — Séance plénière</h1>"))
        #expect(
            html.contains(
                "<dt>Quorum</dt><dd>not reached (1 present, 3 required; pouvoirs do not count)</dd>"))
        #expect(html.contains("<td class=\"n\">53.13%</td>"))
        #expect(!html.contains("\u{202F}") && !html.contains("\u{00A0}"))
    }

    @Test("both exports state the adoption date and a second round's before / after")
    func exportsAgree() throws {
        let first = try Fixture.poll(.yesno, id: "tour1", item: "budget").closed()
        let second = try Fixture.poll(.yesno, id: "tour2", item: "budget", after: "tour1").closed()
        let results = PollResults(
            poll: second, ballots: Fixture.ballots(second, votes: [("Oui", 17), ("Non", 15)]), counts: [],
            previous: PollResults(
                poll: first, ballots: Fixture.ballots(first, votes: [("Oui", 10), ("Non", 22)]), counts: []))
        let doc = try document(status: Self.adopted, polls: [results])
        let markdown = ProcesVerbalMarkdown(language: .fr).render(doc)
        let html = ProcesVerbalHTML(language: .fr).render(doc)
        #expect(markdown.contains("\nArrêté le 15 décembre 2017\n"))
        #expect(html.contains("<p class=\"state\">Arrêté le 15 décembre 2017</p>"))
        #expect(markdown.contains("| Oui | 10 | 17 | +7 |"))
        #expect(html.contains("<th>Avant</th><th>Après</th><th>Écart</th>"))
        #expect(
            html.contains(
                "<tr><td>Oui</td><td class=\"n\">10</td><td class=\"n\">17</td><td class=\"n\">+7</td></tr>"))
        #expect(
            html.contains(
                "<tr><td>Non</td><td class=\"n\">22</td><td class=\"n\">15</td><td class=\"n\">−7</td></tr>"))
        let draft = ProcesVerbalHTML(language: .fr).render(try document())
        #expect(draft.contains("<p class=\"state\">Projet de procès-verbal (brouillon)</p>"))
        #expect(!draft.contains("Avant"))
    }
}

extension Poll {
    /// The poll opened and closed at the fixture's time: the procès-verbal leaves drafts out.
    func closed() throws -> Poll {
        var poll = self
        try poll.open(at: Fixture.now)
        try poll.close(at: Fixture.now)
        return poll
    }
}
