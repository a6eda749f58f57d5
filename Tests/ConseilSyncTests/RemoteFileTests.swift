import Foundation
import Testing

/// Files that arrive from a remote are checked before they are trusted: a malformed one is
/// reported and the rest loads; a link or a submodule is kept out; a record replaced by
/// something unreadable keeps its readable version in place.
@Suite struct RemoteFileTests {
    @Test func aMalformedRemoteFileIsReportedAndTheRestLoads() throws {
        let lab = try Lab()
        let a = try lab.clone("a")
        let ids = try a.setUpCouncil()
        try a.succeed(["vote", ids.poll, "Oui"], as: "chloe")
        try a.sync()

        // Another client (not conseil) pushes a commit with good and bad files.
        let other = try lab.clone("other")
        let minutes = "\(ids.session)/minutes"
        try FileManager.default.createDirectory(
            atPath: other.data + "/" + minutes, withIntermediateDirectories: true)
        try other.write("{ \"schema\": 1, \"id\": ", to: "\(minutes)/m0000000000bad.json")
        try FileManager.default.createSymbolicLink(
            atPath: other.data + "/\(minutes)/m00000000000ln.json", withDestinationPath: "/etc/hostname")
        try other.write("pas du JSON\n", to: "\(ids.session)/polls/\(ids.poll)/poll.json")
        try other.git(["add", "-A"])
        try other.git(["commit", "--quiet", "-m", "Fichiers d'un autre outil"])
        try other.git(["push", "--quiet", "origin", "HEAD:main"])
        // And a good one, through conseil.
        let good = try Clone(lab: lab, top: other.top, data: other.data)
            .newId(["minutes", "add", ids.session, "--note", "Une note valable"], as: "bob")
        try other.git(["add", "-A"])
        try other.git(["commit", "--quiet", "-m", "Une note"])
        try other.git(["push", "--quiet", "origin", "HEAD:main"])

        let output = try a.sync()
        #expect(
            output.stdout.contains("Illisible : ") && output.stdout.contains("m0000000000bad.json"),
            "\(output.summary)")
        #expect(
            output.stdout.contains("Refusé : ") && output.stdout.contains("m00000000000ln.json"),
            "\(output.summary)")
        #expect(
            output.stdout.contains("Conflit : ") && output.stdout.contains("poll.json"), "\(output.summary)")

        // The link never reached the data root; the readable poll stayed; the good note loads.
        var info = stat()
        #expect(lstat(a.data + "/\(minutes)/m00000000000ln.json", &info) != 0)
        #expect(try a.read("\(ids.session)/polls/\(ids.poll)/poll.json").contains("\"question\""))
        let results = try a.succeed(["poll", "results", ids.poll, "--format", "json"]).stdout
        #expect(results.contains("\"base\" : 1"), "\(results)")
        let export = try a.run(["minutes", "export", ids.session])
        #expect(export.stdout.contains("Une note valable"), "\(export.summary)")
        #expect(try a.files(under: minutes).contains("\(minutes)/\(good).json"))
        // `check` names the bad file and the conflict, and the next sync is quiet.
        let check = try a.run(["check"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("m0000000000bad.json"), "\(check.summary)")
        #expect(check.stdout.contains("poll.json"), "\(check.summary)")
        let again = try a.sync()
        #expect(!again.stdout.contains("Illisible"), "\(again.summary)")
        #expect(try a.git(["status", "--porcelain"]).stdout.isEmpty)
    }
}
