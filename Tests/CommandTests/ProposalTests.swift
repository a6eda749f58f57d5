import Foundation
import Testing

/// A proposal followed over months, its history, and the register's filters.
@Suite struct ProposalTests {
    let scenario: Scenario
    let proposal: String
    let other: String

    init() throws {
        scenario = try Scenario()
        let council = scenario.council
        let secretary = Scenario.secretary
        proposal = try council.newId(
            [
                "proposal", "add", "--title", "Un tiers-lieu numérique par quartier", "--theme",
                "Inclusion numérique",
            ],
            as: secretary, now: "2017-11-17T10:00:00Z")
        other = try council.newId(
            ["proposal", "add", "--title", "Ouvrir les données de la ville", "--theme", "Données"],
            as: secretary, now: "2017-11-17T10:05:00Z")
        // Each change a little later, so that "oldest first" means something.
        try council.succeed(
            ["proposal", "status", proposal, "a-l-etude", "--note", "Confiée à la commission"], as: secretary,
            now: "2017-12-01T18:00:00Z")
        try council.succeed(
            ["proposal", "status", proposal, "adoptée"], as: secretary, now: "2018-01-15T18:00:00Z")
        try council.succeed(
            [
                "proposal", "status", proposal, "en cours", "--progress", "40", "--note",
                "Deux quartiers ouverts",
            ],
            as: secretary, now: "2018-03-01T18:00:00Z")
    }

    @Test func showJSONHasTheWholeHistoryOldestFirst() throws {
        let shown = try scenario.council.succeed(["proposal", "show", proposal, "--json"]).jsonObject()
        #expect(shown["id"] as? String == proposal)
        #expect(shown["title"] as? String == "Un tiers-lieu numérique par quartier")
        #expect(shown["theme"] as? String == "Inclusion numérique")
        #expect(shown["status"] as? String == "in-progress")
        #expect(shown["progress"] as? Int == 40)
        let history = try #require(shown["history"] as? [[String: Any]])
        #expect(
            history.map { $0["status"] as? String } == ["submitted", "under-study", "adopted", "in-progress"])
        #expect(
            history.map { $0["at"] as? String }
                == [
                    "2017-11-17T10:00:00Z", "2017-12-01T18:00:00Z", "2018-01-15T18:00:00Z",
                    "2018-03-01T18:00:00Z",
                ])
        #expect(history.allSatisfy { $0["by"] as? String == Scenario.secretary })
        // Every event carries a note: null when there is none.
        #expect(history.allSatisfy { $0.keys.contains("note") }, "\(history)")
        #expect(history[1]["note"] as? String == "Confiée à la commission")
        #expect(history[2]["note"] is NSNull)
        #expect(history[3]["note"] as? String == "Deux quartiers ouverts")
    }

    @Test func showTextReadsTheTimeline() throws {
        let text = try scenario.council.succeed(["proposal", "show", proposal]).stdout
        for status in ["déposée", "à l'étude", "adoptée", "en cours"] {
            #expect(text.contains(status), "\(text)")
        }
        #expect(text.contains("40 %"))
    }

    @Test func listJSONHasNoHistory() throws {
        let list = try scenario.council.succeed(["proposal", "list", "--json"]).jsonArray()
        #expect(Set(list.compactMap { $0["id"] as? String }) == [proposal, other])
        #expect(list.allSatisfy { $0["history"] == nil })
        let followed = try #require(list.first { $0["id"] as? String == proposal })
        #expect(followed["status"] as? String == "in-progress")
        #expect(followed["progress"] as? Int == 40)
    }

    @Test func listFiltersByStatusAndTheme() throws {
        let council = scenario.council
        let inProgress = try council.succeed(["proposal", "list", "--status", "en-cours", "--json"])
            .jsonArray()
        #expect(inProgress.compactMap { $0["id"] as? String } == [proposal])
        let submitted = try council.succeed(["proposal", "list", "--status", "déposée", "--json"]).jsonArray()
        #expect(submitted.compactMap { $0["id"] as? String } == [other])
        // Case and accents are ignored in the theme.
        let byTheme = try council.succeed(["proposal", "list", "--theme", "donnees", "--json"]).jsonArray()
        #expect(byTheme.compactMap { $0["id"] as? String } == [other])
        let none = try council.succeed(["proposal", "list", "--status", "realisee", "--json"]).jsonArray()
        #expect(none.isEmpty)
        let text = try council.succeed(["proposal", "list", "--theme", "Inclusion numérique"]).stdout
        #expect(text.contains(proposal) && !text.contains(other))
    }
}
