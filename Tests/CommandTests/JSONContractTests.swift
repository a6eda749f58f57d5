import Foundation
import TestSupport
import Testing

/// Every `--json` / `--format json` output against its JSON Schema in docs/schema/, checked by
/// `scripts/check-json-schema` (python3-jsonschema) on real outputs, in French and in English:
/// the ids are the same in both languages, only the *Name fields change.
@Suite(
    .enabled(
        if: ExternalTool.inCI || jsonSchemaValidatorWorks(),
        "python3 with jsonschema is not installed (apt-get install python3-jsonschema)"))
struct JSONContractTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// Validates one output; the failure message lists where it departs from the schema.
    func check(_ schema: String, _ arguments: [String], in council: TestCouncil, language: String) throws
        -> [String: Any]?
    {
        let output = try council.succeed(arguments, environment: ["CONSEIL_LANG": language])
        let file = council.base.appendingPathComponent("\(schema)-\(language).json").path
        try output.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let python = try ExternalTool.require("python3", package: "python3-jsonschema")
        let checked = try runProcess(
            python,
            [
                Self.repository + "/scripts/check-json-schema",
                Self.repository + "/docs/schema/\(schema).schema.json", file,
            ],
            environment: [
                "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "LANG": "C.UTF-8",
            ])
        #expect(
            checked.status == 0,
            "\(arguments.joined(separator: " ")) (\(language)) departs from \(schema):\n\(checked.stderr)")
        return try? output.jsonObject()
    }

    @Test func everyOutputHoldsToItsSchema() throws {
        let pv = try ProcesVerbalScenario(adopt: false)
        let council = pv.council
        let session = pv.session
        // A word poll in two rounds gives answers, a previous round and a comparison.
        let first = try pv.scenario.newPoll(kind: "words", question: "Un mot ?")
        try council.succeed(["vote", first, "formation"], as: "v01")
        try council.succeed(["poll", "close", first], as: Scenario.facilitator)
        let second = try pv.scenario.newPoll(kind: "words", question: "Un mot ?", ["--after", first])
        try council.succeed(["vote", second, "emploi"], as: "v01")
        let text = try pv.scenario.newPoll(kind: "text", question: "Pourquoi ?")
        try council.succeed(["vote", text, "Parce que."], as: "v01")
        let proposal = try council.newId(
            ["proposal", "add", "--title", "Un tiers-lieu", "--theme", "lieux", "--owner", "sam"],
            as: Scenario.secretary)
        try council.succeed(
            ["proposal", "status", proposal, "a-l-etude", "--note", "Étude"], as: Scenario.secretary)

        var ids: [String: [String]] = [:]
        for language in ["fr", "en"] {
            let sessionShow = try check(
                "session-show", ["session", "show", session, "--json"], in: council, language: language)
            for (schema, arguments) in [
                ("member-list", ["member", "list", "--json"]),
                ("session-list", ["session", "list", "--json"]),
                ("agenda-list", ["agenda", "list", session, "--json"]),
                ("poll-list", ["poll", "list", session, "--json"]),
                ("poll-results", ["poll", "results", pv.poll, "--format", "json"]),
                ("poll-results", ["poll", "results", second, "--format", "json"]),
                ("poll-results", ["poll", "results", text, "--format", "json"]),
                ("proposal-list", ["proposal", "list", "--json"]),
                ("proposal-show", ["proposal", "show", proposal, "--json"]),
                ("sync-status", ["sync", "status", "--json"]),
                ("sync-conflicts", ["sync", "conflicts", "--json"]),
            ] {
                _ = try check(schema, arguments, in: council, language: language)
            }
            let detail = try #require(sessionShow)
            let record = try #require(detail["session"] as? [String: Any])
            let attendance = try #require(detail["attendance"] as? [[String: Any]])
            ids[language] =
                [record["state"] as? String ?? ""] + attendance.compactMap { $0["status"] as? String }
            ids[language + "-names"] = [record["stateName"] as? String ?? ""]
        }
        #expect(ids["fr"] == ids["en"], "ids do not depend on the language")
        #expect(ids["fr"]?.first == "closed")
        #expect(ids["fr-names"] == ["close"] && ids["en-names"] == ["closed"])
        // Last: sync commits what the commands wrote.
        _ = try check("sync-report", ["sync", "--json"], in: council, language: "fr")
    }
}

/// Whether python3 can import jsonschema here.
private func jsonSchemaValidatorWorks() -> Bool {
    guard let python = ExternalTool.path("python3") else { return false }
    let probe = try? runProcess(
        python, ["-c", "import jsonschema"],
        environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"])
    return probe?.status == 0
}
