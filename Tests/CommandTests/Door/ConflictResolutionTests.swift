import Foundation
import Testing

/// Resolving a sync conflict goes through the door (fault F5): choosing a record's version takes
/// the right to change that record, and an adopted session keeps its records.
@Suite("Conflict resolution goes through the door")
struct ConflictResolutionTests {
    /// Writes the other version of `record` (relative to the data root) beside it, as sync does.
    func keepOther(_ text: String, of record: String, in council: TestCouncil) throws -> String {
        let folder = record.contains("/") ? String(record[..<record.lastIndex(of: "/")!]) + "/" : ""
        let name = record.split(separator: "/").last!.dropLast(5)
        let copy = folder + ".\(name).conflict-1a2b3c4d5e.json"
        try council.write(text, to: copy)
        return copy
    }

    func text(_ record: String, in council: TestCouncil) throws -> String {
        try String(contentsOfFile: council.root + "/" + record, encoding: .utf8)
    }

    @Test("a restricted secretary cannot replace council.json")
    func restrictedSecretaryKeepsCouncil() throws {
        let council = try Scenario().council
        let forged = try text("council.json", in: council)
            .replacingOccurrences(of: "\"member\"", with: "\"facilitator\"")
        #expect(forged != (try text("council.json", in: council)))
        _ = try keepOther(forged, of: "council.json", in: council)
        let before = try council.snapshot()
        let refused = try council.run(
            ["--restricted", "--data", council.root, "--member", Scenario.secretary],
            environment: ["SSH_ORIGINAL_COMMAND": "sync resolve \(council.root)/council.json --keep other"])
        #expect(refused.status != 0, "\(refused.summary)")
        #expect(refused.stderr.contains("résoudre un conflit"), "\(refused.summary)")
        #expect(try council.changes(since: before) == [])
    }

    @Test("nobody replaces an entry of adopted minutes")
    func adoptedEntryStays() throws {
        let scenario = try Scenario()
        let council = scenario.council
        try council.succeed(
            ["minutes", "add", scenario.session, "--note", "Débat riche"], as: Scenario.secretary)
        try council.succeed(["minutes", "adopt", scenario.session], as: Scenario.secretary)
        let entry = try council.snapshot().keys.first {
            $0.hasPrefix(scenario.session + "/minutes/") && $0.hasSuffix(".json")
        }!
        let forged = try text(entry, in: council).replacingOccurrences(of: "Débat riche", with: "Rien")
        let copy = try keepOther(forged, of: entry, in: council)
        let before = try council.snapshot()
        for member in [Scenario.secretary, nil] {
            let refused = try council.run(
                ["sync", "resolve", council.root + "/" + copy, "--keep", "other"], as: member)
            #expect(refused.status != 0, "\(refused.summary)")
            #expect(refused.stderr.contains("adopté"), "\(refused.summary)")
        }
        #expect(try council.changes(since: before) == [])
    }

    @Test("the facilitator resolves a conflict on an agenda item")
    func facilitatorResolvesAgendaItem() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let item = scenario.session + "/agenda/" + scenario.item + ".json"
        let other = try text(item, in: council)
            .replacingOccurrences(of: "Le numérique dans nos quartiers", with: "Le numérique partout")
        let copy = try keepOther(other, of: item, in: council)
        try council.succeed(
            ["sync", "resolve", council.root + "/" + item, "--keep", "other"], as: Scenario.facilitator)
        #expect(try text(item, in: council) == other)
        #expect(!FileManager.default.fileExists(atPath: council.root + "/" + copy))
    }
}
