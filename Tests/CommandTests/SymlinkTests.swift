import Foundation
import TestSupport
import Testing

/// A link inside the data root never sends a write outside it: the command refuses, names the
/// link, and writes nothing, neither outside nor inside.
@Suite struct SymlinkTests {
    private let files = FileManager.default

    /// A folder beside the data root that links inside it will point to.
    private func outside(_ council: TestCouncil) throws -> String {
        let path = council.base.appendingPathComponent("outside").path
        try files.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Moves `relative` (a folder of the data root) outside and leaves a link in its place.
    private func replaceWithLink(_ relative: String, _ council: TestCouncil) throws -> String {
        let target = try outside(council) + "/" + relative.replacingOccurrences(of: "/", with: "-")
        try files.moveItem(atPath: council.root + "/" + relative, toPath: target)
        try files.createSymbolicLink(atPath: council.root + "/" + relative, withDestinationPath: target)
        return target
    }

    private func listing(_ path: String) throws -> [String] {
        (files.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
    }

    private func expectRefused(_ output: ProcessOutput, _ what: String) {
        #expect(output.status != 0, "\(what) succeeded through a link")
        #expect(output.stderr.contains("lien symbolique"), "\(what): \(output.stderr)")
        #expect(output.stderr.contains("rien n'a été écrit"), "\(what): \(output.stderr)")
    }

    @Test func aLinkedAgendaFolderIsNotWrittenThrough() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let target = try replaceWithLink(scenario.session + "/agenda", council)
        let before = try listing(target)
        let output = try council.run(
            ["agenda", "add", scenario.session, "Ailleurs", "--duration", "5"], as: Scenario.facilitator)
        expectRefused(output, "agenda add")
        #expect(try listing(target) == before)
    }

    @Test func aLinkedSessionFolderIsNotWrittenThrough() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let target = try replaceWithLink(scenario.session, council)
        let before = try listing(target)
        let output = try council.run(
            ["minutes", "add", scenario.session, "--note", "Hors du dossier"], as: Scenario.secretary)
        expectRefused(output, "minutes add")
        #expect(try listing(target) == before)
    }

    @Test func aLinkedBallotFolderIsNotWrittenThrough() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let poll = try scenario.newPoll(kind: "yesno", question: "Q ?")
        try council.succeed(["vote", poll, "Oui"], as: Scenario.secretary)
        let target = try replaceWithLink("\(scenario.session)/polls/\(poll)/ballots", council)
        let before = try listing(target)
        expectRefused(try council.run(["vote", poll, "Non"], as: Scenario.member), "vote")
        #expect(try listing(target) == before)
    }

    @Test func aLinkedRecordFileIsNotReplaced() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let target = try outside(council) + "/council.json"
        try files.moveItem(atPath: council.root + "/council.json", toPath: target)
        try files.createSymbolicLink(atPath: council.root + "/council.json", withDestinationPath: target)
        let before = try Data(contentsOf: URL(fileURLWithPath: target))
        expectRefused(
            try council.run(["member", "add", "zoe", "--name", "Zoé", "--role", "member"]), "member add")
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == before)
        let link =
            try files.attributesOfItem(atPath: council.root + "/council.json")[.type] as? FileAttributeType
        #expect(link == .typeSymbolicLink, "the link itself stays")
    }

    @Test func aDataRootReachedThroughALinkStillWorks() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let link = council.base.appendingPathComponent("raccourci").path
        try files.createSymbolicLink(atPath: link, withDestinationPath: council.root)
        try council.succeed(
            ["agenda", "add", scenario.session, "Par le raccourci", "--duration", "5"],
            as: Scenario.facilitator,
            environment: ["CONSEIL_DATA": link])
        let agenda = try council.succeed(["agenda", "list", scenario.session]).stdout
        #expect(agenda.contains("Par le raccourci"), "\(agenda)")
    }
}
