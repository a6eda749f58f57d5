import Foundation
import TestSupport
import Testing

/// Issue 8, fault 4: files that decode are not trusted blindly. A number far out of range in
/// council.json, a show of hands or an agenda item made the commands and the interface trap
/// (SIGILL, arithmetic overflow) while `check` said nothing. Each case is a temporary council
/// with the crafted file, driven through the real binary.
@Suite struct OutOfRangeValueTests {
    static let huge = Int.max

    let scenario: Scenario
    let poll: String
    let voters: [String]

    init() throws {
        scenario = try Scenario()
        voters = try scenario.addVoters(2)
        poll = try scenario.newPoll(kind: "yesno", question: "Un tiers-lieu ?")
        try scenario.council.succeed(["vote", poll, "Oui"], as: voters[0])
    }

    var itemFile: String { "\(scenario.session)/agenda/\(scenario.item).json" }
    var pollFolder: String { "\(scenario.session)/polls/\(poll)" }

    /// The screens a facilitator goes through: agenda, polls, minutes, the problem list.
    func interfaceRuns() throws -> ProcessOutput {
        try scenario.council.runWithoutCrash(
            ["tui", "--size", "100x30", "--keys", "2<Down>3<Down>4!", "--dump"], as: Scenario.facilitator)
    }

    @Test func aQuorumPercentOfIntMaxStopsEveryCommandWithTheFileNamed() throws {
        let council = scenario.council
        try council.edit("council.json") { $0["quorumPercent"] = Self.huge }
        for arguments in [
            ["session", "show", scenario.session], ["minutes", "export", scenario.session],
            ["poll", "results", poll],
        ] {
            let output = try council.runWithoutCrash(arguments)
            #expect(output.status == 1, "\(arguments): \(output.summary)")
            #expect(output.stderr.contains("council.json") && output.stderr.contains("quorumPercent"))
        }
        let screen = try council.runWithoutCrash(
            ["tui", "--size", "100x30", "--dump"], as: Scenario.facilitator)
        #expect(screen.stderr.contains("quorumPercent"), "\(screen.summary)")
        try council.expectCheckNames("council.json", "« quorumPercent » vaut")
    }

    @Test func aShowOfHandsOfTenToTheFifteenIsLeftOutAndSaidSo() throws {
        let council = scenario.council
        try FileManager.default.createDirectory(
            atPath: council.root + "/" + pollFolder + "/counts", withIntermediateDirectories: true)
        let count = "h0ja3pecw0aaaa"
        try council.writeJSON(
            [
                "schema": 1, "id": count, "poll": poll, "counts": ["Oui": 1_000_000_000_000_000],
                "voters": 1_000_000_000_000_000, "at": TestCouncil.now, "by": Scenario.facilitator,
            ], to: "\(pollFolder)/counts/\(count).json")

        let text = try council.runWithoutCrash(["poll", "results", poll])
        #expect(text.status == 0, "\(text.summary)")
        #expect(text.stdout.contains("Base : 1 votant (1 bulletin)"), "\(text.stdout)")
        #expect(text.stdout.contains("1 main levée invalide écartée : conseil check"), "\(text.stdout)")
        let markdown = try council.runWithoutCrash(["poll", "results", poll, "--format", "md"])
        #expect(
            markdown.stdout.contains("1 main levée invalide écartée : conseil check"), "\(markdown.stdout)")
        let json = try council.runWithoutCrash(["poll", "results", poll, "--format", "json"]).jsonObject()
        #expect(json["base"] as? Int == 1)
        #expect((json["discarded"] as? [String: Any])?["handCounts"] as? Int == 1)
        for arguments in [["minutes", "export", scenario.session], ["session", "show", scenario.session]] {
            #expect(try council.runWithoutCrash(arguments).status == 0)
        }
        let screen = try interfaceRuns()
        #expect(screen.stdout.contains("counts/\(count).json"), "the ! list names it:\n\(screen.stdout)")
        try council.expectCheckNames(
            "\(pollFolder)/counts/\(count).json", "« voters » vaut 1 000 000 000 000 000")
    }

    @Test func anAgendaPositionOfIntMaxLeavesAgendaAddWorking() throws {
        let council = scenario.council
        try council.edit(itemFile) { $0["position"] = Self.huge }
        let added = try council.runWithoutCrash(
            ["agenda", "add", scenario.session, "Questions diverses"], as: Scenario.facilitator)
        #expect(added.status == 0, "\(added.summary)")
        #expect(added.stderr.contains(scenario.item), "the skipped item is named: \(added.summary)")
        let list = try council.runWithoutCrash(["agenda", "list", scenario.session, "--json"])
        #expect(try list.jsonArray().compactMap { $0["title"] as? String } == ["Questions diverses"])
        #expect(try council.runWithoutCrash(["minutes", "export", scenario.session]).status == 0)
        try interfaceRuns()
        try council.expectCheckNames(itemFile, "« position » vaut")
    }

    @Test func aSpentTimeOfIntMaxOnARunningItemIsLeftOut() throws {
        let council = scenario.council
        try council.succeed(["agenda", "start", scenario.item], as: Scenario.facilitator)
        try council.edit(itemFile) { $0["spentSeconds"] = Self.huge }
        for arguments in [
            ["session", "show", scenario.session], ["agenda", "list", scenario.session],
            ["minutes", "export", scenario.session],
        ] {
            let output = try council.runWithoutCrash(arguments)
            #expect(output.status == 0, "\(arguments): \(output.summary)")
            #expect(output.stderr.contains(scenario.item), "\(arguments): \(output.summary)")
        }
        let screen = try interfaceRuns()
        #expect(screen.stdout.contains("\(scenario.item).json"), "the ! list names it:\n\(screen.stdout)")
        try council.expectCheckNames(itemFile, "« spentSeconds » vaut")
    }
}
