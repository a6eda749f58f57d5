import Foundation
import TestSupport
import Testing

/// `minutes export` as a procès-verbal (L2121-15): every fact it must state, in Markdown and
/// HTML, French spacing, the list of deliberations (L2121-25), and `minutes adopt --at`.
@Suite struct ProcesVerbalTests {
    let pv: ProcesVerbalScenario

    init() throws { pv = try ProcesVerbalScenario() }

    static let facts = [
        "Conseil local du numérique de Rennes", "Séminaire numérique", "17 novembre 2017", "Rennes",
        "17 novembre 2017 à 09:02 (UTC)", "17 novembre 2017 à 12:31 (UTC)", "Anne Animatrice",
        "Samuel Secrétaire", "Membres en exercice", "Présents (4)", "Représentés (2)",
        "Votant 3 donne pouvoir à Votant 1 ; Votant 4 donne pouvoir à Votant 2", "Excusés (1)", "Votant 5",
        "Absents (1)", "Marc Membre", "Quorum",
        "Ordre du jour", "Le budget participatif", "La fibre dans les hameaux",
        "Adopter le budget participatif ?", "75,00", "Le budget participatif est adopté",
        "Recenser les hameaux", "15 décembre 2017", "Signatures",
        "Arrêté lors de la séance du 15 décembre 2017",
    ]

    /// The text with French spaces read as plain ones, to look for facts.
    func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    @Test func markdownStatesEveryFact() throws {
        let markdown = try pv.export("md")
        #expect(
            markdown.hasPrefix(
                "---\ntitle: \"Procès-verbal — Séminaire numérique\"\ndate: \"17 novembre 2017\"\nlang: fr\n---\n"
            ))
        for fact in Self.facts { #expect(plain(markdown).contains(fact), "missing \(fact)") }
        #expect(!markdown.contains("Jamais ouvert"), "a draft poll that never opened took no vote")
        #expect(markdown.contains("75,00\u{202F}%"), "narrow no-break space before %")
        #expect(markdown.contains("- Séance\u{00A0}: Séminaire"), "no-break space before a colon")
        #expect(markdown.contains("hameaux\u{202F}; chacun"), "narrow no-break space before ;")
        #expect(markdown.contains("numériser\u{202F}? Non\u{202F}!"))
    }

    @Test(.enabled(if: ExternalTool.shouldRun("pandoc"), "pandoc is not installed"))
    func markdownIsReadByPandoc() throws {
        let pandoc = try ExternalTool.require("pandoc", package: "pandoc")
        let file = pv.council.base.appendingPathComponent("pv.md").path
        try pv.export("md").write(toFile: file, atomically: true, encoding: .utf8)
        let html = try runProcess(pandoc, ["--standalone", file], environment: ["PATH": "/usr/bin:/bin"])
        #expect(html.status == 0, "\(html.summary)")
        #expect(html.stdout.contains("<title>Procès-verbal — Séminaire numérique</title>"))
        #expect(html.stdout.contains("lang=\"fr\""))
    }

    @Test func htmlStatesEveryFactAndPrints() throws {
        let html = try pv.export("html")
        for fact in Self.facts { #expect(plain(html).contains(fact), "missing \(fact)") }
        #expect(html.contains("<html lang=\"fr\">"))
        #expect(html.contains("<title>Procès-verbal — Séminaire numérique</title>"))
        #expect(html.contains("@bottom-center { content: \"page \" counter(page) \" / \" counter(pages)"))
        #expect(html.contains("break-after: avoid"))
        #expect(html.contains("<thead><tr><th>Réponse</th>"))
        #expect(html.contains("75,00\u{202F}%"))
        #expect(!html.contains("Jamais ouvert"))
    }

    @Test func deliberationsForPosting() throws {
        let list = plain(try pv.export("deliberations"))
        #expect(list.contains("Liste des délibérations — Conseil local du numérique de Rennes"))
        #expect(
            list.contains("1. Adopter le budget participatif ? [Le budget participatif] — Oui : 3, Non : 1"))
        #expect(list.contains("2. Décision : Le budget participatif est adopté"))
        #expect(!list.contains("Jamais ouvert"))
    }

    @Test func draftStateAndAdoptRefusals() throws {
        let draft = try ProcesVerbalScenario(adopt: false)
        #expect(plain(try draft.export("md")).contains("Projet de procès-verbal (brouillon)"))
        let council = draft.council
        let before = try council.snapshot()
        for (arguments, message) in [
            (["minutes", "adopt", draft.session, "--at", draft.session], "ne suit pas"),
            (["minutes", "adopt", draft.session, "--at", "2017-01-01-nulle"], "séance inconnue"),
            (["minutes", "export", draft.session, "--format", "pdf"], "format inconnu"),
        ] {
            let output = try council.run(arguments, as: Scenario.secretary)
            #expect(output.status != 0)
            #expect(output.stderr.contains(message), "\(output.summary)")
        }
        #expect(try council.changes(since: before) == [])
    }
}
