import Foundation
import TestSupport
import Testing

/// The demo council shipped in Sessions/ is what a new user sees first: it must load without
/// a problem and reproduce the published results of the Rennes seminar (17 November 2017).
/// It is copied to a temporary folder first: tests never touch the repository's Sessions/.
@Suite struct DemoCouncilTests {
    let copy: URL
    let root: String

    init() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
        copy = FileManager.default.temporaryDirectory.appendingPathComponent(
            "conseil-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        root = copy.appendingPathComponent("Sessions").path
        try FileManager.default.copyItem(
            atPath: repository.appendingPathComponent("Sessions").path, toPath: root)
    }

    private func conseil(_ arguments: [String]) throws -> ProcessOutput {
        let binary = try #require(ConseilBinary.path)
        let environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC", "CONSEIL_DATA": root]
        return try runProcess(binary, arguments, environment: environment, directory: copy.path)
    }

    /// The results of the seminar's poll whose question contains `fragment`.
    private func results(_ fragment: String) throws -> [String: Any] {
        let sessions = try conseil(["session", "list", "--json"]).jsonArray()
        let seminar = try #require(
            sessions.first { ($0["date"] as? String) == "2017-11-17" }?["id"] as? String)
        let polls = try conseil(["poll", "list", seminar, "--json"]).jsonArray()
        let matching = polls.filter { ($0["question"] as? String)?.contains(fragment) == true }
        let poll = try #require(matching.last?["id"] as? String, "no poll asks “\(fragment)”")
        return try conseil(["poll", "results", poll, "--format", "json"]).jsonObject()
    }

    private func percents(_ results: [String: Any]) -> [String: Double] {
        let options = results["options"] as? [[String: Any]] ?? []
        return Dictionary(
            uniqueKeysWithValues: options.map { ($0["label"] as! String, $0["percent"] as! Double) })
    }

    @Test func theDemoCouncilHasNoUnreadableFile() throws {
        let check = try conseil(["check"])
        #expect(check.status == 0, "\(check.summary)")
    }

    @Test func theYesNoQuestionsGiveThePublishedPercentages() throws {
        let informed = try results("suffisamment informés")
        #expect(informed["base"] as? Int == 34)
        #expect(percents(informed) == ["Oui": 44.12, "Non": 55.88])
        #expect(percents(try results("démocratie participative")) == ["Oui": 78.95, "Non": 21.05])
        #expect(percents(try results("lieu physique")) == ["Oui": 53.85, "Non": 46.15])
    }

    @Test func theThreeOptionQuestionGivesThePublishedPercentages() throws {
        let values = percents(try results("attractivité"))
        #expect(values.values.sorted() == [2.70, 5.41, 91.89])
    }

    @Test func theWordCloudIsAskedBeforeAndAfterTheDebate() throws {
        let after = try results("enjeux clés")
        let answers = try #require(after["answers"] as? [[String: Any]])
        let top = answers.prefix(7).map { "\($0["text"]!) (\($0["count"]!))" }
        #expect(top.first == "humain (9)")
        #expect(top.contains("« uberiser » le rural (5)"))
        let before = try #require(after["previous"] as? [String: Any])
        let earlier = try #require(before["answers"] as? [[String: Any]])
        #expect(
            earlier.prefix(2).map { "\($0["text"]!) (\($0["count"]!))" } == ["formation (12)", "emploi (7)"])
    }

    @Test func theTextPrintedAsTheOverviewShowsTheSeminar() throws {
        let overview = try conseil(["overview"])
        #expect(overview.status == 0, "\(overview.summary)")
        #expect(overview.stdout.contains("44,12 %"))
        #expect(overview.stdout.contains("Propositions ("))
    }
}
