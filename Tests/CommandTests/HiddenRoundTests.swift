import Foundation
import Testing

/// A first round with hidden results stays hidden in the comparison of a second round made
/// after it, in every output, until the first round closes.
@Suite struct HiddenRoundTests {
    private struct Rounds {
        let scenario: Scenario
        let first: String
        let second: String
    }

    /// An open, hidden first round with three Oui, and a second round still in draft.
    private func rounds() throws -> Rounds {
        let scenario = try Scenario()
        let voters = try scenario.addVoters(3)
        let first = try scenario.newPoll(kind: "yesno", question: "Tiers-lieu ?", ["--hide-results"])
        for voter in voters { try scenario.council.succeed(["vote", first, "Oui"], as: voter) }
        // A minute later, so that the polls screen lists it second (polls sort by creation time).
        let second = try scenario.council.newId(
            [
                "poll", "new", scenario.session, "--kind", "yesno", "--question", "Tiers-lieu, après débat ?",
                "--after", first,
            ], as: Scenario.facilitator, now: "2017-11-17T09:31:00Z")
        return Rounds(scenario: scenario, first: first, second: second)
    }

    private func outputs(_ rounds: Rounds) throws -> [String: String] {
        let council = rounds.scenario.council
        let session = rounds.scenario.session
        return [
            "results text": try council.succeed(["poll", "results", rounds.second]).stdout,
            "results md": try council.succeed(["poll", "results", rounds.second, "--format", "md"]).stdout,
            "overview": try council.succeed(["overview", "--session", session]).stdout,
            "minutes md": try council.succeed(["minutes", "export", session]).stdout,
            "minutes html": try council.succeed(["minutes", "export", session, "--format", "html"]).stdout,
            "interface": try council.succeed(
                ["tui", "--dump", "--size", "100x30", "--keys", "2j<Enter>"], as: Scenario.facilitator
            ).stdout,
        ]
    }

    @Test func theComparisonStaysHiddenWhileTheFirstRoundIsOpen() throws {
        let rounds = try rounds()
        for (name, text) in try outputs(rounds) {
            #expect(!text.contains("Avant / après"), "\(name) compares with a hidden round:\n\(text)")
            #expect(!text.contains("Avant"), "\(name) shows the hidden round:\n\(text)")
            #expect(!text.contains("−3") && !text.contains("-3"), "\(name) shows the change:\n\(text)")
        }
        let json = try rounds.scenario.council.succeed(
            ["poll", "results", rounds.second, "--format", "json"]
        ).jsonObject()
        #expect(json["previous"] == nil, "\(json)")
    }

    @Test func theComparisonShowsOnceTheFirstRoundCloses() throws {
        let rounds = try rounds()
        try rounds.scenario.council.succeed(["poll", "close", rounds.first], as: Scenario.facilitator)
        // Opened: the procès-verbal leaves out a round that never opened.
        try rounds.scenario.council.succeed(["poll", "open", rounds.second], as: Scenario.facilitator)
        let shown = try outputs(rounds)
        for name in ["results text", "results md", "minutes md"] {
            #expect(shown[name]?.contains("Avant / après") == true, "\(name):\n\(shown[name] ?? "")")
        }
        #expect(shown["interface"]?.contains("second tour, comparé au premier") == true)
    }
}
