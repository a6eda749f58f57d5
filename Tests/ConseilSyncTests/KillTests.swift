import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A sync killed with SIGKILL at any point, twenty times: the next sync completes, and nothing
/// written on either clone is lost. Half of the kills take git down too (a power cut), leaving
/// git's own lock files behind; the other half leave git running alone.
@Suite struct KillTests {
    @Test func killedSyncsAreRepairedAndLoseNothing() throws {
        let lab = try Lab()
        let a = try lab.clone("a")
        let ids = try a.setUpCouncil()
        try a.sync()
        let b = try lab.clone("b")
        guard let binary = ConseilBinary.path else {
            throw Failed(what: "binary", output: ProcessOutput(stdout: "", stderr: "", status: -1))
        }

        // How long a sync with something to send and something to receive takes here.
        try a.succeed(["minutes", "add", ids.session, "--note", "Mesure A"], as: "bob")
        try b.succeed(["minutes", "add", ids.session, "--note", "Mesure B"], as: "bob")
        try b.sync()
        let started = Date()
        try a.sync()
        let duration = max(0.05, Date().timeIntervalSince(started))

        var random = SystemRandomNumberGenerator()
        var expected = ["Mesure A", "Mesure B"]
        for round in 0..<20 {
            let now = "2017-11-17T12:\(String(format: "%02d", round)):00Z"
            try a.succeed(["minutes", "add", ids.session, "--note", "Note A \(round)"], as: "bob", now: now)
            try b.succeed(["minutes", "add", ids.session, "--note", "Note B \(round)"], as: "bob", now: now)
            try b.sync()
            expected += ["Note A \(round)", "Note B \(round)"]

            var environment = lab.environment
            environment["CONSEIL_DATA"] = a.data
            let running = try ChildProcess(binary, ["sync"], environment: environment, directory: lab.base)
            usleep(UInt32(Double.random(in: 0...(duration * 1.2), using: &random) * 1_000_000))
            let pid = running.pid
            // A power cut on this machine: conseil and its gits, not the remote's own git.
            let children =
                round % 2 == 0
                ? descendants(of: pid, inside: URL(fileURLWithPath: a.top).resolvingSymlinksInPath().path)
                : []
            kill(pid, SIGKILL)
            for child in children { kill(child, SIGKILL) }
            _ = running.wait()

            let next = try a.run(["sync"])
            #expect(next.status == 0, "round \(round): \(next.summary)")
        }
        try b.sync()
        try a.sync()
        try b.sync()

        for clone in [a, b] {
            let export = try clone.succeed(["minutes", "export", ids.session]).stdout
            for text in expected { #expect(export.contains(text), "missing \(text)") }
            #expect(try clone.files(under: "\(ids.session)/minutes").count == expected.count)
            #expect(try clone.run(["check"]).status == 0)
            let status = try clone.git(["status", "--porcelain", "--untracked-files=all"]).stdout
            #expect(status.isEmpty, "\(status)")
            #expect(!FileManager.default.fileExists(atPath: clone.top + "/.git/conseil-sync.lock"))
            #expect(!FileManager.default.fileExists(atPath: clone.top + "/.git/index.lock"))
        }
        let treeA = try a.snapshot()
        let treeB = try b.snapshot()
        let differing = Set(treeA.keys).union(treeB.keys).filter { treeA[$0] != treeB[$0] }.sorted()
        #expect(differing.isEmpty, "\(differing)")
    }
}
