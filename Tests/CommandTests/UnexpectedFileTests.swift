import Foundation
import TestSupport
import Testing

/// `check` walks the data root through the layout: a file that is not at a record's place, and
/// a link anywhere, are named; the temporary files of interrupted writes are not.
@Suite struct UnexpectedFileTests {
    private let files = FileManager.default

    @Test func checkNamesFilesOutsideTheLayout() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let poll = try scenario.newPoll(kind: "yesno", question: "Q ?")
        try council.succeed(["vote", poll, "Oui"], as: Scenario.secretary)
        let strays = [
            "notes.txt",
            "\(scenario.session)/agenda/Point.json",
            "\(scenario.session)/polls/\(poll)/ballots/README",
            "\(scenario.session)/polls/liste.json",
        ]
        for stray in strays { try council.write("{}", to: stray) }
        let output = try council.run(["check"])
        #expect(output.status != 0, "\(output.summary)")
        for stray in strays {
            let line = output.stdout.split(separator: "\n").first { $0.contains(stray) }
            #expect(line?.contains("fichier inattendu") == true, "\(stray): \(output.summary)")
        }
    }

    @Test func checkNamesALinkInsideTheDataRoot() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let outside = council.base.appendingPathComponent("ailleurs").path
        try files.createDirectory(atPath: outside, withIntermediateDirectories: true)
        let link = "\(scenario.session)/minutes"
        try files.createSymbolicLink(atPath: council.root + "/" + link, withDestinationPath: outside)
        let output = try council.run(["check"])
        #expect(output.status != 0, "\(output.summary)")
        let line = output.stdout.split(separator: "\n").first { $0.contains(link) }
        #expect(line?.contains("lien symbolique") == true, "\(output.summary)")
    }

    @Test func checkLeavesTemporaryFilesAlone() throws {
        let scenario = try Scenario()
        let council = scenario.council
        try council.write("{", to: "\(scenario.session)/agenda/.\(scenario.item).json.tmp-12-34")
        let output = try council.run(["check"])
        #expect(output.status == 0, "\(output.summary)")
    }
}
