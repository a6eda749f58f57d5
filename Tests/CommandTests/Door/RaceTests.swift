import Foundation
import TestSupport
import Testing

/// Rules that hold under concurrency (issue 8, fault 7): real processes started together.
@Suite("Races keep the rules")
struct RaceTests {
    /// Starts every command at once and waits for them all.
    private func together(_ council: TestCouncil, _ commands: [[String]]) throws -> [ProcessOutput] {
        guard let binary = ConseilBinary.path else {
            throw RunError.failed([], ProcessOutput(stdout: "", stderr: "no binary", status: -1))
        }
        let children = try commands.map {
            try ChildProcess(binary, $0, environment: council.environment(), directory: council.base.path)
        }
        return children.map { $0.wait() }
    }

    @Test("100 concurrent status changes never continue a history after a final status")
    func concurrentStatusChanges() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let proposal = try council.newId(
            ["proposal", "add", "--title", "Ateliers numériques"], as: Scenario.secretary)
        try council.succeed(["proposal", "status", proposal, "a-l-etude"], as: Scenario.secretary)
        let targets = ["rejetee", "reportee", "adoptee", "a-l-etude"]
        let commands = (0..<100).map { run in
            [
                "proposal", "status", proposal, targets[run % targets.count], "--note", "essai \(run)",
                "--member", Scenario.secretary,
            ]
        }
        _ = try together(council, commands)
        let shown = try council.succeed(["proposal", "show", proposal, "--json"]).jsonObject()
        let history = try #require(shown["history"] as? [[String: Any]])
        let statuses = history.compactMap { $0["status"] as? String }
        #expect(statuses.count == history.count)
        // Every step is a move the lifecycle allows from the step before it.
        let allowed: [String: Set<String>] = [
            "submitted": ["under-study", "submitted"],
            "under-study": ["adopted", "rejected", "postponed", "under-study"],
            "postponed": ["under-study", "postponed"], "adopted": ["in-progress", "adopted", "abandoned"],
            "rejected": ["rejected"],
        ]
        for (previous, next) in zip(statuses, statuses.dropFirst()) {
            #expect(
                allowed[previous]?.contains(next) ?? (previous == next),
                "\(previous) → \(next) in \(statuses)")
        }
    }

    @Test("20 concurrent session new with the same title and date keep 20 sessions")
    func concurrentSessions() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let commands = (0..<20).map { _ in
            [
                "session", "new", "--title", "Séance de décembre", "--date", "2017-12-15", "--member",
                Scenario.facilitator,
            ]
        }
        let outputs = try together(council, commands)
        let ids = outputs.filter { $0.status == 0 }.map(\.lastLine)
        #expect(ids.count == 20, "\(outputs.map(\.stderr))")
        #expect(Set(ids).count == 20)
        let listed = try council.succeed(["session", "list", "--json"]).jsonArray().compactMap {
            $0["id"] as? String
        }
        #expect(Set(ids).isSubset(of: Set(listed)))
    }

    @Test("starting an agenda item finishes the one that runs: one item runs at a time")
    func oneRunningItem() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let second = try council.newId(
            ["agenda", "add", scenario.session, "Deuxième point"], as: Scenario.facilitator)
        try council.succeed(["agenda", "start", scenario.item], as: Scenario.facilitator)
        try council.succeed(["agenda", "start", second], as: Scenario.facilitator)
        let items = try council.succeed(["agenda", "list", scenario.session, "--json"]).jsonArray()
        let states = Dictionary(
            uniqueKeysWithValues: items.compactMap { item in
                (item["id"] as? String).map { ($0, item["state"] as? String ?? "") }
            })
        #expect(states[scenario.item] == "done")
        #expect(states[second] == "running")
    }
}
