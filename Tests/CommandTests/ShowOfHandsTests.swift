import Testing

/// `poll count` and the interface's form take a show of hands by the same rules.
@Suite struct ShowOfHandsTests {
    private func countFiles(_ scenario: Scenario, _ poll: String) throws -> [String] {
        try scenario.council.snapshot().keys.filter {
            $0.hasPrefix("\(scenario.session)/polls/\(poll)/counts/") && $0.hasSuffix(".json")
        }
    }

    @Test func aShowOfHandsWithNoHandIsRefusedByBoth() throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(kind: "yesno", question: "Q ?")
        let command = try scenario.council.run(
            ["poll", "count", poll, "--add", "Oui=0", "--add", "Non=0"], as: Scenario.facilitator)
        #expect(command.status != 0)
        #expect(command.stderr.contains("main levée vide"), "\(command.stderr)")
        let screen = try scenario.council.succeed(
            ["tui", "--dump", "--size", "100x30", "--keys", "2m0<Tab>0<Enter>"], as: Scenario.facilitator
        ).stdout
        #expect(screen.contains("main levée vide"), "\(screen)")
        #expect(try countFiles(scenario, poll).isEmpty)
    }

    @Test func theFormCountsOptionsByPosition() throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(
            kind: "choice", question: "Combien d'ateliers par an ?",
            ["--option", "3", "--option", "2", "--option", "1"])
        let screen = try scenario.council.succeed(
            ["tui", "--dump", "--size", "100x30", "--keys", "2m5<Tab>0<Tab>2<Enter>"],
            as: Scenario.facilitator
        ).stdout
        #expect(screen.contains("Main levée ajoutée : 7 personnes"), "\(screen)")
        let results = try scenario.council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        let options = try #require(results["options"] as? [[String: Any]])
        #expect(options.map { $0["label"] as? String } == ["3", "2", "1"])
        #expect(options.map { $0["count"] as? Int } == [5, 0, 2])
    }
}
